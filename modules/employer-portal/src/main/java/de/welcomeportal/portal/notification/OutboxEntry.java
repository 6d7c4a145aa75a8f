package de.welcomeportal.portal.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of the outbox list: everything about a mail except its text, which is read only when opened. */
record OutboxEntry(long id, Instant createdAt, MailKind kind, String reference, String recipient, String subject,
        OutboxStatus status, int attempts, @Nullable Instant sentAt) {
}
