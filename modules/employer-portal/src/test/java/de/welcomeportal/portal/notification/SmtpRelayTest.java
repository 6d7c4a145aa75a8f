package de.welcomeportal.portal.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import de.welcomeportal.portal.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the SMTP relay needs from the operator, and the limits it sets itself. */
class SmtpRelayTest {

    private static final SiteProperties SITE = new SiteProperties("Kreis Lippe", "Welcome-Center Kreis Lippe", null,
            null, "http://localhost:8080", List.of());

    @Test
    void without_spring_mail_host_nothing_is_sent_and_no_sender_address_is_needed() {
        SmtpRelay relay = new SmtpRelay(senders(null), properties(null), SITE);

        assertThat(relay.configured()).isFalse();
    }

    @Test
    void with_an_smtp_host_but_no_sender_address_the_portal_refuses_to_start_and_says_what_to_set() {
        assertThatThrownBy(() -> new SmtpRelay(senders(new JavaMailSenderImpl()), properties(" "), SITE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set portal.mail.from");
    }

    @Test
    void the_relay_may_not_keep_a_sender_waiting_forever_but_the_operators_own_timeouts_win() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");

        new SmtpRelay(senders(sender), properties("welcome-center@kreis-lippe.example"), SITE);

        assertThat(sender.getJavaMailProperties())
                .containsEntry("mail.smtp.connectiontimeout", "30000")
                .containsEntry("mail.smtp.writetimeout", "30000")
                .containsEntry("mail.smtp.timeout", "5000")
                .containsEntry("mail.smtps.timeout", "30000");
    }

    private static NotificationProperties properties(String from) {
        return new NotificationProperties(from, null, null, Duration.ofDays(30), 6, Duration.ofMinutes(5),
                Duration.ofSeconds(30), 4);
    }

    private static ObjectProvider<JavaMailSender> senders(JavaMailSender sender) {
        return new StaticListableBeanFactory(sender == null ? Map.of() : Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class);
    }
}
