package de.welcomeportal.portal.notification;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One mail to an employer as written, and what became of it. */
@Entity
@Table(name = "notification_outbox")
class OutboxMail {

    static final int ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MailKind kind;

    @Column(nullable = false, length = 64)
    private String reference;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private @Nullable Instant nextAttemptAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(length = ERROR_LENGTH)
    private @Nullable String error;

    /** The attached file as it was written, so that a retry sends the same file; all three or none are set. */
    @Column(name = "attachment_name", length = Mail.Attachment.NAME_LENGTH)
    private @Nullable String attachmentName;

    @Column(name = "attachment_type", length = Mail.Attachment.TYPE_LENGTH)
    private @Nullable String attachmentType;

    @Column(name = "attachment_content", length = Mail.Attachment.CONTENT_LENGTH)
    private @Nullable String attachmentContent;

    protected OutboxMail() {
        this.createdAt = Instant.EPOCH;
        this.kind = MailKind.SUBMITTED;
        this.reference = "";
        this.recipient = "";
        this.subject = "";
        this.body = "";
        this.language = "";
        this.status = OutboxStatus.OUTBOX;
    }

    private OutboxMail(Mail mail, Instant createdAt, OutboxStatus status) {
        this.createdAt = createdAt;
        this.kind = mail.kind();
        this.reference = mail.reference();
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.body = mail.body();
        this.language = mail.language().getLanguage();
        this.status = status;
        Mail.Attachment attachment = mail.attachment();
        if (attachment != null) {
            this.attachmentName = attachment.fileName();
            this.attachmentType = attachment.contentType();
            this.attachmentContent = attachment.content();
        }
    }

    /** Kept only, because no SMTP relay is configured. */
    static OutboxMail kept(Mail mail, Instant now) {
        return new OutboxMail(mail, now, OutboxStatus.OUTBOX);
    }

    /** Taken by the SMTP relay at the first attempt. */
    static OutboxMail sent(Mail mail, Instant now) {
        OutboxMail sent = new OutboxMail(mail, now, OutboxStatus.SENT);
        sent.attempts = 1;
        sent.sentAt = now;
        return sent;
    }

    /** Refused at the first attempt; {@code nextAttemptAt} is {@code null} when no attempt remains. */
    static OutboxMail failed(Mail mail, Instant now, String error, @Nullable Instant nextAttemptAt) {
        OutboxMail failed = new OutboxMail(mail, now, OutboxStatus.FAILED);
        failed.attempts = 1;
        failed.error = shorten(error);
        failed.nextAttemptAt = nextAttemptAt;
        return failed;
    }

    void sentAgain(Instant now) {
        attempts++;
        status = OutboxStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        error = null;
    }

    void failedAgain(String failure, @Nullable Instant nextAttempt) {
        attempts++;
        status = OutboxStatus.FAILED;
        error = shorten(failure);
        nextAttemptAt = nextAttempt;
    }

    /** The mail as it was written, to send it again exactly so. */
    Mail mail() {
        return new Mail(kind, reference, recipient, Locale.forLanguageTag(language), subject, body, attachment());
    }

    private Mail.@Nullable Attachment attachment() {
        if (attachmentName == null || attachmentType == null || attachmentContent == null) {
            return null;
        }
        return new Mail.Attachment(attachmentName, attachmentType, attachmentContent);
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(id(), createdAt, kind, reference, recipient, subject, status, attempts, sentAt);
    }

    OutboxMailDetail toDetail() {
        return new OutboxMailDetail(toEntry(), Locale.forLanguageTag(language), body, error, attachmentName);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("The outbox mail is not stored yet");
        }
        return id;
    }

    int attempts() {
        return attempts;
    }

    OutboxStatus status() {
        return status;
    }

    @Nullable Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    private static String shorten(String value) {
        return value.length() <= ERROR_LENGTH ? value : value.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
