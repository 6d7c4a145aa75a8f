package de.welcomeportal.portal.booking;

/**
 * The booking cannot do this in its status: e.g. confirming after the hold expired, cancelling an appointment that
 * is over, or a staff member acting on a version someone else has changed meanwhile.
 */
public class BookingStateException extends RuntimeException {

    /** Why, as the part of a translation key: {@code hold-expired}, {@code not-open}, {@code changed}, … */
    private final String reason;
    private final BookingStatus status;

    BookingStateException(String reason, BookingStatus status) {
        super("Booking cannot change: " + reason, null, false, false);
        this.reason = reason;
        this.status = status;
    }

    public String reason() {
        return reason;
    }

    public BookingStatus status() {
        return status;
    }
}
