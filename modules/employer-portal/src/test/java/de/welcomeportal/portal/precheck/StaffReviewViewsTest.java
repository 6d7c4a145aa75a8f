package de.welcomeportal.portal.precheck;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.staff.AuditEntry;
import de.welcomeportal.portal.staff.AuditLog;
import de.welcomeportal.testapp.KaribuTest;
import de.welcomeportal.testapp.TestSecurity;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The caseworkers' side of the pre-check in the browserless UI: the queue, the case view and its downloads. */
class StaffReviewViewsTest extends KaribuTest {

    private static final String CASEWORKER = "erika.staff";

    @Autowired
    PrecheckService service;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, String> tokens = new HashMap<>();

    // ---------------------------------------------------------------- the case view

    @Test
    void a_caseworker_takes_a_case_through_every_status_in_the_case_view() {
        String reference = confirmedCase(Applications.valid());
        loginAs(CASEWORKER, "STAFF");
        UI.getCurrent().navigate(CaseReviewView.path(reference));
        _assertOne(CaseReviewView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Vorprüfung " + reference + " – ");
        assertStatus("Eingereicht");
        assertThat(button("Abschließen").isEnabled()).isFalse();
        assertThat(button("Antwort erfassen").isEnabled()).isFalse();
        assertThat(button("Rückfrage stellen").isEnabled()).isFalse();

        _click(button("Prüfung beginnen"));
        assertStatus("In Prüfung");
        _click(button("Mir zuweisen"));
        assertThat(description("case-status").getText()).isEqualTo("In Prüfung");
        assertThat(_find(DescriptionList.Description.class, spec -> spec.withText(CASEWORKER))).isNotEmpty();
        assertThat(button("Mir zuweisen").isEnabled()).as("already mine").isFalse();

        _click(button("Rückfrage stellen"));
        Dialog question = _get(Dialog.class);
        _setValue(_get(question, TextArea.class, spec -> spec.withLabel("Ihre Frage")),
                "Liegt der Anerkennungsbescheid der HWK vor?");
        _click(_get(question, Button.class, spec -> spec.withText("Rückfrage senden")));
        _assertNone(Dialog.class);
        assertStatus("Rückfrage beim Arbeitgeber");
        assertThat(button("Prüfung fortsetzen").isEnabled()).isTrue();

        service.answerAsEmployer(reference, tokens.get(reference), "Ja, der Bescheid liegt bei.", Locale.GERMAN);
        _click(button("Neu laden"));
        assertStatus("In Prüfung");
        _assertOne(Paragraph.class, spec -> spec.withText("Ja, der Bescheid liegt bei."));

        _click(button("Interne Notiz"));
        Dialog noteDialog = _get(Dialog.class);
        _setValue(_get(noteDialog, TextArea.class, spec -> spec.withLabel("Notiz")), "HWK-Bescheid telefonisch bestätigt");
        _click(_get(noteDialog, Button.class, spec -> spec.withText("Notiz speichern")));
        _assertOne(Paragraph.class, spec -> spec.withText("HWK-Bescheid telefonisch bestätigt"));
        _assertOne(Span.class, spec -> spec.withText("Intern – für den Arbeitgeber nicht sichtbar"));

        _click(button("Antwort erfassen"));
        Dialog answerDialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<Pathway> pathway = _get(answerDialog, ComboBox.class);
        assertThat(pathway.getValue()).as("the self-check's recommendation to start with")
                .isEqualTo(service(() -> service.open(reference)).pathway());
        _setValue(pathway, Pathway.SKILLED_18A);
        _setValue(_get(answerDialog, TextArea.class, spec -> spec.withLabel("Antwort an den Arbeitgeber")),
                "§ 18a AufenthG passt; wir empfehlen das beschleunigte Fachkräfteverfahren.");
        _setValue(_get(answerDialog, TextField.class, spec -> spec.withLabel("Zuständige Behörde")), "ZAB Detmold");
        _click(_get(answerDialog, Button.class, spec -> spec.withText("Antwort senden")));
        assertStatus("Beantwortet");
        _assertOne(DescriptionList.Description.class, spec -> spec.withText("ZAB Detmold"));

        _click(button("Abschließen"));
        assertStatus("Abgeschlossen");
        assertThat(button("Rückfrage stellen").isEnabled()).isFalse();
        _click(button("Wieder öffnen"));
        assertStatus("In Prüfung");

        PrecheckViews.EmployerCase employerSide = service.openAsEmployer(reference, tokens.get(reference));
        assertThat(employerSide.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(employerSide.timeline()).as("internal notes stay internal")
                .noneMatch(entry -> entry.kind() == CaseEntryKind.NOTE);
        assertThat(auditActions(reference)).contains("precheck.review-started", "precheck.assigned",
                "precheck.question-asked", "precheck.note-added", "precheck.answered", "precheck.closed",
                "precheck.reopened");
    }

    @Test
    void a_step_the_workflow_does_not_allow_is_refused_with_a_message() {
        String reference = confirmedCase(Applications.valid());
        loginAs(CASEWORKER, "STAFF");
        UI.getCurrent().navigate(CaseReviewView.path(reference));
        Button close = button("Abschließen");
        assertThat(close.isEnabled()).isFalse();

        close.setEnabled(true); // as a browser showing an outdated page would still offer it
        _click(close);

        _assertOne(Paragraph.class, spec -> spec.withText("Dieser Schritt ist nicht möglich: Ein Vorgang im Status "
                + "„Eingereicht“ kann nicht in den Status „Abgeschlossen“ wechseln. Die Seite zeigt jetzt den aktuellen "
                + "Stand."));
        assertThat(close.isEnabled()).isFalse();
        assertStatus("Eingereicht");
        assertThat(service(() -> service.open(reference)).status()).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void a_change_by_a_colleague_in_between_is_reported_and_the_typed_question_is_kept() {
        String reference = confirmedCase(Applications.valid());
        service(() -> service.startReview(reference, service.open(reference).version()));
        loginAs(CASEWORKER, "STAFF");
        UI.getCurrent().navigate(CaseReviewView.path(reference));
        _click(button("Rückfrage stellen"));
        Dialog dialog = _get(Dialog.class);
        TextArea text = _get(dialog, TextArea.class, spec -> spec.withLabel("Ihre Frage"));
        _setValue(text, "Bitte senden Sie uns den Arbeitsvertrag.");

        TestSecurity.actingAs(context, TestSecurity.staffMember("max.kollege", "STAFF"),
                () -> service.assign(reference, service.open(reference).version(), "max.kollege"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Rückfrage senden")));

        _assertOne(Dialog.class);
        _get(dialog, Paragraph.class, spec -> spec.withText(
                "Der Vorgang wurde inzwischen von jemand anderem geändert. Bitte neu laden."));
        assertThat(text.getValue()).isEqualTo("Bitte senden Sie uns den Arbeitsvertrag.");
        assertThat(service(() -> service.open(reference)).status()).isEqualTo(CaseStatus.IN_REVIEW);

        _click(_get(dialog, Button.class, spec -> spec.withText("Neu laden")));
        assertThat(_find(DescriptionList.Description.class, spec -> spec.withText("max.kollege"))).isNotEmpty();
        assertThat(text.getValue()).as("still there after reloading").isEqualTo("Bitte senden Sie uns den Arbeitsvertrag.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Rückfrage senden")));

        _assertNone(Dialog.class);
        assertStatus("Rückfrage beim Arbeitgeber");
    }

    @Test
    void an_empty_question_is_refused_at_the_field() {
        String reference = confirmedCase(Applications.valid());
        service(() -> service.startReview(reference, service.open(reference).version()));
        loginAs(CASEWORKER, "STAFF");
        UI.getCurrent().navigate(CaseReviewView.path(reference));
        _click(button("Rückfrage stellen"));
        Dialog dialog = _get(Dialog.class);
        TextArea text = _get(dialog, TextArea.class, spec -> spec.withLabel("Ihre Frage"));
        _setValue(text, "   ");

        _click(_get(dialog, Button.class, spec -> spec.withText("Rückfrage senden")));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        _assertOne(Dialog.class);
        assertThat(service(() -> service.open(reference)).status()).isEqualTo(CaseStatus.IN_REVIEW);
    }

    @Test
    void the_case_view_shows_answers_grouped_the_stored_self_check_and_documents_to_download() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        PrecheckViews.Submission submission = service.submit(Applications.valid(), null,
                List.of(new DocumentUpload("Zeugnis.pdf", pdf)), Locale.GERMAN);
        service.confirm(submission.reference(), token(submission));
        String reference = submission.reference();
        loginAs(CASEWORKER, "STAFF");
        UI.getCurrent().navigate(CaseReviewView.path(reference));

        for (String heading : List.of("Arbeitgeber", "Stelle", "Fachkraft", "Anliegen", "Selbstcheck bei der Einreichung",
                "Unterlagen", "Verlauf")) {
            _assertOne(com.vaadin.flow.component.html.H2.class, spec -> spec.withText(heading));
        }
        _assertOne(DescriptionList.Description.class, spec -> spec.withText("Petrović"));
        assertThat(_find(DescriptionList.Description.class, spec -> spec.withText("Serbien (RS)")))
                .as("citizenship and country of residence").hasSize(2);
        _assertOne(DescriptionList.Description.class, spec -> spec.withText("42.000,00\u00a0€"));
        Pathway recommended = service(() -> service.open(reference)).pathway();
        assertThat(recommended).isNotNull();
        assertThat(_find(DescriptionList.Description.class, spec -> spec.withText(
                getTranslation(recommended.messageKey())))).isNotEmpty();
        assertThat(_find(DescriptionList.Term.class, spec -> spec.withText("Rechtsgrundlage"))).isNotEmpty();

        Anchor document = _get(Anchor.class, spec -> spec.withText("Zeugnis.pdf"));
        assertThat(_download(document)).isEqualTo(pdf);
        assertThat(auditActions(reference)).contains("precheck.opened", "precheck.document-opened");
    }

    @Test
    void without_a_stored_self_check_the_view_says_so() {
        String reference = confirmedCase(Applications.valid());
        String other = confirmedCase(Applications.valid());
        jdbc.update("update precheck_case set self_check_snapshot = null where reference = ?", reference);
        jdbc.update("update precheck_case set self_check_snapshot = '{\"broken' where reference = ?", other);
        loginAs(CASEWORKER, "STAFF");

        UI.getCurrent().navigate(CaseReviewView.path(reference));
        _assertOne(Paragraph.class, spec -> spec.withText("Zu diesem Vorgang liegt kein Selbstcheck vor."));
        UI.getCurrent().navigate(CaseReviewView.path(other));
        _assertOne(Paragraph.class, spec -> spec.withText(
                "Das gespeicherte Ergebnis des Selbstchecks kann nicht gelesen werden. Bitte bewerten Sie den Fall ohne es."));
    }

    @Test
    void the_pdf_and_json_downloads_are_produced_and_audited() throws Exception {
        String reference = confirmedCase(Applications.valid());
        loginAs(CASEWORKER, "STAFF");
        UI.getCurrent().navigate(CaseReviewView.path(reference));

        byte[] pdf = _download(_get(Anchor.class, spec -> spec.withText("PDF")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] json = _download(_get(Anchor.class, spec -> spec.withText("JSON")));
        assertThat(CaseExportTest.validate(json)).isEmpty();
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"aktenzeichen\" : \"" + reference + "\"");

        assertThat(auditActions(reference)).contains("precheck.exported-pdf", "precheck.exported-json");
    }

    @Test
    void the_case_view_follows_the_staff_members_language() {
        String reference = confirmedCase(Applications.valid());
        loginAs(CASEWORKER, "STAFF");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(CaseReviewView.path(reference));

        _assertOne(com.vaadin.flow.component.html.H1.class, spec -> spec.withText("Pre-check " + reference));
        assertStatus("Submitted");
        _assertOne(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Self-check at submission"));
        _click(button("Start review"));
        assertStatus("In review");
    }

    @Test
    void an_unknown_reference_shows_not_found() {
        loginAs(CASEWORKER, "STAFF");
        // Karibu reports the "not found" page as an exception; a browser shows the page.
        assertThatThrownBy(() -> UI.getCurrent().navigate(CaseReviewView.path("WC-1999-000001")))
                .hasMessageContaining("No route found");
        _assertNone(CaseReviewView.class);
    }

    // ---------------------------------------------------------------- the queue

    @Test
    void the_queue_filters_searches_sorts_and_counts() {
        String marker = "Q" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT)
                .replaceAll("[0-9]", "X");
        String bakery = confirmedCase(withCompany("Bäckerei " + marker));
        String joinery = confirmedCase(withCompany("Zimmerei " + marker));
        service(() -> service.assign(joinery, service.open(joinery).version(), CASEWORKER));
        loginAs(CASEWORKER, "STAFF");
        UI.getCurrent().navigate(ReviewQueueView.ROUTE);
        _assertOne(ReviewQueueView.class);
        @SuppressWarnings("unchecked")
        Grid<PrecheckViews.QueueEntry> grid = _get(Grid.class);

        Map<CaseStatus, Long> counts = service(() -> service.countsByStatus());
        _assertOne(Paragraph.class, spec -> spec.withText("Eingereicht: " + counts.getOrDefault(CaseStatus.SUBMITTED, 0L)
                + " · In Prüfung: " + counts.getOrDefault(CaseStatus.IN_REVIEW, 0L)
                + " · Rückfrage beim Arbeitgeber: " + counts.getOrDefault(CaseStatus.WAITING_FOR_EMPLOYER, 0L)
                + " · Beantwortet: " + counts.getOrDefault(CaseStatus.ANSWERED, 0L)
                + " · Abgeschlossen: " + counts.getOrDefault(CaseStatus.CLOSED, 0L)
                + " · Zurückgezogen: " + counts.getOrDefault(CaseStatus.WITHDRAWN, 0L)));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), marker.toLowerCase(Locale.ROOT));
        assertThat(_size(grid)).isEqualTo(2);
        _sortByKey(grid, "company", SortDirection.ASCENDING);
        assertThat(_getFormattedRow(grid, 0)).contains("Bäckerei " + marker, "Eingereicht");
        _sortByKey(grid, "company", SortDirection.DESCENDING);
        assertThat(_getFormattedRow(grid, 0)).contains("Zimmerei " + marker, "In Prüfung", CASEWORKER);

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CaseStatus> statuses = _get(MultiSelectComboBox.class);
        _setValue(statuses, Set.of(CaseStatus.SUBMITTED));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).reference()).isEqualTo(bakery);
        _setValue(statuses, Set.of());

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Nur mir zugewiesene")), true);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).reference()).isEqualTo(joinery);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Nur mir zugewiesene")), false);

        Pathway pathway = service(() -> service.open(bakery)).pathway();
        @SuppressWarnings("unchecked")
        ComboBox<Pathway> pathwayFilter = _get(ComboBox.class, spec -> spec.withLabel("Weg laut Selbstcheck"));
        _setValue(pathwayFilter, pathway);
        assertThat(_size(grid)).isEqualTo(2);
        _setValue(pathwayFilter, pathway == Pathway.NONE ? Pathway.BLUE_CARD : Pathway.NONE);
        assertThat(_size(grid)).isZero();
        _setValue(pathwayFilter, null);

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Eingereicht ab")), LocalDate.now().plusDays(1));
        assertThat(_size(grid)).isZero();
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Eingereicht ab")), LocalDate.now().minusDays(1));
        assertThat(_size(grid)).isEqualTo(2);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "Zimmerei " + marker);
        assertThat(_size(grid)).isEqualTo(1);
        _clickItem(grid, 0, "company", 1, false, false, false, false);
        _assertOne(CaseReviewView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(CaseReviewView.path(joinery));
    }

    @Test
    void the_reference_in_each_row_is_a_link_to_the_case() {
        String reference = confirmedCase(Applications.valid());
        loginAs(CASEWORKER, "STAFF");
        UI.getCurrent().navigate(ReviewQueueView.ROUTE);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), reference);
        @SuppressWarnings("unchecked")
        Grid<PrecheckViews.QueueEntry> grid = _get(Grid.class);
        Anchor link = (Anchor) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "reference");
        assertThat(link.getHref()).isEqualTo(CaseReviewView.path(reference));
        assertThat(link.getAriaLabel()).hasValue("Vorgang " + reference + " öffnen");
    }

    @Test
    void staff_find_the_queue_in_their_navigation_and_others_cannot_open_it() {
        loginAs(CASEWORKER, "STAFF");
        UI.getCurrent().navigate("staff");
        assertThat(_get(Anchor.class, spec -> spec.withText("Vorprüfungen")).getHref()).isEqualTo(ReviewQueueView.ROUTE);

        loginAs("eddie.editor", "EDITOR");
        UI.getCurrent().navigate("staff");
        assertThat(_find(Anchor.class, spec -> spec.withText("Vorprüfungen"))).isEmpty();
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReviewQueueView.ROUTE)).hasMessageContaining("Access is denied");
        _assertNone(ReviewQueueView.class);
        String reference = confirmedCase(Applications.valid());
        assertThatThrownBy(() -> UI.getCurrent().navigate(CaseReviewView.path(reference)))
                .hasMessageContaining("Access is denied");
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login() {
        UI.getCurrent().navigate(ReviewQueueView.ROUTE);
        _assertNone(ReviewQueueView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
        UI.getCurrent().navigate(CaseReviewView.path("WC-2026-000001"));
        _assertNone(CaseReviewView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    // ---------------------------------------------------------------- helpers

    private String confirmedCase(PrecheckApplication application) {
        PrecheckViews.Submission submission = service.submit(application, null, Locale.GERMAN);
        service.confirm(submission.reference(), token(submission));
        return submission.reference();
    }

    private String token(PrecheckViews.Submission submission) {
        String link = submission.caseLink().toString();
        String token = link.substring(link.indexOf("token=") + "token=".length());
        tokens.put(submission.reference(), token);
        return token;
    }

    private static PrecheckApplication withCompany(String companyName) {
        PrecheckApplication.Employer employer = Applications.employer();
        return Applications.withEmployer(new PrecheckApplication.Employer(companyName, employer.legalForm(),
                employer.address(), employer.registerNumber(), employer.contactName(), employer.email(),
                employer.phone()));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static DescriptionList.Description description(String className) {
        return _get(DescriptionList.Description.class, spec -> spec.withClasses(className));
    }

    private static void assertStatus(String status) {
        assertThat(description("case-status").getText()).isEqualTo(status);
    }

    private static String getTranslation(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    /** Runs as a caseworker other than the one logged in to the UI, e.g. to prepare a case. */
    private <T> T service(Supplier<T> action) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("prepare", "STAFF"), action);
    }

    private List<String> auditActions(String reference) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("admin", "ADMIN"),
                        () -> auditLog.newestFirst("precheck.", 0, 500)).stream()
                .filter(entry -> reference.equals(entry.target())).map(AuditEntry::action).toList();
    }
}
