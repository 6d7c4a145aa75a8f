package de.welcomeportal.portal.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When an office takes appointments: weekly windows cut into slots of one length, each slot with room for as many
 * appointments at once as caseworkers are on duty, a buffer after every appointment, how far ahead employers may
 * book, and the days the office is closed besides public holidays.
 *
 * @param slotLength     the grid of start times and the unit in which appointments occupy the calendar
 * @param capacity       appointments at the same time (number of caseworkers)
 * @param buffer         time kept free after an appointment (notes, the next visitor)
 * @param earliestAhead  how long before its start a time can still be booked by employers
 * @param latestDaysAhead how many days ahead employers can book
 */
public record OpeningPlan(Duration slotLength, int capacity, Duration buffer, Duration earliestAhead,
                          int latestDaysAhead, List<Window> windows, List<Closure> closures) {

    public OpeningPlan {
        windows = windows.stream().sorted(Comparator.comparing(Window::day).thenComparing(Window::opens)).toList();
        closures = closures.stream().sorted(Comparator.comparing(Closure::first)).toList();
    }

    /** A weekly recurring opening window, in the office's local time. */
    public record Window(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }

    /** Days the office is closed (a single day has {@code first == last}). */
    public record Closure(LocalDate first, LocalDate last, String reason) {

        boolean covers(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    Optional<Closure> closureOn(LocalDate day) {
        return closures.stream().filter(closure -> closure.covers(day)).findFirst();
    }

    /** How many slots an appointment of this length occupies, its buffer included. */
    int slotsFor(Duration appointmentLength) {
        long occupied = appointmentLength.plus(buffer).toMinutes();
        long slot = slotLength.toMinutes();
        return (int) ((occupied + slot - 1) / slot);
    }
}
