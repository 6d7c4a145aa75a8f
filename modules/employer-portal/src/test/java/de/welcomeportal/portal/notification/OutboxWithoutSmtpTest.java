package de.welcomeportal.portal.notification;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;

import de.welcomeportal.portal.booking.AppointmentMode;
import de.welcomeportal.portal.booking.BookingEvents;
import de.welcomeportal.portal.precheck.PrecheckEvents;
import de.welcomeportal.portal.precheck.PrecheckEvents.Contact;
import de.welcomeportal.testapp.MutableClock;
import de.welcomeportal.testapp.PortalTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default: without {@code spring.mail.host} every mail is kept in the outbox table, an appointment
 * mail with its appointment file, and the hourly clean-up deletes mails older than the retention period.
 */
@SpringBootTest(classes = {PortalTestApplication.class, OutboxWithoutSmtpTest.FrozenClock.class},
        properties = "portal.mail.outbox-retention=30")
class OutboxWithoutSmtpTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OutboxMailRepository outbox;
    @Autowired
    OutboxRetention retention;
    @Autowired
    MailDelivery delivery;
    @Autowired
    SmtpRelay relay;
    @Autowired
    MutableClock clock;

    @Test
    void without_an_smtp_host_the_mail_is_kept_in_the_outbox_with_its_full_text() {
        URI link = URI.create("https://portal.example.org/mein-vorgang/kept-token");
        assertThat(relay.configured()).isFalse();

        transactions.executeWithoutResult(status -> events.publishEvent(new PrecheckEvents.Submitted(
                "WC-2026-700001", new Contact("erika.beispiel@firma.example", "Erika Beispiel", Locale.GERMAN),
                link)));

        await().atMost(Duration.ofSeconds(15)).until(() -> row("WC-2026-700001") != null);
        OutboxMailDetail kept = row("WC-2026-700001").toDetail();
        assertThat(kept.entry().status()).isEqualTo(OutboxStatus.OUTBOX);
        assertThat(kept.entry().kind()).isEqualTo(MailKind.SUBMITTED);
        assertThat(kept.entry().recipient()).isEqualTo("erika.beispiel@firma.example");
        assertThat(kept.entry().subject())
                .isEqualTo("Vorprüfung WC-2026-700001: Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(kept.entry().createdAt()).isEqualTo(clock.instant());
        assertThat(kept.entry().sentAt()).isNull();
        assertThat(kept.language()).isEqualTo(Locale.GERMAN);
        assertThat(kept.body()).contains(link.toString());
        assertThat(kept.error()).isNull();

        delivery.retryDue();
        assertThat(row("WC-2026-700001").status()).as("kept mails are not retried").isEqualTo(OutboxStatus.OUTBOX);
    }

    @Test
    void a_booking_confirmation_is_kept_with_its_appointment_file_to_be_sent_exactly_so_later() {
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 24, 9, 30, 0, 0, ZoneId.of("Europe/Berlin"));
        URI manage = URI.create("http://localhost:8080/booking/manage/T-KEPT-0001?token=m4n4g3");
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\n"
                + "UID:T-KEPT-0001@localhost\r\nDTSTART:20261124T083000Z\r\nSUMMARY:Erstberatung – Welcome-Center\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";

        transactions.executeWithoutResult(status -> events.publishEvent(new BookingEvents.Confirmed(
                new BookingEvents.Contact("erika.beispiel@firma.example", "Erika Beispiel", Locale.GERMAN),
                new BookingEvents.Appointment("T-KEPT-0001", "Kreishaus Detmold",
                        "Felix-Fechenbach-Straße 5, 32756 Detmold", "Erstberatung Fachkräfteeinwanderung",
                        AppointmentMode.ON_SITE, start, start.plusMinutes(30), "Stufenloser Eingang."),
                manage, new BookingEvents.CalendarFile("termin-T-KEPT-0001.ics", ics))));

        await().atMost(Duration.ofSeconds(15)).until(() -> row("T-KEPT-0001") != null);
        OutboxMail kept = row("T-KEPT-0001");
        assertThat(kept.status()).isEqualTo(OutboxStatus.OUTBOX);
        Mail mail = kept.mail();
        assertThat(mail.kind()).isEqualTo(MailKind.BOOKING_CONFIRMED);
        assertThat(mail.subject()).isEqualTo("Termin T-KEPT-0001: Ihr Termin ist bestätigt");
        assertThat(mail.body()).contains("am Dienstag, 24. November 2026, 09:30 Uhr ist bestätigt")
                .contains(manage.toString());
        assertThat(mail.attachment()).isEqualTo(new Mail.Attachment("termin-T-KEPT-0001.ics",
                "text/calendar; charset=UTF-8", ics));
        assertThat(kept.toDetail().attachmentName()).isEqualTo("termin-T-KEPT-0001.ics");
        assertThat(mail.toString()).isEqualTo("Mail[BOOKING_CONFIRMED for T-KEPT-0001 with attachment]")
                .doesNotContain("erika").doesNotContain("token");
        assertThat(mail.attachment().toString()).isEqualTo("Attachment[termin-T-KEPT-0001.ics]");
    }

    @Test
    void a_mail_without_a_file_is_kept_without_one() {
        outbox.save(OutboxMail.kept(mail("WC-2026-800003"), clock.instant()));

        OutboxMail kept = row("WC-2026-800003");
        assertThat(kept.mail().attachment()).isNull();
        assertThat(kept.toDetail().attachmentName()).isNull();
    }

    @Test
    void mails_older_than_the_retention_period_are_deleted() {
        outbox.deleteAll();
        Instant start = clock.instant();
        outbox.save(OutboxMail.kept(mail("WC-2026-800001"), start));
        outbox.save(OutboxMail.sent(mail("WC-2026-800002"), start.plus(Duration.ofDays(2))));

        clock.advance(Duration.ofDays(30));
        retention.deleteExpired();
        assertThat(row("WC-2026-800001")).as("exactly 30 days old: still kept").isNotNull();

        clock.advance(Duration.ofSeconds(1));
        assertThat(retention.deleteExpired()).isEqualTo(1);
        assertThat(row("WC-2026-800001")).isNull();
        assertThat(row("WC-2026-800002")).isNotNull();

        clock.advance(Duration.ofDays(2));
        retention.deleteExpired();
        assertThat(row("WC-2026-800002")).isNull();
    }

    private static Mail mail(String reference) {
        return new Mail(MailKind.CONFIRMED, reference, "erika.beispiel@firma.example", Locale.GERMAN,
                "Vorprüfung " + reference + ": Ihre Anfrage liegt jetzt beim Welcome-Center", "Text\n");
    }

    private OutboxMail row(String reference) {
        return outbox.findAll().stream().filter(mail -> mail.toEntry().reference().equals(reference))
                .findFirst().orElse(null);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FrozenClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/Berlin"));
        }
    }
}
