package de.welcomeportal.portal.notification;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import de.welcomeportal.portal.precheck.PrecheckEvents;
import de.welcomeportal.portal.precheck.PrecheckEvents.Contact;
import de.welcomeportal.testapp.MutableClock;
import de.welcomeportal.testapp.PortalTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mails through a real SMTP server (GreenMail on a free local port): each pre-check event, published in a
 * committed transaction, arrives with the right subject, recipient, language and link, and is recorded as sent.
 */
@SpringBootTest(classes = {PortalTestApplication.class, SmtpDeliveryTest.FrozenClock.class}, properties = {
        "spring.mail.host=127.0.0.1",
        "portal.mail.from=welcome-center@kreis-lippe.example",
        "portal.mail.from-name=Welcome-Center Kreis Lippe",
        "portal.mail.max-attempts=3",
        "portal.mail.retry-backoff=5m"})
@ExtendWith(OutputCaptureExtension.class)
class SmtpDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final AtomicInteger CASES = new AtomicInteger();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

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

    private String reference;

    @BeforeEach
    void newCase() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        reference = "WC-2026-%06d".formatted(CASES.incrementAndGet());
    }

    @Test
    void the_first_mail_arrives_after_the_submission_is_committed_with_the_case_link() throws Exception {
        URI link = URI.create("https://portal.example.org/mein-vorgang/first-" + reference);
        publishCommitted(new PrecheckEvents.Submitted(reference, erika(), link));

        MimeMessage mail = theOnlyMail();
        assertThat(mail.getSubject()).isEqualTo("Vorprüfung " + reference + ": Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("erika.beispiel@firma.example"));
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("welcome-center@kreis-lippe.example");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Welcome-Center Kreis Lippe");
        assertThat(mail.getHeader("Content-Language")).containsExactly("de");
        assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat((String) mail.getContent()).contains("Guten Tag Erika Beispiel,").contains(link.toString());

        OutboxEntry recorded = recorded(reference);
        assertThat(recorded.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(recorded.kind()).isEqualTo(MailKind.SUBMITTED);
        assertThat(recorded.sentAt()).isNotNull();
    }

    @Test
    void an_english_speaking_employer_gets_the_new_link_in_english() throws Exception {
        URI link = URI.create("https://portal.example.org/my-case/renewed-" + reference);
        publishCommitted(new PrecheckEvents.LinkRenewed(reference, john(), link));

        MimeMessage mail = theOnlyMail();
        assertThat(mail.getSubject()).isEqualTo("Pre-check " + reference + ": Your new link");
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("john.example@company.example"));
        assertThat(mail.getHeader("Content-Language")).containsExactly("en");
        assertThat((String) mail.getContent()).startsWith("Dear John Example,").contains(link.toString())
                .contains("The previous link no longer works.");
    }

    @Test
    void confirmation_question_and_answer_each_arrive_with_their_subject() throws Exception {
        publishCommitted(new PrecheckEvents.Confirmed(reference, erika()));
        publishCommitted(new PrecheckEvents.QuestionAsked(reference, john()));
        publishCommitted(new PrecheckEvents.Answered(reference, erika()));

        assertThat(SMTP.waitForIncomingEmail(PATIENCE.toMillis(), 3)).isTrue();
        assertThat(List.of(SMTP.getReceivedMessages())).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder(
                        "Vorprüfung " + reference + ": Ihre Anfrage liegt jetzt beim Welcome-Center",
                        "Pre-check " + reference + ": The Welcome-Center has a question",
                        "Vorprüfung " + reference + ": Die Antwort des Welcome-Centers liegt vor");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(outbox.findAll()).map(OutboxMail::toEntry)
                .filteredOn(entry -> entry.reference().equals(reference))
                .extracting(OutboxEntry::status).containsOnly(OutboxStatus.SENT).hasSize(3));
    }

    @Test
    void nothing_is_sent_for_a_change_that_was_rolled_back() throws Exception {
        String rolledBack = reference + "-R";
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new PrecheckEvents.Confirmed(rolledBack, erika()));
            status.setRollbackOnly();
        });
        // A committed event afterwards: once its mail is there, the rolled-back one would have been too.
        publishCommitted(new PrecheckEvents.Confirmed(reference, erika()));

        assertThat(theOnlyMail().getSubject()).contains(reference).doesNotContain(rolledBack);
        assertThat(outbox.findAll()).map(OutboxMail::toEntry).extracting(OutboxEntry::reference)
                .doesNotContain(rolledBack);
    }

    @Test
    void the_mail_goes_out_on_the_task_executor_and_the_log_names_reference_and_kind_but_no_person(
            CapturedOutput output) {
        publishCommitted(new PrecheckEvents.Submitted(reference, erika(), URI.create("https://portal.example.org/x")));
        theOnlyMail();

        String logLine = await().atMost(PATIENCE).until(() -> output.getAll().lines()
                .filter(line -> line.contains("Mail SUBMITTED for " + reference + " sent")).findFirst().orElse(null),
                line -> line != null);
        // Spring Boot's application task executor names its threads task-1, task-2, ...; the test runs on main.
        assertThat(logLine).contains("task-").doesNotContain("[           main]");
        assertThat(output.getAll()).doesNotContain("erika.beispiel").doesNotContain("Erika Beispiel");
    }

    @Test
    void a_mail_the_relay_refuses_is_recorded_as_failed_with_the_next_attempt_and_no_address_in_the_error() {
        publishCommitted(new PrecheckEvents.Confirmed(reference,
                new Contact("not an address@@firma.example", "Erika Beispiel", Locale.GERMAN)));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(outboxRow(reference)).isNotNull());
        OutboxMail failed = outboxRow(reference);
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        OutboxMailDetail detail = failed.toDetail();
        assertThat(detail.error()).isNotBlank().doesNotContain("firma.example");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_failed_mail_is_sent_again_when_its_next_attempt_is_due() {
        Mail mail = new Mail(MailKind.ANSWERED, reference, "erika.beispiel@firma.example", Locale.GERMAN,
                "Vorprüfung " + reference + ": Die Antwort des Welcome-Centers liegt vor", "Text\n");
        Instant failedAt = clock.instant();
        outbox.save(OutboxMail.failed(mail, failedAt, "MailSendException: Connection refused",
                failedAt.plus(Duration.ofMinutes(5))));

        delivery.retryDue();
        assertThat(SMTP.getReceivedMessages()).as("not due yet").isEmpty();

        clock.advance(Duration.ofMinutes(5));
        delivery.retryDue();

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        OutboxMail sent = outboxRow(reference);
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.toDetail().error()).isNull();
        delivery.retryDue();
        assertThat(SMTP.getReceivedMessages()).as("sent once only").hasSize(1);
    }

    @Test
    void a_mail_that_keeps_failing_is_tried_with_growing_waits_and_then_left_as_failed() {
        Mail mail = new Mail(MailKind.CONFIRMED, reference, "not an address@@firma.example", Locale.GERMAN,
                "Vorprüfung " + reference + ": Ihre Anfrage liegt jetzt beim Welcome-Center", "Text\n");
        Instant failedAt = clock.instant();
        outbox.save(OutboxMail.failed(mail, failedAt, "first failure", failedAt.plus(Duration.ofMinutes(5))));

        clock.advance(Duration.ofMinutes(5));
        delivery.retryDue();
        OutboxMail second = outboxRow(reference);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));

        clock.advance(Duration.ofMinutes(10));
        delivery.retryDue();
        OutboxMail third = outboxRow(reference);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(third.nextAttemptAt()).as("max-attempts=3 reached").isNull();

        clock.advance(Duration.ofDays(1));
        delivery.retryDue();
        assertThat(outboxRow(reference).attempts()).isEqualTo(3);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private void publishCommitted(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private MimeMessage theOnlyMail() {
        assertThat(SMTP.waitForIncomingEmail(PATIENCE.toMillis(), 1)).as("a mail arrived").isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private OutboxEntry recorded(String caseReference) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(outboxRow(caseReference)).isNotNull());
        return outboxRow(caseReference).toEntry();
    }

    private OutboxMail outboxRow(String caseReference) {
        return outbox.findAll().stream().filter(mail -> mail.toEntry().reference().equals(caseReference))
                .findFirst().orElse(null);
    }

    private static Contact erika() {
        return new Contact("erika.beispiel@firma.example", "Erika Beispiel", Locale.GERMAN);
    }

    private static Contact john() {
        return new Contact("john.example@company.example", "John Example", Locale.ENGLISH);
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
