package de.welcomeportal.portal.notification;

/**
 * A mail that could neither be sent nor written to the outbox. Thrown by the mail listeners so that the event
 * publication registry keeps the event for {@link MailEventResubmission}. It carries only the kind, the reference
 * and the failure's type, never the failure itself: database messages may quote the employer's address.
 */
class MailNotKeptException extends RuntimeException {

    MailNotKeptException(MailKind kind, String reference, RuntimeException failure) {
        super("Mail " + kind + " for " + reference + " neither sent nor kept in the outbox ("
                + failure.getClass().getName() + "); it will be tried again", null, false, false);
    }
}
