package de.welcomeportal.portal.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a written mail and records it in the outbox: {@code SENT}, or {@code FAILED} with a short error and the
 * time of the next attempt; without an SMTP relay it is only kept ({@code OUTBOX}). Failed mails are tried again
 * with growing waits until {@code portal.mail.max-attempts}, then left {@code FAILED} for administrators: no mail
 * disappears without a trace.
 *
 * <p>Log lines name the mail's kind and reference, never an address or a name.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    /** How long a mail taken for a retry is left alone by other nodes, should this one die while sending it. */
    private static final Duration RETRY_LEASE = Duration.ofMinutes(15);
    private static final int RETRIES_PER_RUN = 50;
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"'(),;:@]+@[^\\s<>\"'(),;:]+");

    private final SmtpRelay relay;
    private final OutboxMailRepository mails;
    private final NotificationProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    MailDelivery(SmtpRelay relay, OutboxMailRepository mails, NotificationProperties properties, Clock clock,
            TransactionTemplate transactions) {
        this.relay = relay;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Sends the mail (or keeps it, without a relay) and records what happened. */
    void deliver(Mail mail) {
        if (!relay.configured()) {
            mails.save(OutboxMail.kept(mail, clock.instant()));
            log.info("Mail {} for {} kept in the outbox: no SMTP relay is configured", mail.kind(), mail.reference());
            return;
        }
        try {
            relay.send(mail);
            mails.save(OutboxMail.sent(mail, clock.instant()));
            log.info("Mail {} for {} sent", mail.kind(), mail.reference());
        } catch (MailException e) {
            Instant now = clock.instant();
            Instant next = nextAttempt(1, now);
            mails.save(OutboxMail.failed(mail, now, describe(e), next));
            log.warn("Mail {} for {} not sent ({}); {}", mail.kind(), mail.reference(), e.getClass().getSimpleName(),
                    next == null ? "no further attempt" : "next attempt at " + next);
        }
    }

    /** Tries failed mails again whose next attempt is due. Each node may run it; a mail is taken by one only. */
    @Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    void retryDue() {
        if (!relay.configured()) {
            return;
        }
        Instant now = clock.instant();
        List<Long> due = mails.findDueForRetry(now, PageRequest.of(0, RETRIES_PER_RUN));
        for (Long id : due) {
            if (mails.claimForRetry(id, now, now.plus(RETRY_LEASE)) == 1) {
                retry(id);
            }
        }
    }

    private void retry(long id) {
        OutboxMail stored = mails.findById(id).orElse(null);
        if (stored == null) {
            return; // deleted by the retention clean-up meanwhile
        }
        Mail mail = stored.mail();
        try {
            relay.send(mail);
            transactions.executeWithoutResult(status -> mails.findById(id)
                    .ifPresent(row -> row.sentAgain(clock.instant())));
            log.info("Mail {} for {} sent at attempt {}", mail.kind(), mail.reference(), stored.attempts() + 1);
        } catch (MailException e) {
            int attempts = stored.attempts() + 1;
            Instant next = nextAttempt(attempts, clock.instant());
            transactions.executeWithoutResult(status -> mails.findById(id)
                    .ifPresent(row -> row.failedAgain(describe(e), next)));
            log.warn("Mail {} for {} not sent at attempt {} ({}); {}", mail.kind(), mail.reference(), attempts,
                    e.getClass().getSimpleName(), next == null ? "left as failed" : "next attempt at " + next);
        }
    }

    /** After the n-th failed attempt: wait the back-off, doubled for each earlier failure; none after the last. */
    @Nullable Instant nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= properties.maxAttempts()) {
            return null;
        }
        return now.plus(properties.retryBackoff().multipliedBy(1L << Math.min(failedAttempts - 1, 30)));
    }

    /** For the outbox's error column: what went wrong, in one short line, without addresses. */
    static String describe(Exception failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
        String message = failure.getMessage();
        if (message != null && !message.isBlank()) {
            text.append(": ").append(EMAIL_ADDRESS.matcher(message).replaceAll("<address>"));
        }
        String oneLine = text.toString().replaceAll("\\s+", " ").strip();
        return oneLine.length() <= OutboxMail.ERROR_LENGTH ? oneLine
                : oneLine.substring(0, OutboxMail.ERROR_LENGTH - 1) + "…";
    }
}
