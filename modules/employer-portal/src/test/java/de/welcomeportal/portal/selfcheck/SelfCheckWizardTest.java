package de.welcomeportal.portal.selfcheck;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import de.welcomeportal.portal.selfcheck.Occupations.Occupation;
import de.welcomeportal.portal.selfcheck.rules.BlueCardVariant;
import de.welcomeportal.portal.selfcheck.rules.JobKind;
import de.welcomeportal.portal.selfcheck.rules.Location;
import de.welcomeportal.portal.selfcheck.rules.Outcome;
import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.Recognition;
import de.welcomeportal.portal.selfcheck.rules.ResidenceStatus;
import de.welcomeportal.testapp.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-check wizard without a browser: whole journeys in German and English up to the result page, and what
 * the wizard promises on the way (answers kept when going back or switching the language, messages at the field,
 * follow-up questions only when they matter, the ISCO picker, the missing-figures message and the pre-check
 * draft). Fields are found by their visible label in the language under test, as a visitor finds them.
 */
class SelfCheckWizardTest extends KaribuTest {

    private static final LocalDate DECISION_DATE = LocalDate.of(2026, 3, 1);

    @Autowired
    SelfCheckTexts texts;

    @Autowired
    Occupations occupations;

    // --- journeys, each in German and English ---

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void an_eu_citizen_needs_no_permit_under_free_movement(String language) {
        open(language);
        citizenships("PL");
        next();
        location(Location.ABROAD);
        next();
        qualificationAndAge(QualificationKind.SCHOOL, 30);
        next();
        salaryAndDate("32000", DECISION_DATE);
        showResult();

        assertRecommendation(Pathway.FREE_MOVEMENT, Outcome.ELIGIBLE);
        assertThat(recommendation().getElement().getTextRecursively()).contains("FreizügG/EU");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void an_indian_software_developer_with_a_comparable_degree_gets_the_general_blue_card(String language) {
        open(language);
        blueCardCase();

        assertRecommendation(Pathway.BLUE_CARD, Outcome.ELIGIBLE);
        String text = recommendation().getElement().getTextRecursively();
        assertThat(text).contains(texts.text(BlueCardVariant.GENERAL, locale()), "§ 18g Abs. 1 Satz 1 AufenthG");
        assertThat(text).contains(language.equals("de") ? "Blaue Karte EU" : "EU Blue Card");
        assertThat(text).as("amounts carry one € sign").contains(language.equals("de") ? "60.000 €" : "€60,000")
                .doesNotContain("€€", "€ €");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(language.equals("de")
                ? "Selbst-Check – Ergebnis – Welcome-Center Kreis Lippe"
                : "Self-check – result – Welcome-Center Kreis Lippe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void a_cook_of_46_below_the_age_threshold_is_conditional_on_pension_proof(String language) {
        open(language);
        citizenships("VN");
        next();
        location(Location.ABROAD);
        next();
        qualificationAndAge(QualificationKind.VOCATIONAL, 46);
        _setValue(radio("selfcheck.wizard.person.recognition"), Recognition.FULL);
        assertThat(checkbox("selfcheck.wizard.person.pension").isVisible()).as("asked from 45 on").isTrue();
        next();
        occupation(language.equals("de") ? "Koch" : "cook", "5120");
        _setValue(checkbox("selfcheck.wizard.job.qualified"), true);
        salaryAndDate("40000", DECISION_DATE);
        showResult();

        assertRecommendation(Pathway.SKILLED_18A, Outcome.CONDITIONAL);
        String text = recommendation().getElement().getTextRecursively();
        assertThat(text).contains(t("selfcheck.wizard.result.missing"), "§ 18 Abs. 2 Nr. 5 AufenthG");
        assertThat(text).contains(language.equals("de") ? "Altersversorgung" : "old-age provision");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void a_kosovar_kitchen_helper_can_come_under_the_western_balkans_rule(String language) {
        open(language);
        citizenships("XK");
        next();
        location(Location.ABROAD);
        next();
        qualificationAndAge(QualificationKind.NONE, 28);
        next();
        occupation(language.equals("de") ? "Küchenhilfe" : "kitchen helper", "9412");
        salaryAndDate("30000", DECISION_DATE);
        showResult();

        assertRecommendation(Pathway.WESTERN_BALKANS, Outcome.ELIGIBLE);
        assertThat(recommendation().getElement().getTextRecursively()).contains("§ 26 Abs. 2 BeschV");
        assertThat(_get(H2.class, spec -> spec.withText(t("selfcheck.wizard.result.warnings")))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void an_asylum_seeker_with_a_gestattung_needs_an_employment_permit(String language) {
        open(language);
        citizenships("AF");
        next();
        location(Location.IN_GERMANY);
        _setValue(radio("selfcheck.wizard.residence.status"), ResidenceStatus.ASYLUM_PENDING);
        _setValue(integerField("selfcheck.wizard.residence.months-of-stay"), 8);
        _setValue(datePicker("selfcheck.wizard.residence.asylum-applied-on"), LocalDate.of(2025, 6, 1));
        next();
        qualificationAndAge(QualificationKind.NONE, 25);
        next();
        salaryAndDate("30000", DECISION_DATE);
        showResult();

        assertRecommendation(Pathway.EMPLOYMENT_PERMIT_GESTATTUNG, Outcome.ELIGIBLE);
        assertThat(recommendation().getElement().getTextRecursively()).contains("§ 61 AsylG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void a_ukrainian_with_a_section_24_permit_may_work_under_temporary_protection(String language) {
        open(language);
        citizenships("UA");
        next();
        location(Location.IN_GERMANY);
        _setValue(radio("selfcheck.wizard.residence.status"), ResidenceStatus.TEMPORARY_PROTECTION);
        next();
        qualificationAndAge(QualificationKind.SCHOOL, 40);
        next();
        salaryAndDate("30000", DECISION_DATE);
        showResult();

        assertRecommendation(Pathway.TEMPORARY_PROTECTION_24, Outcome.ELIGIBLE);
        assertThat(recommendation().getElement().getTextRecursively()).contains("§ 24 AufenthG");
    }

    // --- what the wizard promises on the way ---

    @Test
    void the_first_step_names_the_step_in_heading_title_and_progress() {
        open("de");
        assertThat(_get(H1.class).getText()).isEqualTo("Selbst-Check");
        assertThat(stepHeading()).isEqualTo("Schritt 1 von 4: Staatsangehörigkeit");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Selbst-Check – Schritt 1 von 4: Staatsangehörigkeit – Welcome-Center Kreis Lippe");
        citizenships("IN");
        next();
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Selbst-Check – Schritt 2 von 4: Aufenthalt – Welcome-Center Kreis Lippe");
        List<ListItem> current = _find(ListItem.class).stream()
                .filter(item -> "step".equals(item.getElement().getAttribute("aria-current"))).toList();
        assertThat(current).hasSize(1);
        assertThat(current.getFirst().getElement().getTextRecursively()).startsWith("Aufenthalt").contains("aktuell");
        assertThat(_find(ListItem.class).stream().map(item -> item.getElement().getTextRecursively()))
                .anyMatch(text -> text.startsWith("Staatsangehörigkeit") && text.contains("erledigt"));
    }

    @Test
    void going_back_keeps_every_answer() {
        open("de");
        citizenships("IN", "GB");
        next();
        location(Location.IN_GERMANY);
        _setValue(radio("selfcheck.wizard.residence.status"), ResidenceStatus.BLUE_CARD);
        _setValue(integerField("selfcheck.wizard.residence.months-of-stay"), 14);
        back();
        assertThat(stepHeading()).startsWith("Schritt 1");
        assertThat(citizenshipField().getValue()).containsExactlyInAnyOrder("IN", "GB");
        next();
        assertThat(radio("selfcheck.wizard.residence.location").getValue()).isEqualTo(Location.IN_GERMANY);
        assertThat(radio("selfcheck.wizard.residence.status").getValue()).isEqualTo(ResidenceStatus.BLUE_CARD);
        assertThat(integerField("selfcheck.wizard.residence.months-of-stay").getValue()).isEqualTo(14);
    }

    @Test
    void changing_answers_after_the_result_keeps_them_all() {
        open("de");
        blueCardCase();
        _click(button("selfcheck.wizard.result.change"));
        assertThat(stepHeading()).startsWith("Schritt 1");
        assertThat(citizenshipField().getValue()).containsExactly("IN");
        next();
        next();
        assertThat(integerField("selfcheck.wizard.person.age").getValue()).isEqualTo(34);
        next();
        assertThat(bigDecimalField("selfcheck.wizard.job.salary").getValue()).isEqualByComparingTo("60000");
        assertThat(occupationField().getValue().isco()).isEqualTo("2512");
    }

    @Test
    void a_language_switch_mid_wizard_keeps_the_answers_and_switches_the_labels() {
        open("de");
        citizenships("IN");
        next();
        location(Location.IN_GERMANY);
        _setValue(radio("selfcheck.wizard.residence.status"), ResidenceStatus.ASYLUM_PENDING);
        _setValue(integerField("selfcheck.wizard.residence.months-of-stay"), 8);

        _click(_get(Button.class, spec -> spec.withText("English")));

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(stepHeading()).isEqualTo("Step 2 of 4: Residence");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Self-check – step 2 of 4: Residence – Welcome-Center Kreis Lippe");
        RadioButtonGroup<Object> where = radio("selfcheck.wizard.residence.location");
        assertThat(where.getLabel()).isEqualTo("Where is the person now?");
        assertThat(where.getValue()).isEqualTo(Location.IN_GERMANY);
        assertThat(radio("selfcheck.wizard.residence.status").getValue()).isEqualTo(ResidenceStatus.ASYLUM_PENDING);
        assertThat(integerField("selfcheck.wizard.residence.months-of-stay").getValue()).isEqualTo(8);
        assertThat(_find(Details.class).stream().map(Details::getSummaryText)).contains("What is a “Duldung”?");
        back();
        assertThat(citizenshipField().getLabel()).isEqualTo("Citizenship(s) of the person");
        assertThat(citizenshipField().getValue()).containsExactly("IN");
        assertThat(citizenshipField().getItemLabelGenerator().apply("IN")).isEqualTo("India");
        assertNoMissingTranslations();
    }

    @Test
    void invalid_input_is_reported_at_the_field_and_nothing_typed_is_lost() {
        open("de");
        next();
        assertThat(stepHeading()).as("Next does not advance").startsWith("Schritt 1");
        assertThat(citizenshipField().isInvalid()).isTrue();
        assertThat(citizenshipField().getErrorMessage())
                .isEqualTo("Bitte wählen Sie mindestens eine Staatsangehörigkeit aus.");
        citizenships("IN");
        next();
        location(Location.ABROAD);
        next();

        _setValue(integerField("selfcheck.wizard.person.age"), 12);
        next();
        assertThat(stepHeading()).startsWith("Schritt 3");
        IntegerField age = integerField("selfcheck.wizard.person.age");
        assertThat(age.isInvalid()).isTrue();
        assertThat(age.getErrorMessage()).isEqualTo("Bitte geben Sie das Alter als ganze Zahl von 15 bis 99 an.");
        assertThat(age.getValue()).isEqualTo(12);
        RadioButtonGroup<Object> qualification = radio("selfcheck.wizard.person.qualification");
        assertThat(qualification.isInvalid()).isTrue();
        assertThat(qualification.getErrorMessage()).isEqualTo("Bitte wählen Sie den höchsten Abschluss der Person aus.");

        _click(_get(Button.class, spec -> spec.withText("English")));
        assertThat(integerField("selfcheck.wizard.person.age").getErrorMessage())
                .as("the message follows the language").isEqualTo("Please enter the age as a whole number from 15 to 99.");
        _click(_get(Button.class, spec -> spec.withText("Deutsch")));

        qualificationAndAge(QualificationKind.NONE, 40);
        next();
        assertThat(stepHeading()).startsWith("Schritt 4");
        BigDecimalField hours = bigDecimalField("selfcheck.wizard.job.hours");
        _setValue(hours, new BigDecimal("70"));
        _click(button("selfcheck.wizard.show-result"));
        assertThat(stepHeading()).startsWith("Schritt 4");
        BigDecimalField salary = bigDecimalField("selfcheck.wizard.job.salary");
        assertThat(salary.isInvalid()).isTrue();
        assertThat(salary.getErrorMessage()).startsWith("Bitte geben Sie das Bruttojahresgehalt in Euro an");
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Bitte geben Sie die Wochenarbeitszeit von 1 bis 60 Stunden an.");
        assertThat(hours.getValue()).isEqualByComparingTo("70");
        _setValue(salary, new BigDecimal("-5"));
        _click(button("selfcheck.wizard.show-result"));
        assertThat(salary.isInvalid()).as("zero or less is no salary").isTrue();
        assertThat(salary.getValue()).isEqualByComparingTo("-5");
    }

    @Test
    void follow_up_questions_appear_only_when_they_matter() {
        open("de");
        citizenships("SY");
        next();
        location(Location.ABROAD);
        _assertNone(RadioButtonGroup.class, spec -> spec.withLabel(t("selfcheck.wizard.residence.status")));
        location(Location.IN_GERMANY);
        _setValue(radio("selfcheck.wizard.residence.status"), ResidenceStatus.SETTLEMENT_PERMIT);
        _assertNone(Checkbox.class, spec -> spec.withLabel(t("selfcheck.wizard.residence.reception-facility")));
        _assertNone(IntegerField.class, spec -> spec.withLabel(t("selfcheck.wizard.residence.months-of-stay")));
        _setValue(radio("selfcheck.wizard.residence.status"), ResidenceStatus.TOLERATED);
        _assertOne(Checkbox.class, spec -> spec.withLabel(t("selfcheck.wizard.residence.reception-facility")));
        _assertOne(Checkbox.class, spec -> spec.withLabel(t("selfcheck.wizard.residence.60d-met")));
        _setValue(integerField("selfcheck.wizard.residence.months-of-stay"), 20);
        next();

        qualificationAndAge(QualificationKind.SCHOOL, 30);
        _assertNone(RadioButtonGroup.class, spec -> spec.withLabel(t("selfcheck.wizard.person.recognition")));
        _assertNone(Checkbox.class, spec -> spec.withLabel(t("selfcheck.wizard.person.pension")));
        _setValue(radio("selfcheck.wizard.person.qualification"), QualificationKind.VOCATIONAL);
        _assertOne(RadioButtonGroup.class, spec -> spec.withLabel(t("selfcheck.wizard.person.recognition")));
        next();

        _assertNone(Checkbox.class, spec -> spec.withLabel(t("selfcheck.wizard.job.travel-costs")));
        _assertNone(Checkbox.class, spec -> spec.withLabel(t("selfcheck.wizard.job.private-agency")));
        _assertOne(Checkbox.class, spec -> spec.withLabel(t("selfcheck.wizard.job.partnership-agreement")));
        _setValue(radio("selfcheck.wizard.job.kind"), JobKind.SHORT_TERM_CONTINGENT);
        _assertOne(Checkbox.class, spec -> spec.withLabel(t("selfcheck.wizard.job.travel-costs")));
        _assertNone(Checkbox.class, spec -> spec.withLabel(t("selfcheck.wizard.job.partnership-agreement")));
        _assertNone(IntegerField.class, spec -> spec.withLabel(t("selfcheck.wizard.job.contract-months")));
        _setValue(radio("selfcheck.wizard.job.contract"), JobStep.Contract.FIXED_TERM);
        _assertOne(IntegerField.class, spec -> spec.withLabel(t("selfcheck.wizard.job.contract-months")));
    }

    @Test
    void legal_terms_are_explained_in_place() {
        open("de");
        assertThat(_find(Details.class)).isNotEmpty();
        citizenships("SY");
        next();
        location(Location.IN_GERMANY);
        List<String> summaries = _find(Details.class).stream().map(Details::getSummaryText).toList();
        assertThat(summaries).contains("Was ist eine „Duldung“?", "Was ist eine „Aufenthaltsgestattung“?");
        _setValue(radio("selfcheck.wizard.residence.status"), ResidenceStatus.PERMIT_ANY_EMPLOYMENT);
        next();
        _setValue(radio("selfcheck.wizard.person.qualification"), QualificationKind.VOCATIONAL);
        assertThat(_find(Details.class).stream().map(Details::getSummaryText)).contains("Was ist die „Anerkennung“?");
    }

    @Test
    void the_occupation_picker_finds_job_titles_in_german_and_english() {
        assertThat(occupations.search("Softwareentwickler", Locale.GERMAN).getFirst().isco()).isEqualTo("2512");
        assertThat(occupations.search("software developer", Locale.ENGLISH).getFirst().isco()).isEqualTo("2512");
        assertThat(occupations.search("Krankenpfleger", Locale.GERMAN).getFirst().isco()).isEqualTo("2221");
        assertThat(occupations.search("KUECHENHILFE", Locale.GERMAN).getFirst().isco()).as("umlaut spelled out")
                .isEqualTo("9412");
        assertThat(occupations.search("Strasse", Locale.GERMAN)).as("ß spelled ss").isNotEmpty();
        assertThat(occupations.search("2512", Locale.GERMAN).getFirst().isco()).isEqualTo("2512");

        open("de");
        citizenships("IN");
        next();
        location(Location.ABROAD);
        next();
        qualificationAndAge(QualificationKind.ACADEMIC, 30);
        next();
        ComboBox<Occupation> picker = occupationField();
        ComboBoxKt.setUserInput(picker, "Softwareentwickler");
        assertThat(ComboBoxKt.getSuggestionItems(picker)).extracting(Occupation::isco).first().isEqualTo("2512");
        assertThat(ComboBoxKt.getSuggestions(picker).getFirst()).isEqualTo("Softwareentwickler/in (ISCO 2512)");
        ComboBoxKt.setUserInput(picker, "Krankenpfleger");
        assertThat(ComboBoxKt.getSuggestionItems(picker)).extracting(Occupation::isco).contains("2221");
        ComboBoxKt.setUserInput(picker, "software developer");
        assertThat(ComboBoxKt.getSuggestionItems(picker)).extracting(Occupation::isco).first().isEqualTo("2512");
    }

    @Test
    void the_occupation_file_holds_the_isco_structure() {
        List<Occupation> all = occupations.all();
        assertThat(all.stream().filter(o -> o.isco().length() == 2)).hasSize(43);
        assertThat(all.stream().filter(o -> o.isco().length() == 3)).hasSize(130);
        assertThat(all.stream().filter(Occupation::isJobTitle)).hasSizeGreaterThanOrEqualTo(80);
        Set<String> codes = new HashSet<>();
        all.forEach(o -> codes.add(o.isco()));
        assertThat(all).allSatisfy(o -> {
            assertThat(o.titleEn()).isNotBlank();
            assertThat(o.titleDe()).isNotBlank();
            if (o.isco().length() > 2) {
                assertThat(codes).as("the group above " + o.isco())
                        .contains(o.isco().substring(0, o.isco().length() - 1));
            }
        });
        assertThat(occupations.byCode("5120")).map(o -> o.title(Locale.ENGLISH)).contains("Cook");
    }

    @Test
    void a_date_without_figures_is_reported_at_the_date_field_and_the_answers_stay() {
        open("de");
        citizenships("IN");
        next();
        location(Location.ABROAD);
        next();
        qualificationAndAge(QualificationKind.ACADEMIC, 34);
        next();
        salaryAndDate("60000", LocalDate.of(2027, 6, 1));
        showResult();

        DatePicker date = datePicker("selfcheck.wizard.job.decision-date");
        assertThat(stepHeading()).startsWith("Schritt 4");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).startsWith("Für den 1. Juni 2027 sind die jährlichen Werte");
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(bigDecimalField("selfcheck.wizard.job.salary").getValue()).isEqualByComparingTo("60000");

        _setValue(date, DECISION_DATE);
        showResult();
        assertThat(stepHeadingOrNull()).as("the result is shown once the date has figures").isNull();
        assertThat(_get(H1.class).getText()).isEqualTo("Ergebnis des Selbst-Checks");
    }

    @Test
    void the_decision_date_defaults_to_today() {
        open("de");
        citizenships("IN");
        next();
        location(Location.ABROAD);
        next();
        qualificationAndAge(QualificationKind.NONE, 30);
        next();
        assertThat(datePicker("selfcheck.wizard.job.decision-date").getValue())
                .isEqualTo(context.getBean(SelfCheckService.class).today());
    }

    @Test
    void the_result_explains_closed_pathways_and_offers_print_and_pre_check() {
        open("de");
        blueCardCase();
        assertThat(_get(H1.class).getText()).isEqualTo("Ergebnis des Selbst-Checks");
        List<Details> whyNot = _find(Details.class, spec -> spec.withClasses("result-why-not"));
        assertThat(whyNot).isNotEmpty().allSatisfy(details -> {
            assertThat(details.isOpened()).as("collapsed").isFalse();
            assertThat(details.getSummaryText()).startsWith("Warum nicht: ");
        });
        assertThat(_find(Span.class, spec -> spec.withClasses("result-norm"))).isNotEmpty()
                .allSatisfy(norm -> assertThat(norm.getText()).startsWith("(").contains("§"));
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).as("links to the published guidance")
                .contains("guidance/blue-card");
        _assertOne(Button.class, spec -> spec.withText("Drucken oder als PDF speichern"));
        assertNoMissingTranslations();

        _click(_get(Button.class, spec -> spec.withText("English")));
        assertThat(_get(H1.class).getText()).isEqualTo("Your self-check result");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Self-check – result – Welcome-Center Kreis Lippe");
        assertThat(_get(recommendation(), H3.class).getText()).isEqualTo(texts.text(Pathway.BLUE_CARD, Locale.ENGLISH));
        assertThat(_find(Details.class, spec -> spec.withClasses("result-why-not")))
                .allSatisfy(details -> assertThat(details.getSummaryText()).startsWith("Why not: "));
        assertNoMissingTranslations();
    }

    @Test
    void submitting_as_pre_check_hands_the_answers_to_the_pre_check_form() {
        open("de");
        blueCardCase();
        _click(button("selfcheck.wizard.result.submit"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("pre-check");
        // what the form makes of the draft is tested with the form (PrecheckFormViewTest)
        assertThat(SelfCheckDraft.peek(VaadinSession.getCurrent())).as("the pre-check form took the draft").isEmpty();
    }

    @Test
    void the_wizard_is_embeddable_without_the_site_frame() {
        UI.getCurrent().navigate("embed/self-check");
        _assertOne(SelfCheckView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Selbst-Check");
        _assertNone(Nav.class);
    }

    // --- the visitor's actions ---

    private void blueCardCase() {
        citizenships("IN");
        next();
        location(Location.ABROAD);
        next();
        qualificationAndAge(QualificationKind.ACADEMIC, 34);
        _setValue(radio("selfcheck.wizard.person.recognition"), Recognition.FULL);
        next();
        occupation(UI.getCurrent().getLocale().getLanguage().equals("de") ? "Softwareentwickler" : "software developer",
                "2512");
        _setValue(checkbox("selfcheck.wizard.job.qualified"), true);
        salaryAndDate("60000", DECISION_DATE);
        showResult();
    }

    private static void open(String language) {
        // The test base switches the start page to German before each test; a browser would have received that
        // response (and its page title) before the visitor navigates on.
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().navigate("self-check", QueryParameters.of("lang", language));
        _assertOne(SelfCheckView.class);
    }

    private static void citizenships(String... codes) {
        _setValue(citizenshipField(), Set.of(codes));
    }

    private static void location(Location where) {
        _setValue(radio("selfcheck.wizard.residence.location"), where);
    }

    private static void qualificationAndAge(QualificationKind kind, int age) {
        _setValue(radio("selfcheck.wizard.person.qualification"), kind);
        _setValue(integerField("selfcheck.wizard.person.age"), age);
    }

    private static void occupation(String typed, String isco) {
        ComboBox<Occupation> picker = occupationField();
        ComboBoxKt.setUserInput(picker, typed);
        Occupation found = ComboBoxKt.getSuggestionItems(picker).stream()
                .filter(occupation -> occupation.isco().equals(isco)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + isco + " for " + typed));
        _setValue(picker, found);
    }

    private static void salaryAndDate(String salary, LocalDate date) {
        _setValue(bigDecimalField("selfcheck.wizard.job.salary"), new BigDecimal(salary));
        _setValue(datePicker("selfcheck.wizard.job.decision-date"), date);
    }

    private static void next() {
        _click(button("selfcheck.wizard.next"));
    }

    private static void back() {
        _click(button("selfcheck.wizard.back"));
    }

    private static void showResult() {
        _click(button("selfcheck.wizard.show-result"));
    }

    // --- reading the page ---

    private void assertRecommendation(Pathway pathway, Outcome outcome) {
        assertThat(stepHeadingOrNull()).as("the result page replaces the steps").isNull();
        Div block = recommendation();
        assertThat(_get(block, H3.class).getText()).isEqualTo(texts.text(pathway, locale()));
        String text = block.getElement().getTextRecursively();
        assertThat(text).contains(t("selfcheck.wizard.result.outcome", texts.text(outcome, locale())));
        assertThat(text).as("a norm is named").contains("§");
        assertNoMissingTranslations();
    }

    private static Div recommendation() {
        return _find(Div.class, spec -> spec.withClasses("result-pathway")).getFirst();
    }

    private static String stepHeading() {
        String heading = stepHeadingOrNull();
        assertThat(heading).as("a step is shown").isNotNull();
        return heading;
    }

    private static String stepHeadingOrNull() {
        return _find(H2.class).stream().filter(h -> h.getId().orElse("").startsWith("self-check-step-"))
                .map(H2::getText).findFirst().orElse(null);
    }

    private static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    private static Button button(String key) {
        String text = t(key);
        return _get(Button.class, spec -> spec.withText(text));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> citizenshipField() {
        String label = t("selfcheck.wizard.nationality.label");
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Occupation> occupationField() {
        String label = t("selfcheck.wizard.job.occupation");
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Object> radio(String key) {
        String label = t(key);
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    private static IntegerField integerField(String key) {
        String label = t(key);
        return _get(IntegerField.class, spec -> spec.withLabel(label));
    }

    private static BigDecimalField bigDecimalField(String key) {
        String label = t(key);
        return _get(BigDecimalField.class, spec -> spec.withLabel(label));
    }

    private static DatePicker datePicker(String key) {
        String label = t(key);
        return _get(DatePicker.class, spec -> spec.withLabel(label));
    }

    private static Checkbox checkbox(String key) {
        String label = t(key);
        return _get(Checkbox.class, spec -> spec.withLabel(label));
    }

    /** No text, label or attribute on the page is a "!key!" placeholder of a missing translation. */
    private static void assertNoMissingTranslations() {
        List<String> found = new ArrayList<>();
        collectMissing(UI.getCurrent().getElement(), found);
        assertThat(found).isEmpty();
    }

    private static void collectMissing(Element element, List<String> found) {
        if (element.isTextNode()) {
            if (element.getText().contains("!selfcheck.") || element.getText().contains("!site.")) {
                found.add(element.getText());
            }
            return;
        }
        element.getPropertyNames().forEach(name -> {
            Serializable value = element.getPropertyRaw(name);
            if (value != null && String.valueOf(value).contains("!selfcheck.")) {
                found.add(name + "=" + value);
            }
        });
        element.getAttributeNames().forEach(name -> {
            String value = element.getAttribute(name);
            if (value != null && value.contains("!selfcheck.")) {
                found.add(name + "=" + value);
            }
        });
        element.getChildren().forEach(child -> collectMissing(child, found));
    }
}
