package de.welcomeportal.portal.notification;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.validation.annotation.Validated;

/**
 * How the portal writes e-mails to employers. Whether they are sent at all is decided by Spring Boot's
 * {@code spring.mail.host}: with an SMTP relay they are sent, without one they are kept in the outbox table, where
 * administrators can read them.
 *
 * @param from            the sender address, e.g. {@code welcome-center@kreis-lippe.de}; required as soon as
 *                        {@code spring.mail.host} is set (the portal refuses to start without it then)
 * @param fromName        the sender name shown by mail programs; default: {@code portal.site.logo-text}
 * @param replyTo         where replies go, e.g. the Welcome-Center's team mailbox; default:
 *                        {@code portal.site.contact-email}, and without that, no Reply-To
 * @param outboxRetention how long a mail stays in the outbox table (sent, failed or kept), in days unless a unit
 *                        is given ({@code 30} or {@code 30d}); the hourly clean-up deletes older ones, because they
 *                        contain employers' e-mail addresses and names
 * @param maxAttempts     how often the portal tries to send a mail over SMTP (the first try included) before it
 *                        leaves it as failed for an administrator to see
 * @param retryBackoff    the wait before the first retry after a failed send; each further retry waits twice as
 *                        long as the one before
 * @param smtpTimeout     how long to wait for the SMTP relay to connect, answer or take data; without a limit a
 *                        hanging relay would block mail delivery for good
 * @param parallelSends   how many mails are handed to the SMTP relay at the same time at most; relays throttle
 *                        senders that open many connections
 */
@Validated
@ConfigurationProperties("portal.mail")
record NotificationProperties(
        @Nullable @Email @Size(max = 254) String from,
        @Nullable @Size(max = 120) String fromName,
        @Nullable @Email @Size(max = 254) String replyTo,
        @NotNull @DurationMin(days = 1) @DurationUnit(ChronoUnit.DAYS) @DefaultValue("30d") Duration outboxRetention,
        @Min(1) @Max(20) @DefaultValue("6") int maxAttempts,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("5m") Duration retryBackoff,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("30s") Duration smtpTimeout,
        @Min(1) @Max(50) @DefaultValue("4") int parallelSends) {
}
