package de.welcomeportal.portal.precheck;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a case's conversation and timeline: a caseworker's question, the employer's answer, the
 * Welcome-Center's recommendation, or a status change. Written once, never changed; deleted with the case's
 * personal data.
 */
@Entity
@Table(name = "precheck_message")
class CaseMessage {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseEntryKind kind;

    /** A staff login name, or {@code employer}, or {@code system}. */
    @Column(nullable = false, length = 64)
    private String author;

    @Column(length = 4000)
    private @Nullable String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaseMessage() {
        this.kind = CaseEntryKind.NOTE;
        this.author = "";
        this.createdAt = Instant.EPOCH;
    }

    CaseMessage(long caseId, CaseEntryKind kind, String author, @Nullable String text, Instant createdAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.author = author;
        this.text = text;
        this.createdAt = createdAt;
    }

    @Nullable Long id() { return id; }
    long caseId() { return caseId; }
    CaseEntryKind kind() { return kind; }
    String author() { return author; }
    @Nullable String text() { return text; }
    Instant createdAt() { return createdAt; }
}
