package de.welcomeportal.portal.notification;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/** The retry schedule and what is recorded about a failure. */
class MailDeliveryRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private final MailDelivery delivery = new MailDelivery(null, null, new NotificationProperties(null, null, null,
            Duration.ofDays(30), 4, Duration.ofMinutes(5), Duration.ofSeconds(30), 4), null, null);

    @Test
    void each_retry_waits_twice_as_long_as_the_one_before_until_the_attempts_are_used_up() {
        assertThat(delivery.nextAttempt(1, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(delivery.nextAttempt(2, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(delivery.nextAttempt(3, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
        assertThat(delivery.nextAttempt(4, NOW)).isNull();
    }

    @Test
    void a_recorded_failure_is_one_short_line_without_addresses() {
        String described = MailDelivery.describe(new MailSendException(
                "Failed messages: jakarta.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n"
                        + "\tjakarta.mail.SendFailedException: 550 5.1.1 <erika.beispiel@firma.example>: Recipient "
                        + "address rejected " + "x".repeat(600)));

        assertThat(described).startsWith("MailSendException: Failed messages: ")
                .contains("550 5.1.1 <<address>>: Recipient address rejected")
                .doesNotContain("erika").doesNotContain("\n").hasSize(OutboxMail.ERROR_LENGTH);
    }
}
