package de.welcomeportal.portal.precheck;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.welcomeportal.portal.selfcheck.SelfCheckDraft;
import de.welcomeportal.portal.selfcheck.SelfCheckService;
import de.welcomeportal.portal.selfcheck.rules.Assessment;
import de.welcomeportal.portal.selfcheck.rules.GermanLevel;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.Recognition;
import de.welcomeportal.portal.selfcheck.rules.ResidenceStatus;
import de.welcomeportal.portal.selfcheck.rules.SelfCheckCase;
import de.welcomeportal.testapp.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employer's pre-check form without a browser: every step, every kind of wrong answer shown at its field with
 * nothing typed lost, the language switch, a reload, the hand-over from the self-check, and the submission.
 */
class PrecheckFormViewTest extends KaribuTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CaseFileRepository cases;
    @Autowired
    CaseDocumentRepository documents;
    @Autowired
    SelfCheckService selfCheck;

    @Test
    void the_first_step_names_itself_in_the_title_the_heading_and_the_list_of_steps() {
        // the test set-up switched the language after the start page was shown, which renames that page on the
        // next response; a round trip first, as a browser would have made it
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().navigate("pre-check");

        assertThat(_get(H1.class).getText()).isEqualTo("Vorprüfung beantragen");
        assertThat(_find(H1.class)).hasSize(1);
        assertThat(stepHeading()).isEqualTo("Schritt 1 von 6: Arbeitgeber");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Vorprüfung – Schritt 1 von 6: Arbeitgeber – Welcome-Center Kreis Lippe");
        List<ListItem> steps = _find(ListItem.class, spec -> spec.withPredicate(
                item -> item.getParent().map(parent -> parent.hasClassName("precheck-steps")).orElse(false)));
        assertThat(steps).extracting(ListItem::getText).containsExactly("Arbeitgeber", "Stelle", "Fachkraft",
                "Ihr Anliegen", "Unterlagen", "Prüfen und absenden");
        assertThat(steps.getFirst().getElement().getAttribute("aria-current")).isEqualTo("step");
        assertThat(steps.get(1).getElement().hasAttribute("aria-current")).isFalse();
        assertThat(field(TextField.class, "employer.companyName").getLabel()).isEqualTo("Name des Unternehmens");
        assertThat(field(TextField.class, "employer.companyName").isRequiredIndicatorVisible()).isTrue();
        assertThat(field(TextField.class, "employer.registerNumber").getLabel()).isEqualTo("Registernummer (optional)");
        assertThat(field(ComboBox.class, "employer.legalForm").getListDataView().getItems().toList())
                .contains("GmbH", "UG (haftungsbeschränkt)", "GmbH & Co. KG", "e. K.", "eG", "e. V.",
                        "Körperschaft des öffentlichen Rechts");
    }

    @Test
    void the_form_goes_through_every_step_and_submits_a_case_that_waits_for_the_e_mail_confirmation() {
        UI.getCurrent().navigate("pre-check");
        fillEmployer();
        next();
        assertThat(stepHeading()).isEqualTo("Schritt 2 von 6: Stelle");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Vorprüfung – Schritt 2 von 6: Stelle");
        fillPosition();
        next();
        fillCandidate();
        next();
        _setValue(field(CheckboxGroup.class, "wishes"), Set.of(PrecheckFormView.Wish.ADVICE,
                PrecheckFormView.Wish.ACCELERATED_PROCEDURE));
        next();
        UploadKt._upload(_get(Upload.class), "Zeugnis.pdf", PDF);
        assertThat(documentNames()).singleElement().asString().startsWith("Zeugnis.pdf");
        next();
        assertThat(stepHeading()).isEqualTo("Schritt 6 von 6: Prüfen und absenden");
        assertThat(_get(Div.class, spec -> spec.withClasses("precheck-summary")).getElement().getTextRecursively())
                .contains("Tischlerei Beispiel", "Petrović", "Serbien (RS)", "Zeugnis.pdf", "Beratung zu Ihrem Fall");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("precheck-privacy")).getElement()
                .getTextRecursively()).contains("Art. 6 Abs. 1 Buchst. e DSGVO", "7 Tagen", "6 Monate");
        _setValue(field(Checkbox.class, "privacyNoticeAcknowledged"), true);
        _click(button("Vorprüfung absenden"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("pre-check/submitted");
        String reference = _get(Span.class, spec -> spec.withClasses("precheck-reference-number")).getText();
        assertThat(reference).matches("WC-\\d{4}-\\d{6}");
        String page = _get(PrecheckSubmittedView.class).getElement().getTextRecursively();
        assertThat(page).contains("personal@tischlerei-beispiel.de", "bestätigen").doesNotContain("token");
        CaseFile stored = cases.findByReference(reference).orElseThrow();
        assertThat(stored.status()).isEqualTo(CaseStatus.AWAITING_CONFIRMATION);
        assertThat(stored.companyName()).isEqualTo("Tischlerei Beispiel");
        assertThat(stored.candidateFamilyName()).isEqualTo("Petrović");
        assertThat(stored.candidateCitizenships()).containsExactly("RS");
        assertThat(stored.wantsAcceleratedProcedure()).isTrue();
        assertThat(stored.language()).isEqualTo("de");
        assertThat(documents.countByCaseId(stored.id())).isEqualTo(1);

        UI.getCurrent().navigate("pre-check");
        assertThat(stepHeading()).as("the draft is cleared").isEqualTo("Schritt 1 von 6: Arbeitgeber");
        assertThat(field(TextField.class, "employer.companyName").getValue()).isEmpty();
    }

    @Test
    void missing_answers_are_named_at_their_fields_and_in_a_summary_at_the_top() {
        UI.getCurrent().navigate("pre-check");
        next();

        assertThat(stepHeading()).as("stays on the step").isEqualTo("Schritt 1 von 6: Arbeitgeber");
        for (String path : List.of("employer.companyName", "employer.legalForm", "employer.address.street",
                "employer.address.postcode", "employer.address.city", "employer.contactName", "employer.email")) {
            assertInvalid(path, "Bitte ausfüllen.");
        }
        assertThat(((HasValidationProperties) field(TextField.class, "employer.phone")).isInvalid()).isFalse();
        Div summary = _get(Div.class, spec -> spec.withClasses("precheck-error-summary"));
        assertThat(summary.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(summary.getElement().getTextRecursively())
                .contains("Bitte korrigieren Sie 7 Angaben:", "Name des Unternehmens: Bitte ausfüllen.");
    }

    @Test
    void the_employer_step_refuses_a_bad_postcode_e_mail_and_name_and_keeps_everything_typed() {
        UI.getCurrent().navigate("pre-check");
        fillEmployer();
        _setValue(field(TextField.class, "employer.address.postcode"), "3275");
        _setValue(field(EmailField.class, "employer.email"), "personal@tischlerei");
        _setValue(field(TextField.class, "employer.contactName"), "Erika Mustermann 2");
        _setValue(field(TextField.class, "employer.registerNumber"), "Nr. 1234");
        next();

        assertInvalid("employer.address.postcode", "Bitte eine fünfstellige deutsche Postleitzahl angeben.");
        assertInvalid("employer.email", "Bitte eine gültige E-Mail-Adresse angeben, z. B. personal@firma.de.");
        assertInvalid("employer.contactName", "Namen bitte in lateinischer Schrift (auch mit Akzenten und "
                + "Sonderzeichen nach DIN 91379), ohne Ziffern.");
        assertInvalid("employer.registerNumber", "Bitte die Registernummer wie im Register angeben, z. B. HRB 12345.");
        assertThat(field(TextField.class, "employer.address.postcode").getValue()).isEqualTo("3275");
        assertThat(field(TextField.class, "employer.companyName").getValue()).isEqualTo("Tischlerei Beispiel");
        assertThat(field(ComboBox.class, "employer.legalForm").getValue()).isEqualTo("GmbH");

        _setValue(field(TextField.class, "employer.address.postcode"), "32756");
        assertThat(((HasValidationProperties) field(TextField.class, "employer.address.postcode")).isInvalid())
                .as("a corrected answer loses its message").isFalse();
        _setValue(field(EmailField.class, "employer.email"), "personal@tischlerei-beispiel.de");
        _setValue(field(TextField.class, "employer.contactName"), "Erika Mustermann");
        _setValue(field(TextField.class, "employer.registerNumber"), "");
        next();
        assertThat(stepHeading()).isEqualTo("Schritt 2 von 6: Stelle");
    }

    @Test
    void a_legal_form_outside_the_list_can_be_typed() {
        UI.getCurrent().navigate("pre-check");
        ComboBox<?> legalForm = field(ComboBox.class, "employer.legalForm");
        com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet(legalForm, "Stiftung");
        assertThat(legalForm.getValue()).isEqualTo("Stiftung");
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("pre-check");
        assertThat(field(ComboBox.class, "employer.legalForm").getValue()).isEqualTo("Stiftung");
    }

    @Test
    void the_position_step_refuses_a_workplace_outside_the_district_a_past_start_no_salary_and_49_hours() {
        toStep(2);
        fillPosition();
        _setValue(field(TextField.class, "position.workplace.postcode"), "33098");
        _setValue(field(TextField.class, "position.workplace.city"), "Paderborn");
        _setValue(field(DatePicker.class, "position.startDate"), LocalDate.now().minusDays(1));
        _setValue(field(BigDecimalField.class, "position.grossAnnualSalary"), BigDecimal.ZERO);
        _setValue(field(BigDecimalField.class, "position.weeklyHours"), new BigDecimal("49"));
        _setValue(field(TextField.class, "position.isco"), "75");
        next();

        assertInvalid("position.workplace.postcode", "Der Arbeitsort muss im Kreis Lippe liegen. Für andere Orte ist "
                + "das Welcome-Center des dortigen Kreises zuständig.");
        assertInvalid("position.startDate", "Der Beginn darf nicht in der Vergangenheit liegen.");
        assertInvalid("position.grossAnnualSalary", "Das Bruttojahresgehalt muss größer als 0 sein.");
        assertInvalid("position.weeklyHours", "Der Wert darf höchstens 48 sein.");
        assertThat(((HasValidationProperties) field(TextField.class, "position.isco")).isInvalid()).isFalse();
        assertThat(field(TextField.class, "position.workplace.city").getValue()).isEqualTo("Paderborn");
        assertThat(field(BigDecimalField.class, "position.weeklyHours").getValue()).isEqualByComparingTo("49");
        assertThat(field(TextField.class, "position.title").getValue()).isEqualTo("Tischler/in");
    }

    @Test
    void a_fixed_term_contract_asks_for_its_months() {
        toStep(2);
        fillPosition();
        assertThat(_find(IntegerField.class)).as("months only for a fixed term").isEmpty();
        _setValue(field(RadioButtonGroup.class, "position.fixedTerm"), Boolean.TRUE);
        next();

        assertInvalid("position.contractMonths", "Bitte die Dauer des befristeten Vertrags in Monaten angeben.");
        _setValue(field(IntegerField.class, "position.contractMonths"), 24);
        next();
        assertThat(stepHeading()).isEqualTo("Schritt 3 von 6: Fachkraft");
    }

    @Test
    void the_candidate_step_refuses_digits_in_names_and_a_person_under_15_and_asks_the_status_in_germany() {
        toStep(3);
        fillCandidate();
        _setValue(field(TextField.class, "candidate.givenNames"), "R2D2");
        _setValue(field(DatePicker.class, "candidate.birthDate"), LocalDate.now().minusYears(14));
        assertThat(_find(ComboBox.class, spec -> spec.withAttribute("data-field", "candidate.residenceStatus")))
                .as("the status in Germany only for someone living here").isEmpty();
        _setValue(field(ComboBox.class, "candidate.countryOfResidence"), "DE");
        next();

        assertInvalid("candidate.givenNames", "Namen bitte in lateinischer Schrift (auch mit Akzenten und "
                + "Sonderzeichen nach DIN 91379), ohne Ziffern.");
        assertInvalid("candidate.birthDate", "Die Person muss mindestens 15 Jahre alt sein.");
        assertInvalid("candidate.residenceStatus", "Bitte den Aufenthaltsstatus angeben, wenn die Person in "
                + "Deutschland lebt.");
        assertThat(field(TextField.class, "candidate.familyName").getValue()).isEqualTo("Petrović");
        assertThat(field(MultiSelectComboBox.class, "candidate.citizenships").getValue()).isEqualTo(Set.of("RS"));

        _setValue(field(TextField.class, "candidate.givenNames"), "Dragana Ljiljana");
        _setValue(field(DatePicker.class, "candidate.birthDate"), LocalDate.of(1994, 3, 12));
        _setValue(field(ComboBox.class, "candidate.residenceStatus"), ResidenceStatus.OPPORTUNITY_CARD);
        _setValue(field(MultiSelectComboBox.class, "candidate.citizenships"), Set.of());
        next();
        assertInvalid("candidate.citizenships", "Bitte mindestens einen Wert angeben.");
        _setValue(field(MultiSelectComboBox.class, "candidate.citizenships"), Set.of("XK"));
        next();
        assertThat(stepHeading()).isEqualTo("Schritt 4 von 6: Ihr Anliegen");
    }

    @Test
    void countries_are_named_in_the_visitors_language_with_their_codes_and_kosovo_is_among_them() {
        toStep(3);
        ComboBox<?> residence = field(ComboBox.class, "candidate.countryOfResidence");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(residence))
                .contains("Kosovo (XK)", "Serbien (RS)", "Indien (IN)", "Deutschland (DE)");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> citizenships = field(MultiSelectComboBox.class, "candidate.citizenships");
        assertThat(citizenships.getListDataView().getItems().map(citizenships.getItemLabelGenerator()::apply))
                .contains("Kosovo (XK)", "Serbien (RS)");
    }

    @Test
    void at_least_one_wish_must_be_chosen_and_each_is_explained() {
        toStep(4);
        CheckboxGroup<?> wishes = field(CheckboxGroup.class, "wishes");
        next();

        assertInvalid("wishes", "Bitte wählen Sie mindestens ein Anliegen aus.");
        assertThat(wishes.getLabel()).isEqualTo("Wobei dürfen wir Ihnen helfen? (Pflichtangabe)");
        _setValue(field(CheckboxGroup.class, "wishes"), Set.of(PrecheckFormView.Wish.RECOGNITION_HELP));
        next();
        assertThat(stepHeading()).isEqualTo("Schritt 5 von 6: Unterlagen");
    }

    @Test
    void a_document_is_judged_by_its_content_not_by_its_name() {
        toStep(5);
        Upload upload = _get(Upload.class);
        UploadKt._upload(upload, "x.pdf", "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1));

        Div errors = _get(Div.class, spec -> spec.withClasses("precheck-document-errors"));
        assertThat(errors.getElement().getTextRecursively())
                .isEqualTo("Die Datei „x.pdf“ ist kein PDF-, JPEG- oder PNG-Dokument.");
        assertThat(errors.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(documentNames()).containsExactly("Noch keine Unterlagen");

        UploadKt._upload(_get(Upload.class), "Lebenslauf.pdf", PDF);
        UploadKt._upload(_get(Upload.class), "Pass.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1});
        assertThat(documentNames()).hasSize(2).first().asString().startsWith("Lebenslauf.pdf");
        _click(_get(Button.class, spec -> spec.withPredicate(
                button -> "„Lebenslauf.pdf“ entfernen".equals(button.getAriaLabel().orElse(null)))));
        assertThat(documentNames()).singleElement().asString().startsWith("Pass.png");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("precheck-document-status")).getText())
                .isEqualTo("„Lebenslauf.pdf“ wurde entfernt.");
    }

    @Test
    void a_document_larger_than_allowed_is_refused_and_an_empty_one_too() {
        toStep(5);
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        UploadKt._upload(_get(Upload.class), "Scan.pdf", tooLarge);
        assertThat(_get(Div.class, spec -> spec.withClasses("precheck-document-errors")).getElement()
                .getTextRecursively()).isEqualTo("Die Datei „Scan.pdf“ ist größer als 10 MB.");
        UploadKt._upload(_get(Upload.class), "leer.pdf", new byte[0]);
        assertThat(_get(Div.class, spec -> spec.withClasses("precheck-document-errors")).getElement()
                .getTextRecursively()).isEqualTo("Die Datei „leer.pdf“ ist leer.");
        assertThat(documentNames()).containsExactly("Noch keine Unterlagen");
    }

    @Test
    void the_privacy_notice_must_be_acknowledged_and_links_to_the_privacy_policy() {
        toStep(6);
        _click(button("Vorprüfung absenden"));

        assertInvalid("privacyNoticeAcknowledged", "Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen "
                + "haben.");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class)).anySatisfy(anchor -> {
            assertThat(anchor.getHref()).isEqualTo("datenschutz");
            assertThat(anchor.getText()).startsWith("Datenschutzerklärung");
        });
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("pre-check");
    }

    @Test
    void a_language_switch_mid_form_keeps_every_value_and_translates_labels_and_messages() {
        toStep(2);
        fillPosition();
        _setValue(field(TextField.class, "position.workplace.postcode"), "33098");
        next();
        assertInvalid("position.workplace.postcode", "Der Arbeitsort muss im Kreis Lippe liegen. Für andere Orte ist "
                + "das Welcome-Center des dortigen Kreises zuständig.");

        _click(_get(Button.class, spec -> spec.withText("English")));

        assertThat(stepHeading()).isEqualTo("Step 2 of 6: Position");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Pre-check – step 2 of 6: Position");
        assertThat(field(TextField.class, "position.title").getLabel()).isEqualTo("Employed as");
        assertThat(field(TextField.class, "position.title").getValue()).isEqualTo("Tischler/in");
        assertThat(field(TextField.class, "position.workplace.postcode").getValue()).isEqualTo("33098");
        assertInvalid("position.workplace.postcode", "The workplace must be in Kreis Lippe. For other places, the "
                + "Welcome-Center of that district is responsible.");
        assertThat(field(RadioButtonGroup.class, "position.collectiveAgreement").getValue()).isEqualTo(Boolean.TRUE);

        _click(button("Back"));
        assertThat(field(TextField.class, "employer.companyName").getValue()).isEqualTo("Tischlerei Beispiel");
        assertThat(field(TextField.class, "employer.companyName").getLabel()).isEqualTo("Company name");
    }

    @Test
    void a_reload_in_the_middle_of_the_form_restores_every_answer_and_the_step() {
        toStep(3);
        fillCandidate();
        _setValue(field(ComboBox.class, "candidate.countryOfResidence"), "DE");
        _setValue(field(ComboBox.class, "candidate.residenceStatus"), ResidenceStatus.BLUE_CARD);

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("pre-check");

        assertThat(stepHeading()).isEqualTo("Schritt 3 von 6: Fachkraft");
        assertThat(field(TextField.class, "candidate.familyName").getValue()).isEqualTo("Petrović");
        assertThat(field(DatePicker.class, "candidate.birthDate").getValue()).isEqualTo(LocalDate.of(1994, 3, 12));
        assertThat(field(MultiSelectComboBox.class, "candidate.citizenships").getValue()).isEqualTo(Set.of("RS"));
        assertThat(field(ComboBox.class, "candidate.residenceStatus").getValue()).isEqualTo(ResidenceStatus.BLUE_CARD);
        assertThat(field(RadioButtonGroup.class, "candidate.recognition").getValue()).isEqualTo(Recognition.FULL);
        _click(button("Zurück"));
        assertThat(field(BigDecimalField.class, "position.grossAnnualSalary").getValue()).isEqualByComparingTo("42000");
        _click(button("Zurück"));
        assertThat(field(ComboBox.class, "employer.legalForm").getValue()).isEqualTo("GmbH");
        assertThat(field(EmailField.class, "employer.email").getValue()).isEqualTo("personal@tischlerei-beispiel.de");

        next();
        next();
        next();
        _setValue(field(CheckboxGroup.class, "wishes"), Set.of(PrecheckFormView.Wish.ADVICE));
        next();
        UploadKt._upload(_get(Upload.class), "Zeugnis.pdf", PDF);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("pre-check");
        assertThat(stepHeading()).isEqualTo("Schritt 5 von 6: Unterlagen");
        assertThat(documentNames()).singleElement().asString().startsWith("Zeugnis.pdf");
    }

    @Test
    void the_self_check_hands_over_what_it_knows_and_its_assessment_goes_with_the_case() {
        SelfCheckCase selfCheckCase = PrecheckService.selfCheckCase(Applications.valid(), LocalDate.now());
        Assessment assessment = selfCheck.assess(selfCheckCase);
        SelfCheckDraft.store(VaadinSession.getCurrent(), new SelfCheckDraft(selfCheckCase, assessment));

        UI.getCurrent().navigate("pre-check");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("precheck-notice")).getText())
                .isEqualTo("Wir haben Ihre Angaben aus dem Selbst-Check übernommen. Bitte prüfen und ergänzen Sie sie.");
        fillEmployer();
        next();
        assertThat(field(TextField.class, "position.isco").getValue()).isEqualTo("7522");
        assertThat(field(BigDecimalField.class, "position.grossAnnualSalary").getValue()).isEqualByComparingTo("42000");
        assertThat(field(BigDecimalField.class, "position.weeklyHours").getValue()).isEqualByComparingTo("40");
        assertThat(field(RadioButtonGroup.class, "position.collectiveAgreement").getValue()).isEqualTo(Boolean.TRUE);
        assertThat(field(RadioButtonGroup.class, "position.fixedTerm").getValue()).isEqualTo(Boolean.FALSE);
        _setValue(field(TextField.class, "position.title"), "Tischler/in");
        fillAddress("position.workplace", "Werkstraße 5", "32657", "Lemgo");
        _setValue(field(DatePicker.class, "position.startDate"), LocalDate.now().plusMonths(2));
        next();
        assertThat(field(MultiSelectComboBox.class, "candidate.citizenships").getValue()).isEqualTo(Set.of("RS"));
        assertThat(field(RadioButtonGroup.class, "candidate.qualification").getValue())
                .isEqualTo(QualificationKind.VOCATIONAL);
        assertThat(field(RadioButtonGroup.class, "candidate.recognition").getValue()).isEqualTo(Recognition.FULL);
        assertThat(field(ComboBox.class, "candidate.germanLevel").getValue()).isEqualTo(GermanLevel.B1);
        assertThat(field(DatePicker.class, "candidate.birthDate").getValue()).as("no date from an age").isNull();
        _setValue(field(TextField.class, "candidate.givenNames"), "Dragana");
        _setValue(field(TextField.class, "candidate.familyName"), "Petrović");
        _setValue(field(DatePicker.class, "candidate.birthDate"), LocalDate.of(1994, 3, 12));
        _setValue(field(ComboBox.class, "candidate.countryOfResidence"), "RS");
        next();
        _setValue(field(CheckboxGroup.class, "wishes"), Set.of(PrecheckFormView.Wish.ADVICE));
        next();
        next();
        _setValue(field(Checkbox.class, "privacyNoticeAcknowledged"), true);
        _click(button("Vorprüfung absenden"));

        String reference = _get(Span.class, spec -> spec.withClasses("precheck-reference-number")).getText();
        assertThat(cases.findByReference(reference).orElseThrow().pathway())
                .isEqualTo(assessment.recommendation().pathway());
    }

    // ---------------------------------------------------------------- walking the form

    /** Opens the form and fills in every step before the given one (1-based). */
    private void toStep(int step) {
        UI.getCurrent().navigate("pre-check");
        if (step > 1) {
            fillEmployer();
            next();
        }
        if (step > 2) {
            fillPosition();
            next();
        }
        if (step > 3) {
            fillCandidate();
            next();
        }
        if (step > 4) {
            _setValue(field(CheckboxGroup.class, "wishes"), Set.of(PrecheckFormView.Wish.ADVICE));
            next();
        }
        if (step > 5) {
            next();
        }
        assertThat(stepHeading()).startsWith("Schritt " + step + " von 6");
    }

    private void fillEmployer() {
        _setValue(field(TextField.class, "employer.companyName"), "Tischlerei Beispiel");
        _setValue(field(ComboBox.class, "employer.legalForm"), "GmbH");
        fillAddress("employer.address", "Lange Straße 1", "32756", "Detmold");
        _setValue(field(TextField.class, "employer.registerNumber"), "HRB 1234");
        _setValue(field(TextField.class, "employer.contactName"), "Erika Mustermann");
        _setValue(field(EmailField.class, "employer.email"), "personal@tischlerei-beispiel.de");
        _setValue(field(TextField.class, "employer.phone"), "05231 12345");
    }

    private void fillAddress(String prefix, String street, String postcode, String city) {
        _setValue(field(TextField.class, prefix + ".street"), street);
        _setValue(field(TextField.class, prefix + ".postcode"), postcode);
        _setValue(field(TextField.class, prefix + ".city"), city);
    }

    private void fillPosition() {
        _setValue(field(TextField.class, "position.title"), "Tischler/in");
        _setValue(field(TextField.class, "position.isco"), "7522");
        fillAddress("position.workplace", "Werkstraße 5", "32657", "Lemgo");
        _setValue(field(DatePicker.class, "position.startDate"), LocalDate.now().plusMonths(2));
        _setValue(field(BigDecimalField.class, "position.weeklyHours"), new BigDecimal("40"));
        _setValue(field(BigDecimalField.class, "position.grossAnnualSalary"), new BigDecimal("42000"));
        _setValue(field(RadioButtonGroup.class, "position.collectiveAgreement"), Boolean.TRUE);
    }

    private void fillCandidate() {
        _setValue(field(TextField.class, "candidate.givenNames"), "Dragana");
        _setValue(field(TextField.class, "candidate.familyName"), "Petrović");
        _setValue(field(DatePicker.class, "candidate.birthDate"), LocalDate.of(1994, 3, 12));
        _setValue(field(MultiSelectComboBox.class, "candidate.citizenships"), Set.of("RS"));
        _setValue(field(ComboBox.class, "candidate.countryOfResidence"), "RS");
        _setValue(field(RadioButtonGroup.class, "candidate.qualification"), QualificationKind.VOCATIONAL);
        _setValue(field(TextField.class, "candidate.qualificationTitle"), "Stolar");
        _setValue(field(RadioButtonGroup.class, "candidate.recognition"), Recognition.FULL);
        _setValue(field(TextField.class, "candidate.recognitionReference"), "HWK-OWL 2026/123");
        _setValue(field(ComboBox.class, "candidate.germanLevel"), GermanLevel.B1);
    }

    private static void next() {
        _click(_get(Button.class, spec -> spec.withPredicate(
                button -> "Weiter".equals(button.getText()) || "Next".equals(button.getText()))));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static String stepHeading() {
        return _get(H2.class, spec -> spec.withClasses("precheck-step-heading")).getText();
    }

    private static List<String> documentNames() {
        return _find(ListItem.class, spec -> spec.withPredicate(item -> item.getParent()
                .map(parent -> parent.hasClassName("precheck-documents")).orElse(false)))
                .stream().map(item -> item.getElement().getTextRecursively()).toList();
    }

    private static <T extends Component> T field(Class<T> type, String path) {
        return _get(type, spec -> spec.withAttribute("data-field", path));
    }

    private static void assertInvalid(String path, String message) {
        HasValidationProperties field = (HasValidationProperties) _get(Component.class,
                spec -> spec.withAttribute("data-field", path));
        assertThat(field.isInvalid()).as(path + " is invalid").isTrue();
        assertThat(field.getErrorMessage()).as(path).isEqualTo(message);
    }
}
