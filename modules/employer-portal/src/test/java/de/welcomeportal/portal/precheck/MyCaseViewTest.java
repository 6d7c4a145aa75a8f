package de.welcomeportal.portal.precheck;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.webapi.AccessTokens;
import de.welcomeportal.testapp.KaribuTest;
import de.welcomeportal.testapp.TestSecurity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** "My case" without a browser: confirming, answering, adding documents, withdrawing, and links that do not fit. */
@RecordApplicationEvents
class MyCaseViewTest extends KaribuTest {

    @Autowired
    PrecheckService service;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    ApplicationEvents events;

    @Test
    void opening_the_link_confirms_nothing_the_button_does() {
        PrecheckViews.Submission submission = service.submit(Applications.valid(), null, Locale.GERMAN);
        MockVaadin.clientRoundtrip(false); // lets the set-up's renaming of the start page pass, as in a browser
        open(submission);

        assertThat(_get(H1.class).getText()).isEqualTo("Mein Vorgang " + submission.reference());
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Mein Vorgang " + submission.reference()
                + " – Welcome-Center Kreis Lippe");
        assertThat(statusText()).isEqualTo("Wartet auf die Bestätigung Ihrer E-Mail-Adresse");
        assertThat(cases.findByReference(submission.reference()).orElseThrow().status())
                .as("a mail scanner opening the link confirms nothing").isEqualTo(CaseStatus.AWAITING_CONFIRMATION);
        assertThat(_find(TextArea.class)).as("no answers before the confirmation").isEmpty();

        _click(button("E-Mail-Adresse bestätigen und Vorprüfung einreichen"));

        assertThat(cases.findByReference(submission.reference()).orElseThrow().status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(statusText()).isEqualTo("Eingereicht");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("precheck-notice")).getText())
                .isEqualTo("Vielen Dank, Ihre E-Mail-Adresse ist bestätigt. Ihre Vorprüfung liegt jetzt beim "
                        + "Welcome-Center.");
        assertThat(_find(Button.class, spec -> spec.withText("E-Mail-Adresse bestätigen und Vorprüfung einreichen")))
                .isEmpty();
        assertThat(events.stream(PrecheckEvents.Confirmed.class)).hasSize(1);
    }

    @Test
    void answering_a_question_puts_the_case_back_into_review_and_shows_both_in_the_timeline() {
        PrecheckViews.Submission submission = confirmed();
        String reference = submission.reference();
        PrecheckViews.StaffCase staffCase = asStaff(() -> service.open(reference));
        PrecheckViews.StaffCase assigned = asStaff(() -> service.assign(reference, staffCase.version(), "caseworker"));
        PrecheckViews.StaffCase asked = asStaff(() -> service.ask(reference, assigned.version(),
                "Liegt der Anerkennungsbescheid schon vor?", Locale.GERMAN));
        asStaff(() -> service.note(reference, asked.version(), "intern: bitte HWK anrufen", Locale.GERMAN));
        open(submission);

        assertThat(statusText()).isEqualTo("Rückfrage an Sie");
        assertThat(timeline()).anySatisfy(entry -> assertThat(entry)
                .contains("Rückfrage des Welcome-Centers", "Liegt der Anerkennungsbescheid schon vor?"));
        assertThat(timeline()).noneMatch(entry -> entry.contains("intern"));
        TextArea answer = _get(TextArea.class);
        assertThat(answer.getLabel()).isEqualTo("Ihre Antwort auf die Rückfrage");

        _click(button("Nachricht senden"));
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("Bitte ausfüllen.");

        _setValue(_get(TextArea.class), "Ja, der Bescheid der HWK vom 3. März liegt bei.");
        _click(button("Nachricht senden"));

        assertThat(cases.findByReference(reference).orElseThrow().status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(statusText()).isEqualTo("In Prüfung");
        assertThat(timeline()).anySatisfy(entry -> assertThat(entry)
                .contains("Ihre Nachricht", "Ja, der Bescheid der HWK vom 3. März liegt bei."));
        assertThat(timeline()).anySatisfy(entry -> assertThat(entry).contains("Neuer Stand", "In Prüfung"));
        assertThat(_get(TextArea.class).getValue()).isEmpty();
    }

    @Test
    void the_welcome_centers_answer_names_the_pathway_in_plain_language() {
        PrecheckViews.Submission submission = confirmed();
        String reference = submission.reference();
        PrecheckViews.StaffCase staffCase = asStaff(() -> service.open(reference));
        PrecheckViews.StaffCase assigned = asStaff(() -> service.assign(reference, staffCase.version(), "caseworker"));
        asStaff(() -> service.answer(reference, assigned.version(), new PrecheckViews.Answer(Pathway.SKILLED_18A,
                "Der Weg nach § 18a AufenthG passt.", "Ausländerbehörde Kreis Lippe", "Arbeitsvertrag"),
                Locale.GERMAN));
        open(submission);

        assertThat(statusText()).isEqualTo("Beantwortet");
        String page = _get(MyCaseView.class).getElement().getTextRecursively();
        assertThat(page).contains("Antwort des Welcome-Centers",
                "Fachkraft mit Berufsausbildung (§ 18a AufenthG)", "Der Weg nach § 18a AufenthG passt.",
                "Ausländerbehörde Kreis Lippe", "Arbeitsvertrag");
    }

    @Test
    void a_document_can_be_added_and_a_wrong_one_is_refused() {
        PrecheckViews.Submission submission = confirmed();
        open(submission);
        assertThat(_get(MyCaseView.class).getElement().getTextRecursively()).contains("Noch keine Unterlagen.");

        UploadKt._upload(_get(Upload.class), "x.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(_get(MyCaseView.class).getElement().getTextRecursively())
                .contains("Die Datei „x.pdf“ ist kein PDF-, JPEG- oder PNG-Dokument.");

        UploadKt._upload(_get(Upload.class), "Anerkennung.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(_find(ListItem.class, spec -> spec.withPredicate(item -> item.getParent()
                .map(parent -> parent.hasClassName("precheck-documents")).orElse(false))))
                .singleElement().satisfies(item -> assertThat(item.getText()).startsWith("Anerkennung.pdf, hochgeladen am")
                        .endsWith("von Ihnen"));
        assertThat(service.openAsEmployer(submission.reference(), token(submission)).documents()).hasSize(1);
    }

    @Test
    void withdrawing_asks_first_explains_the_deletion_and_then_deletes_the_case() {
        PrecheckViews.Submission submission = confirmed();
        open(submission);

        _click(button("Vorprüfung zurückziehen"));
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Vorprüfung wirklich zurückziehen?");
        assertThat(dialog.getElement().getTextRecursively()).contains("sofort und endgültig");
        _click(_get(dialog, Button.class, spec -> spec.withText("Abbrechen")));
        assertThat(cases.findByReference(submission.reference()).orElseThrow().status()).isEqualTo(CaseStatus.SUBMITTED);

        _click(button("Vorprüfung zurückziehen"));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Ja, zurückziehen und Daten löschen")));

        CaseFile withdrawn = cases.findByReference(submission.reference()).orElseThrow();
        assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(withdrawn.candidateFamilyName()).isNull();
        assertThat(_get(H1.class).getText()).isEqualTo("Vorprüfung zurückgezogen");

        open(submission);
        assertThat(_get(H1.class).getText()).as("the old link opens nothing any more").isEqualTo("Vorgang nicht gefunden");
    }

    @Test
    void a_forged_or_missing_token_and_an_unknown_reference_get_the_same_neutral_page() {
        PrecheckViews.Submission submission = service.submit(Applications.valid(), null, Locale.GERMAN);
        List<Runnable> attempts = List.of(
                () -> UI.getCurrent().navigate("my-case/" + submission.reference(), token(AccessTokens.newToken())),
                () -> UI.getCurrent().navigate("my-case/" + submission.reference()),
                () -> UI.getCurrent().navigate("my-case/" + submission.reference(), token("")),
                () -> UI.getCurrent().navigate("my-case/WC-2026-999999", token(token(submission))),
                () -> UI.getCurrent().navigate("embed/my-case/" + submission.reference(), token("' or '1'='1")));
        for (Runnable attempt : attempts) {
            attempt.run();
            assertThat(_get(H1.class).getText()).isEqualTo("Vorgang nicht gefunden");
            assertThat(_get(MyCaseView.class).getElement().getTextRecursively())
                    .doesNotContain("Tischlerei").doesNotContain(submission.reference());
            Anchor renew = _get(Anchor.class, spec -> spec.withText("Neuen Link anfordern"));
            assertThat(renew.getHref()).endsWith("my-case");
        }
        assertThat(cases.findByReference(submission.reference()).orElseThrow().status())
                .isEqualTo(CaseStatus.AWAITING_CONFIRMATION);
    }

    @Test
    void the_new_link_form_answers_the_same_whether_or_not_the_case_exists() {
        PrecheckViews.Submission submission = service.submit(Applications.valid(), null, Locale.GERMAN);
        UI.getCurrent().navigate("my-case");
        assertThat(_get(H1.class).getText()).isEqualTo("Mein Vorgang");

        _click(button("Neuen Link anfordern"));
        assertThat(_get(TextField.class).isInvalid()).isTrue();
        assertThat(_get(TextField.class).getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        _assertNone(Paragraph.class, spec -> spec.withClasses("precheck-notice"));

        _setValue(_get(TextField.class), "WC-2026-999999");
        _setValue(_get(EmailField.class), "jemand@example.org");
        _click(button("Neuen Link anfordern"));
        String unknown = _get(Paragraph.class, spec -> spec.withClasses("precheck-notice")).getText();

        _setValue(_get(TextField.class), submission.reference());
        _setValue(_get(EmailField.class), Applications.EMAIL);
        _click(button("Neuen Link anfordern"));
        String known = _get(Paragraph.class, spec -> spec.withClasses("precheck-notice")).getText();

        assertThat(known).isEqualTo(unknown).startsWith("Vielen Dank. Wenn Vorgangsnummer und E-Mail-Adresse");
        assertThat(events.stream(PrecheckEvents.LinkRenewed.class)).singleElement()
                .satisfies(event -> assertThat(event.reference()).isEqualTo(submission.reference()));
    }

    @Test
    void my_case_follows_a_language_switch() {
        PrecheckViews.Submission submission = service.submit(Applications.valid(), null, Locale.GERMAN);
        open(submission);
        _click(_get(Button.class, spec -> spec.withText("English")));

        assertThat(_get(H1.class).getText()).isEqualTo("My case " + submission.reference());
        assertThat(statusText()).isEqualTo("Waiting for the confirmation of your e-mail address");
        assertThat(_find(Button.class, spec -> spec.withText("Confirm e-mail address and hand in the pre-check")))
                .hasSize(1);
    }

    // ---------------------------------------------------------------- helpers

    private PrecheckViews.Submission confirmed() {
        PrecheckViews.Submission submission = service.submit(Applications.valid(), null, Locale.GERMAN);
        service.confirm(submission.reference(), token(submission));
        return submission;
    }

    private static void open(PrecheckViews.Submission submission) {
        UI.getCurrent().navigate("my-case/" + submission.reference(), token(token(submission)));
    }

    private static QueryParameters token(String token) {
        return QueryParameters.of("token", token);
    }

    private static String token(PrecheckViews.Submission submission) {
        String link = submission.caseLink().toString();
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static String statusText() {
        return _get(Span.class, spec -> spec.withClasses("precheck-status")).getText();
    }

    private static List<String> timeline() {
        return _find(ListItem.class, spec -> spec.withPredicate(item -> item.getParent()
                .map(parent -> parent.hasClassName("precheck-timeline")).orElse(false)))
                .stream().map(item -> item.getElement().getTextRecursively()).toList();
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private <T> T asStaff(Supplier<T> action) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("caseworker", "STAFF"), action);
    }
}
