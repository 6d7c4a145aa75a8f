package de.welcomeportal.portal.notification;

/** What became of a mail. */
enum OutboxStatus {
    /** No SMTP relay is configured: the mail was only kept in the outbox, not sent. */
    OUTBOX,
    /** Handed to the SMTP relay. */
    SENT,
    /** The SMTP relay did not take it; retried while attempts remain, then left for an administrator to see. */
    FAILED
}
