package de.welcomeportal.portal.notification;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import de.welcomeportal.portal.precheck.PrecheckEvents;
import de.welcomeportal.portal.precheck.PrecheckEvents.Contact;
import de.welcomeportal.portal.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The mails' texts: both languages, the reference in every subject, the link where there is one, nothing more. */
class MailWriterTest {

    private static final String REFERENCE = "WC-2026-000123";
    private static final URI LINK = URI.create("https://portal.example.org/mein-vorgang/Zk3x9QpL2mN8vR4tW6yB");
    private static final Contact ERIKA = new Contact("erika.beispiel@firma.example", "Erika Beispiel", Locale.GERMAN);
    private static final Contact JOHN = new Contact("john.example@company.example", "John Example", Locale.ENGLISH);

    private final MailWriter writer = new MailWriter(new SiteProperties("Kreis Lippe", "Welcome-Center Kreis Lippe",
            "welcome-center@kreis-lippe.example", "+49 5231 62-0", "http://localhost:8080", List.of()),
            Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/Berlin")));

    @Test
    void the_first_mail_asks_in_german_to_confirm_the_address_and_hands_out_the_case_link() {
        Mail mail = writer.submitted(new PrecheckEvents.Submitted(REFERENCE, ERIKA, LINK));

        assertThat(mail.subject()).isEqualTo("Vorprüfung WC-2026-000123: Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(mail.recipient()).isEqualTo("erika.beispiel@firma.example");
        assertThat(mail.language()).isEqualTo(Locale.GERMAN);
        assertThat(mail.body())
                .startsWith("Guten Tag Erika Beispiel,\n\nvielen Dank für Ihre Vorprüfung.")
                .contains("Ihr Vorgang hat die Nummer WC-2026-000123.")
                .contains("\n\n" + LINK + "\n\n")
                .contains("Der Link ist persönlich: Er ist der Schlüssel zu Ihrem Vorgang.")
                .contains("Bitte bewahren Sie diese E-Mail gut auf.")
                .contains("Mit freundlichen Grüßen\nWelcome-Center Kreis Lippe")
                .contains("So erreichen Sie uns: welcome-center@kreis-lippe.example, +49 5231 62-0");
    }

    @Test
    void an_english_speaking_employer_gets_the_mail_in_english() {
        Mail mail = writer.submitted(new PrecheckEvents.Submitted(REFERENCE, JOHN, LINK));

        assertThat(mail.subject()).isEqualTo("Pre-check WC-2026-000123: Please confirm your e-mail address");
        assertThat(mail.language()).isEqualTo(Locale.ENGLISH);
        assertThat(mail.body())
                .startsWith("Dear John Example,\n\nThank you for your pre-check.")
                .contains("\n\n" + LINK + "\n\n")
                .contains("the Welcome-Center's answer")
                .contains("Kind regards\nWelcome-Center Kreis Lippe");
    }

    @Test
    void the_renewed_link_replaces_the_old_one() {
        URI newLink = URI.create("https://portal.example.org/mein-vorgang/NEWtoken123");
        Mail german = writer.linkRenewed(new PrecheckEvents.LinkRenewed(REFERENCE, ERIKA, newLink));
        Mail english = writer.linkRenewed(new PrecheckEvents.LinkRenewed(REFERENCE, JOHN, newLink));

        assertThat(german.subject()).isEqualTo("Vorprüfung WC-2026-000123: Ihr neuer Link");
        assertThat(german.body()).contains("\n\n" + newLink + "\n\n")
                .contains("Der bisherige Link funktioniert ab jetzt nicht mehr.");
        assertThat(english.subject()).isEqualTo("Pre-check WC-2026-000123: Your new link");
        assertThat(english.body()).contains("\n\n" + newLink + "\n\n").contains("The previous link no longer works.");
    }

    @Test
    void question_and_answer_mails_send_the_employer_to_my_case_and_say_how_to_get_a_new_link() {
        Mail question = writer.questionAsked(new PrecheckEvents.QuestionAsked(REFERENCE, ERIKA));
        Mail answer = writer.answered(new PrecheckEvents.Answered(REFERENCE, JOHN));

        assertThat(question.subject()).isEqualTo("Vorprüfung WC-2026-000123: Das Welcome-Center hat eine Rückfrage");
        assertThat(question.body()).contains("„Mein Vorgang“ mit dem Link aus unserer ersten E-Mail")
                .contains("fordern dort einen neuen Link an");
        assertThat(answer.subject()).isEqualTo("Pre-check WC-2026-000123: The Welcome-Center's answer is available");
        assertThat(answer.body()).contains("\"My case\" with the link from our first e-mail")
                .contains("request a new link there");
    }

    @Test
    void the_confirmation_says_the_case_is_with_the_welcome_center() {
        Mail mail = writer.confirmed(new PrecheckEvents.Confirmed(REFERENCE, ERIKA));

        assertThat(mail.subject()).isEqualTo("Vorprüfung WC-2026-000123: Ihre Anfrage liegt jetzt beim Welcome-Center");
        assertThat(mail.body()).contains("liegt jetzt beim Welcome-Center").contains("Nummer WC-2026-000123");
    }

    @ParameterizedTest
    @EnumSource(value = MailKind.class, mode = EnumSource.Mode.MATCH_NONE, names = {"BOOKING_.*", "WAITING_LIST_.*"})
    void every_mail_names_the_reference_in_its_subject_in_both_languages(MailKind kind) {
        for (Contact contact : List.of(ERIKA, JOHN)) {
            Mail mail = write(kind, REFERENCE, contact, LINK);
            String product = contact == ERIKA ? "Vorprüfung " : "Pre-check ";
            assertThat(mail.kind()).isEqualTo(kind);
            assertThat(mail.subject()).startsWith(product + REFERENCE + ": ");
            assertThat(mail.body()).contains(REFERENCE)
                    .doesNotContain("{").doesNotContain("''").doesNotContain("!notification");
            boolean carriesLink = kind == MailKind.SUBMITTED || kind == MailKind.LINK_RENEWED;
            assertThat(mail.body().contains(LINK.toString())).as("%s carries the link", kind).isEqualTo(carriesLink);
        }
    }

    /**
     * The only things that differ between two employers' mails are the reference, the name and the link: nothing
     * else from an event (and the events carry nothing about the candidate) can reach the text, nor the address.
     */
    @ParameterizedTest
    @EnumSource(value = MailKind.class, mode = EnumSource.Mode.MATCH_NONE, names = {"BOOKING_.*", "WAITING_LIST_.*"})
    void a_mail_contains_the_reference_the_name_and_the_link_and_nothing_else_about_the_case(MailKind kind) {
        Contact other = new Contact("someone.else@elsewhere.example", "Zoë Ünal-Ørsted", Locale.GERMAN);
        URI otherLink = URI.create("https://portal.example.org/mein-vorgang/other");
        Mail first = write(kind, REFERENCE, ERIKA, LINK);
        Mail second = write(kind, "WC-2027-999999", other, otherLink);

        assertThat(neutral(first.body(), REFERENCE, ERIKA, LINK))
                .isEqualTo(neutral(second.body(), "WC-2027-999999", other, otherLink));
        assertThat(neutral(first.subject(), REFERENCE, ERIKA, LINK))
                .isEqualTo(neutral(second.subject(), "WC-2027-999999", other, otherLink));
        assertThat(first.body()).doesNotContain(ERIKA.email());
        assertThat(first.subject()).doesNotContain(ERIKA.name()).doesNotContain(ERIKA.email());
    }

    @Test
    void a_language_the_portal_does_not_speak_gets_german_and_regional_variants_count() {
        assertThat(writer.confirmed(new PrecheckEvents.Confirmed(REFERENCE,
                new Contact("a@b.example", "A", Locale.FRENCH))).language()).isEqualTo(Locale.GERMAN);
        assertThat(writer.confirmed(new PrecheckEvents.Confirmed(REFERENCE,
                new Contact("a@b.example", "A", Locale.UK))).subject()).startsWith("Pre-check ");
    }

    @Test
    void a_name_with_line_breaks_stays_on_the_greeting_line_and_no_name_gets_a_neutral_greeting() {
        Mail broken = writer.confirmed(new PrecheckEvents.Confirmed(REFERENCE,
                new Contact("a@b.example", "Erika\r\nBcc: x@y.example", Locale.GERMAN)));
        Mail nameless = writer.confirmed(new PrecheckEvents.Confirmed(REFERENCE,
                new Contact("a@b.example", "  ", Locale.ENGLISH)));

        assertThat(broken.body()).startsWith("Guten Tag Erika Bcc: x@y.example,\n\n");
        assertThat(nameless.body()).startsWith("Hello,\n\nThank you");
    }

    @Test
    void a_mail_never_shows_its_address_or_text_when_logged() {
        Mail mail = writer.submitted(new PrecheckEvents.Submitted(REFERENCE, ERIKA, LINK));

        assertThat(mail.toString()).isEqualTo("Mail[SUBMITTED for WC-2026-000123]");
    }

    private Mail write(MailKind kind, String reference, Contact contact, URI link) {
        return switch (kind) {
            case SUBMITTED -> writer.submitted(new PrecheckEvents.Submitted(reference, contact, link));
            case CONFIRMED -> writer.confirmed(new PrecheckEvents.Confirmed(reference, contact));
            case QUESTION_ASKED -> writer.questionAsked(new PrecheckEvents.QuestionAsked(reference, contact));
            case ANSWERED -> writer.answered(new PrecheckEvents.Answered(reference, contact));
            case LINK_RENEWED -> writer.linkRenewed(new PrecheckEvents.LinkRenewed(reference, contact, link));
            default -> throw new IllegalArgumentException(kind + " is a booking mail");
        };
    }

    private static String neutral(String text, String reference, Contact contact, URI link) {
        return text.replace(link.toString(), "<link>").replace(reference, "<reference>")
                .replace(contact.name(), "<name>");
    }
}
