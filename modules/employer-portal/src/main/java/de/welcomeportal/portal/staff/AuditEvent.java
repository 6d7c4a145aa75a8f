package de.welcomeportal.portal.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One staff action, as written to the audit log. Never changed after it is written. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(length = 200)
    private @Nullable String target;

    @Column(length = 1000)
    private @Nullable String detail;

    protected AuditEvent() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = "";
    }

    AuditEvent(Instant occurredAt, String actor, String action, @Nullable String target, @Nullable String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail;
    }

    AuditEntry toEntry() {
        return new AuditEntry(occurredAt, actor, action, target == null ? "" : target, detail == null ? "" : detail);
    }
}
