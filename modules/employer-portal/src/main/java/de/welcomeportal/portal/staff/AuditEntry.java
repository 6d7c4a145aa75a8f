package de.welcomeportal.portal.staff;

import java.time.Instant;

/**
 * A line of the audit log: who did what, to what, when.
 *
 * @param actor  login name of the staff member, or {@code system} for automatic actions
 * @param action what happened, a stable code such as {@code account.created}
 * @param target what it happened to, e.g. an account's login name or a case reference
 */
public record AuditEntry(Instant occurredAt, String actor, String action, String target, String detail) {
}
