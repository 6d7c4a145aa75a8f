package de.welcomeportal.portal.notification;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import de.welcomeportal.portal.precheck.PrecheckEvents;
import de.welcomeportal.portal.precheck.PrecheckEvents.Contact;
import de.welcomeportal.testapp.PortalTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail event is stored with the transaction that publishes it and forgotten once its mail is in the outbox. When
 * the listener does not finish (here: the outbox cannot be written; in production also a node killed right after
 * the commit), the event stays and is handed to the listener again, so the employer still gets the mail.
 */
@SpringBootTest(classes = PortalTestApplication.class)
@TestPropertySource(properties = {"portal.test.context=mail-event-resubmission", "portal.mail.resubmit-min-age=0s",
        "portal.mail.resubmit-interval=1h"})
class MailEventResubmissionTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailEventResubmission resubmission;

    @Test
    void a_completed_mail_event_leaves_no_trace_and_an_unfinished_one_is_delivered_later() {
        publish("WC-2026-900001");
        await().atMost(Duration.ofSeconds(15)).until(() -> outboxRows("WC-2026-900001") == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> publications() == 0);

        jdbc.execute("alter table notification_outbox rename to notification_outbox_away");
        try {
            publish("WC-2026-900002");
            await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                    "select count(*) from event_publication where completion_date is null and status = 'FAILED'",
                    Integer.class) == 1);
        } finally {
            jdbc.execute("alter table notification_outbox_away rename to notification_outbox");
        }
        assertThat(outboxRows("WC-2026-900002")).isZero();
        assertThat(jdbc.queryForObject("select serialized_event from event_publication", String.class))
                .contains("WC-2026-900002");

        resubmission.resubmitFailedMailEvents();

        await().atMost(Duration.ofSeconds(15)).until(() -> outboxRows("WC-2026-900002") == 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> publications() == 0);
    }

    private void publish(String reference) {
        transactions.executeWithoutResult(status -> events.publishEvent(new PrecheckEvents.Submitted(reference,
                new Contact("erika.beispiel@firma.example", "Erika Beispiel", Locale.GERMAN),
                URI.create("https://portal.example.org/my-case/" + reference + "?token=t"))));
    }

    private int outboxRows(String reference) {
        return jdbc.queryForObject("select count(*) from notification_outbox where subject like ?", Integer.class,
                "%" + reference + "%");
    }

    private int publications() {
        return jdbc.queryForObject("select count(*) from event_publication", Integer.class);
    }
}
