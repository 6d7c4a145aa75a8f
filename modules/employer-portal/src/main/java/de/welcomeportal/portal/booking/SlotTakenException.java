package de.welcomeportal.portal.booking;

import java.util.List;

/** The time was taken by someone else a moment ago (or is fully booked); here are the next free times instead. */
public class SlotTakenException extends RuntimeException {

    private final transient List<BookingViews.FreeTime> nextFreeTimes;

    SlotTakenException(List<BookingViews.FreeTime> nextFreeTimes) {
        super("The time is fully booked", null, false, false);
        this.nextFreeTimes = List.copyOf(nextFreeTimes);
    }

    public List<BookingViews.FreeTime> nextFreeTimes() {
        return nextFreeTimes;
    }
}
