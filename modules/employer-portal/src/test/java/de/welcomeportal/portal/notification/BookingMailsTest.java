package de.welcomeportal.portal.notification;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import de.welcomeportal.portal.booking.AppointmentMode;
import de.welcomeportal.portal.booking.BookingEvents;
import de.welcomeportal.portal.booking.BookingRequest;
import de.welcomeportal.portal.booking.BookingService;
import de.welcomeportal.portal.booking.BookingStatus;
import de.welcomeportal.portal.booking.BookingViews;
import de.welcomeportal.testapp.MutableClock;
import de.welcomeportal.testapp.PortalTestApplication;
import de.welcomeportal.testapp.TestSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Appointment mails through a real SMTP server (GreenMail on a free local port). A caseworker books for a caller
 * through the booking module; the confirmation arrives as {@code multipart/mixed}: the plain text in the caller's
 * language, and the appointment file, which parses back with ical4j into a valid calendar with the appointment.
 * The clock stands at Sunday, 22 November 2026, 10:00 in Berlin; the sample office Detmold is open on Tuesdays.
 */
@SpringBootTest(classes = {PortalTestApplication.class, BookingMailsTest.FrozenClock.class}, properties = {
        "spring.mail.host=127.0.0.1",
        "portal.mail.from=welcome-center@kreis-lippe.example",
        "portal.mail.from-name=Welcome-Center Kreis Lippe",
        "portal.mail.max-attempts=3",
        "portal.mail.retry-backoff=5m",
        "portal.site.contact-email=welcome-center@kreis-lippe.example"})
class BookingMailsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    BookingService bookings;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OutboxMailRepository outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void a_booking_by_staff_sends_the_german_confirmation_with_the_manage_link_and_a_valid_appointment_file()
            throws Exception {
        BookingViews.Receipt receipt = bookOnBehalf("2026-11-24T09:30:00+01:00", "erika.beispiel@firma.example",
                Locale.GERMAN);
        assertThat(receipt.status()).isEqualTo(BookingStatus.CONFIRMED);
        String reference = receipt.id();

        MimeMessage mail = theOnlyMail();
        assertThat(mail.getSubject()).isEqualTo("Termin " + reference + ": Ihr Termin ist bestätigt");
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("erika.beispiel@firma.example"));
        assertThat(mail.getHeader("Content-Language")).containsExactly("de");
        assertThat(mail.getContentType()).startsWith("multipart/mixed");

        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(text.getDisposition()).isNotEqualTo(Part.ATTACHMENT);
        assertThat(lines(text))
                .startsWith("Guten Tag Erika Beispiel,")
                .contains("Ihr Termin beim Welcome-Center am Dienstag, 24. November 2026, 09:30 Uhr ist bestätigt.")
                .contains("Wann: Dienstag, 24. November 2026, 09:30 bis 10:00 Uhr")
                .contains("Wo: Kreishaus Detmold, Felix-Fechenbach-Straße 5, 32756 Detmold")
                .contains("Barrierefreiheit: Stufenloser Eingang")
                .contains("\n\n" + receipt.manageUrl() + "\n\n")
                .contains("Mit der angehängten Kalenderdatei (termin-" + reference + ".ics)");

        BodyPart file = parts.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("termin-" + reference + ".ics");
        assertThat(file.getContentType()).startsWith("text/calendar").containsIgnoringCase("charset=UTF-8")
                .doesNotContainIgnoringCase("method=");
        Calendar calendar = parse(file);
        assertThat(calendar.validate().hasErrors()).as("%s", calendar.validate()).isFalse();
        List<VEvent> appointments = calendar.getComponents(Component.VEVENT);
        assertThat(appointments).hasSize(1);
        VEvent appointment = appointments.getFirst();
        DtStart<Temporal> start = appointment.getDateTimeStart();
        assertThat(start.getValue()).isEqualTo("20261124T083000Z");
        assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2026-11-24T08:30:00Z"));
        assertThat(appointment.getProperty(Property.UID).orElseThrow().getValue()).contains(reference);
        assertThat(appointment.getAlarms()).hasSize(1);
        assertThat(appointment.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(appointment.getProperties(Property.DTSTAMP)).as("one stamp only").hasSize(1);
        assertThat(appointment.getProperty(Property.ORGANIZER).orElseThrow().getValue())
                .isEqualTo("mailto:welcome-center@kreis-lippe.example");

        OutboxMail recorded = recorded(reference);
        assertThat(recorded.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(recorded.toEntry().kind()).isEqualTo(MailKind.BOOKING_CONFIRMED);
        Mail.Attachment kept = recorded.mail().attachment();
        assertThat(kept).isNotNull();
        assertThat(kept.fileName()).isEqualTo("termin-" + reference + ".ics");
        assertThat(kept.content()).isEqualTo(new String(file.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void an_english_speaking_caller_gets_the_confirmation_in_english() throws Exception {
        BookingViews.Receipt receipt = bookOnBehalf("2026-11-24T11:00:00+01:00", "john.example@company.example",
                Locale.ENGLISH);

        MimeMessage mail = theOnlyMail();
        assertThat(mail.getSubject()).isEqualTo("Appointment " + receipt.id() + ": Your appointment is confirmed");
        assertThat(mail.getHeader("Content-Language")).containsExactly("en");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(lines(parts.getBodyPart(0)))
                .startsWith("Dear John Example,")
                .contains("Your appointment with the Welcome-Center on Tuesday, 24 November 2026, 11:00 is confirmed.")
                .contains("When: Tuesday, 24 November 2026, 11:00 to 11:30")
                .contains("\n\n" + receipt.manageUrl() + "\n\n")
                .contains("adds the appointment to your calendar");
        VEvent appointment = parse(parts.getBodyPart(1)).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(appointment.getDateTimeStart().getValue()).isEqualTo("20261124T100000Z");
    }

    @Test
    void a_mail_without_a_file_stays_plain_text() throws Exception {
        String reference = "T-HELD-0001";
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 24, 9, 30, 0, 0, BERLIN);
        URI confirm = URI.create("http://localhost:8080/booking/confirm/" + reference + "?token=c0nf1rm");
        publishCommitted(new BookingEvents.Held(
                new BookingEvents.Contact("erika.beispiel@firma.example", "Erika Beispiel", Locale.GERMAN),
                new BookingEvents.Appointment(reference, "Lemgo", "Marktplatz 1, 32657 Lemgo", "Erstberatung",
                        AppointmentMode.PHONE, start, start.plusMinutes(30), ""),
                confirm, URI.create("http://localhost:8080/booking/manage/x"), start.withDayOfMonth(22).withHour(10)
                        .withMinute(15)));

        MimeMessage mail = theOnlyMail();
        assertThat(mail.getSubject()).isEqualTo("Termin " + reference + ": Bitte bestätigen Sie Ihren Termin");
        assertThat(mail.getContentType()).startsWith("text/plain");
        assertThat(lines(mail)).contains("\n\n" + confirm + "\n\n")
                .contains("innerhalb von 15 Minuten, also bis 10:15 Uhr")
                .contains("Wir rufen Sie zur vereinbarten Zeit an");
        assertThat(recorded(reference).mail().attachment()).isNull();
    }

    @Test
    void a_failed_mail_is_sent_again_with_the_same_file() throws Exception {
        String reference = "T-RETRY-0001";
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//DE\r\nMETHOD:PUBLISH\r\n"
                + "BEGIN:VEVENT\r\nUID:" + reference + "@localhost\r\nDTSTAMP:20261122T090000Z\r\n"
                + "DTSTART:20261124T083000Z\r\nDTEND:20261124T090000Z\r\nSUMMARY:Beratung – Welcome-Center\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
        Mail mail = new Mail(MailKind.BOOKING_MOVED, reference, "erika.beispiel@firma.example", Locale.GERMAN,
                "Termin " + reference + ": Ihr Termin ist verschoben", "Text\n",
                Mail.Attachment.calendar("termin-" + reference + ".ics", ics));
        Instant failedAt = clock.instant();
        outbox.save(OutboxMail.failed(mail, failedAt, "MailSendException: Connection refused",
                failedAt.plus(Duration.ofMinutes(5))));

        clock.advance(Duration.ofMinutes(5));
        delivery.retryDue();

        MimeMessage resent = theOnlyMail();
        MimeMultipart parts = (MimeMultipart) resent.getContent();
        BodyPart file = parts.getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("termin-" + reference + ".ics");
        assertThat(new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ics);
        assertThat(parse(file).<VEvent>getComponents(Component.VEVENT).getFirst().getDateTimeStart().getValue())
                .isEqualTo("20261124T083000Z");
        assertThat(recorded(reference).status()).isEqualTo(OutboxStatus.SENT);
    }

    private BookingViews.Receipt bookOnBehalf(String start, String email, Locale language) {
        BookingRequest request = new BookingRequest("detmold", "first-advice", AppointmentMode.ON_SITE,
                OffsetDateTime.parse(start), language == Locale.GERMAN ? "Erika Beispiel" : "John Example",
                "Beispiel GmbH", email, null, "Pflegefachkraft aus Indien", null);
        return TestSecurity.actingAs(context, TestSecurity.staffMember("sabine.schulz", "STAFF"),
                () -> bookings.bookOnBehalf(request, language));
    }

    private void publishCommitted(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** A text part as written: SMTP carries lines with CR LF. */
    private static String lines(Part text) throws IOException, MessagingException {
        return ((String) text.getContent()).replace("\r\n", "\n");
    }

    private static Calendar parse(BodyPart file) throws IOException, MessagingException, ParserException {
        String content = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(content));
    }

    private MimeMessage theOnlyMail() {
        assertThat(SMTP.waitForIncomingEmail(PATIENCE.toMillis(), 1)).as("a mail arrived").isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private OutboxMail recorded(String reference) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(outboxRow(reference)).isNotNull());
        return outboxRow(reference);
    }

    private OutboxMail outboxRow(String reference) {
        return outbox.findAll().stream().filter(mail -> mail.toEntry().reference().equals(reference))
                .findFirst().orElse(null);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FrozenClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-11-22T09:00:00Z"), BERLIN);
        }
    }
}
