package de.welcomeportal.portal.booking;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What happens to a booking, published as application events after the change is committed. The notification
 * module listens and writes to the employer; the booking module never calls mail code itself.
 *
 * <p>Links with a token exist in clear text only in these events (the database keeps hashes). The texts in
 * {@link Appointment} are already in the employer's language.
 */
public final class BookingEvents {

    private BookingEvents() {
    }

    /** The employer's contact for mails about a booking. */
    public record Contact(String email, String name, Locale language) {

        @Override
        public String toString() {
            return "Contact[" + language + "]";
        }
    }

    /** The appointment as the employer should read it. */
    public record Appointment(String reference, String officeName, String officeAddress, String typeName,
                              AppointmentMode mode, ZonedDateTime start, ZonedDateTime end, String accessibility) {
    }

    /** An appointment file ({@code text/calendar}) to attach: add to calendar, or take out of it again. */
    public record CalendarFile(String fileName, String content) {
    }

    /** A time is held; the employer confirms it through the link, or it is freed at {@code holdExpiresAt}. */
    public record Held(Contact contact, Appointment appointment, URI confirmLink, URI manageLink,
                       ZonedDateTime holdExpiresAt) {
    }

    /** The appointment is confirmed (by the employer's link, or booked by staff for a caller). */
    public record Confirmed(Contact contact, Appointment appointment, URI manageLink, CalendarFile calendar) {
    }

    /** The employer moved the appointment to another time. */
    public record Moved(Contact contact, Appointment appointment, URI manageLink, CalendarFile calendar) {
    }

    /**
     * The appointment was cancelled; {@code calendar} takes it out of the employer's calendar when they had one.
     *
     * @param message the Welcome-Center's words to the employer when staff cancelled; {@code null} otherwise
     */
    public record Cancelled(Contact contact, Appointment appointment, boolean byStaff, @Nullable String message,
                            @Nullable CalendarFile calendar) {
    }

    /** The appointment is soon (the day before). */
    public record Reminder(Contact contact, Appointment appointment) {
    }

    /** A time became free on the day the employer waited for; it is held for them until {@code holdExpiresAt}. */
    public record WaitingListOffer(Contact contact, Appointment appointment, URI confirmLink, URI manageLink,
                                   ZonedDateTime holdExpiresAt) {
    }
}
