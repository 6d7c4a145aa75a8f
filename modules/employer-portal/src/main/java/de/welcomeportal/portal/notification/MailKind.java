package de.welcomeportal.portal.notification;

import java.util.Locale;

/** The mails the portal writes; each has its own subject and text in the message bundle. */
enum MailKind {
    /** Please confirm your e-mail address; here is your case link. */
    SUBMITTED,
    /** Your pre-check is now with the Welcome-Center. */
    CONFIRMED,
    /** The Welcome-Center has a question. */
    QUESTION_ASKED,
    /** The Welcome-Center's answer is available. */
    ANSWERED,
    /** Here is your new case link; the old one no longer works. */
    LINK_RENEWED,
    /** A time is held for you: please confirm it through the link, or it becomes free again. */
    BOOKING_HELD,
    /** Your appointment is confirmed; the manage link, and the appointment file attached. */
    BOOKING_CONFIRMED,
    /** Your appointment is now at another time; the manage link, and the updated appointment file attached. */
    BOOKING_MOVED,
    /** Your appointment was cancelled (by you, or by the Welcome-Center with its message); book a new time. */
    BOOKING_CANCELLED,
    /** Your appointment is soon. */
    BOOKING_REMINDER,
    /** A time became free on the day you waited for; please confirm it through the link. */
    WAITING_LIST_OFFER;

    /** Whether the mail is about an advice appointment rather than a pre-check. */
    boolean aboutBooking() {
        return switch (this) {
            case SUBMITTED, CONFIRMED, QUESTION_ASKED, ANSWERED, LINK_RENEWED -> false;
            case BOOKING_HELD, BOOKING_CONFIRMED, BOOKING_MOVED, BOOKING_CANCELLED, BOOKING_REMINDER,
                 WAITING_LIST_OFFER -> true;
        };
    }

    /** The part of the translation keys for this kind, e.g. {@code question-asked}. */
    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
