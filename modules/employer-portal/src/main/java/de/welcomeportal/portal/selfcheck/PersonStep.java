package de.welcomeportal.portal.selfcheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.selfcheck.rules.Experience;
import de.welcomeportal.portal.selfcheck.rules.GermanLevel;
import de.welcomeportal.portal.selfcheck.rules.Qualification;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.Recognition;

/**
 * Step 3: qualification and its recognition, experience, German, age and, from 45 on, the proof of old-age
 * provision. Questions about recognition appear only for a vocational or academic qualification; the length of a
 * training only while it is not fully recognised; the degree date only for a degree.
 */
class PersonStep extends WizardStep {

    static final int MIN_AGE = 15;
    static final int MAX_AGE = 99;
    /** § 18 Abs. 2 Nr. 5 AufenthG: the age-45 rule. */
    static final int PENSION_RULE_AGE = 45;
    static final int MAX_TRAINING_YEARS = 10;

    private final Supplier<LocalDate> today;
    final RadioButtonGroup<QualificationKind> qualificationKind = new RadioButtonGroup<>();
    final RadioButtonGroup<Recognition> recognition = new RadioButtonGroup<>();
    private final TermExplanation recognitionTerm = new TermExplanation("selfcheck.wizard.term.recognition");
    final IntegerField trainingYears = new IntegerField();
    final Checkbox stateRecognisedAbroad = new Checkbox();
    final Checkbox confirmedByGermanBody = new Checkbox();
    private final TermExplanation zabTerm = new TermExplanation("selfcheck.wizard.term.zab");
    final DatePicker awardedOn = new DatePicker();
    final Checkbox professionalLicence = new Checkbox();
    final IntegerField relevantYears = new IntegerField();
    final IntegerField itYears = new IntegerField();
    final Select<GermanLevel> germanLevel = new Select<>();
    final IntegerField age = new IntegerField();
    final Checkbox pensionProvision = new Checkbox();
    private final TermExplanation pensionTerm = new TermExplanation("selfcheck.wizard.term.pension");

    PersonStep(Supplier<LocalDate> today) {
        super("person");
        this.today = today;
        qualificationKind.setItems(QualificationKind.values());
        qualificationKind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        qualificationKind.setRequiredIndicatorVisible(true);
        qualificationKind.setManualValidation(true);
        qualificationKind.addValueChangeListener(change -> updateVisibility());
        clearErrorOnChange(qualificationKind);

        recognition.setItems(Recognition.values());
        recognition.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        recognition.setValue(Recognition.NOT_ASSESSED);
        recognition.setManualValidation(true);
        recognition.addValueChangeListener(change -> updateVisibility());

        stateRecognisedAbroad.addValueChangeListener(change -> updateVisibility());
        awardedOn.setManualValidation(true);
        clearErrorOnChange(awardedOn);

        for (IntegerField number : List.of(trainingYears, relevantYears, itYears, age)) {
            number.setStepButtonsVisible(false);
            number.setManualValidation(true);
            clearErrorOnChange(number);
        }
        trainingYears.setMin(0);
        trainingYears.setMax(MAX_TRAINING_YEARS);
        relevantYears.setMin(0);
        relevantYears.setMax(5);
        itYears.setMin(0);
        itYears.setMax(7);

        germanLevel.setItems(GermanLevel.values());
        germanLevel.setValue(GermanLevel.NONE);
        germanLevel.setManualValidation(true);

        age.setMin(MIN_AGE);
        age.setMax(MAX_AGE);
        age.setRequiredIndicatorVisible(true);
        // Shows the pension question while the age is typed, so it is already there when the visitor tabs on.
        age.setValueChangeMode(ValueChangeMode.LAZY);
        age.addValueChangeListener(change -> updateVisibility());

        add(qualificationKind, recognition, recognitionTerm, trainingYears, stateRecognisedAbroad,
                confirmedByGermanBody, zabTerm, awardedOn, professionalLicence, relevantYears, itYears, germanLevel,
                age, pensionProvision, pensionTerm);
        updateVisibility();
    }

    @Override
    String nameKey() {
        return "selfcheck.wizard.step.person";
    }

    private void updateVisibility() {
        QualificationKind kind = qualificationKind.getValue();
        boolean vocational = kind == QualificationKind.VOCATIONAL;
        boolean academic = kind == QualificationKind.ACADEMIC;
        boolean formal = vocational || academic;
        recognition.setVisible(formal);
        recognitionTerm.setVisible(formal);
        trainingYears.setVisible(vocational && recognition.getValue() != Recognition.FULL);
        stateRecognisedAbroad.setVisible(formal);
        confirmedByGermanBody.setVisible(formal && stateRecognisedAbroad.getValue());
        zabTerm.setVisible(formal);
        awardedOn.setVisible(academic);
        professionalLicence.setVisible(formal);
        Integer years = age.getValue();
        boolean pensionRuleApplies = years != null && years >= PENSION_RULE_AGE;
        pensionProvision.setVisible(pensionRuleApplies);
        pensionTerm.setVisible(pensionRuleApplies);
        if (formal) {
            // The meaning of "full" differs: equivalence for a training, recognition or comparability for a degree.
            recognition.setItemLabelGenerator(this::recognitionLabel);
        }
    }

    private String recognitionLabel(Recognition value) {
        if (value == Recognition.FULL && qualificationKind.getValue() == QualificationKind.ACADEMIC) {
            return getTranslation("selfcheck.wizard.person.recognition.FULL.academic");
        }
        return getTranslation("selfcheck.wizard.person.recognition." + value.name());
    }

    @Override
    void localize() {
        qualificationKind.setLabel(getTranslation("selfcheck.wizard.person.qualification"));
        qualificationKind.setItemLabelGenerator(value ->
                getTranslation("selfcheck.wizard.person.qualification." + value.name()));
        recognition.setLabel(getTranslation("selfcheck.wizard.person.recognition"));
        recognition.setItemLabelGenerator(this::recognitionLabel);
        recognitionTerm.localize();
        trainingYears.setLabel(getTranslation("selfcheck.wizard.person.training-years"));
        trainingYears.setHelperText(getTranslation("selfcheck.wizard.person.training-years.help"));
        stateRecognisedAbroad.setLabel(getTranslation("selfcheck.wizard.person.state-recognised"));
        stateRecognisedAbroad.setHelperText(getTranslation("selfcheck.wizard.person.state-recognised.help"));
        confirmedByGermanBody.setLabel(getTranslation("selfcheck.wizard.person.confirmed"));
        zabTerm.localize();
        awardedOn.setLabel(getTranslation("selfcheck.wizard.person.awarded-on"));
        awardedOn.setHelperText(getTranslation("selfcheck.wizard.person.awarded-on.help"));
        WizardFields.localize(awardedOn, getLocale(), getTranslation("selfcheck.wizard.date.today"),
                getTranslation("selfcheck.wizard.date.cancel"));
        professionalLicence.setLabel(getTranslation("selfcheck.wizard.person.licence"));
        professionalLicence.setHelperText(getTranslation("selfcheck.wizard.person.licence.help"));
        relevantYears.setLabel(getTranslation("selfcheck.wizard.person.relevant-years"));
        relevantYears.setHelperText(getTranslation("selfcheck.wizard.person.relevant-years.help"));
        itYears.setLabel(getTranslation("selfcheck.wizard.person.it-years"));
        itYears.setHelperText(getTranslation("selfcheck.wizard.person.it-years.help"));
        germanLevel.setLabel(getTranslation("selfcheck.wizard.person.german"));
        germanLevel.setItemLabelGenerator(value -> getTranslation("selfcheck.wizard.person.german." + value.name()));
        age.setLabel(getTranslation("selfcheck.wizard.person.age"));
        age.setHelperText(getTranslation("selfcheck.wizard.person.age.help"));
        pensionProvision.setLabel(getTranslation("selfcheck.wizard.person.pension"));
        pensionTerm.localize();
    }

    @Override
    Optional<Component> findProblems() {
        Problems problems = new Problems();
        problems.check(qualificationKind, qualificationKind.getValue() != null,
                () -> getTranslation("selfcheck.wizard.person.qualification.required"));
        Integer training = trainingYears.getValue();
        problems.check(trainingYears, training == null || training >= 0 && training <= MAX_TRAINING_YEARS,
                () -> getTranslation("selfcheck.wizard.person.training-years.invalid", MAX_TRAINING_YEARS));
        LocalDate awarded = awardedOn.getValue();
        problems.check(awardedOn, awarded == null || !awarded.isAfter(today.get()),
                () -> getTranslation("selfcheck.wizard.date.not-in-future"));
        Integer relevant = relevantYears.getValue();
        problems.check(relevantYears, relevant == null || relevant >= 0 && relevant <= 5,
                () -> getTranslation("selfcheck.wizard.person.years.invalid", 5));
        Integer it = itYears.getValue();
        problems.check(itYears, it == null || it >= 0 && it <= 7,
                () -> getTranslation("selfcheck.wizard.person.years.invalid", 7));
        Integer years = age.getValue();
        problems.check(age, years != null && years >= MIN_AGE && years <= MAX_AGE,
                () -> getTranslation("selfcheck.wizard.person.age.invalid", MIN_AGE, MAX_AGE));
        return problems.first();
    }

    QualificationKind kind() {
        return qualificationKind.getValue() == null ? QualificationKind.NONE : qualificationKind.getValue();
    }

    Qualification qualification() {
        QualificationKind kind = kind();
        if (kind != QualificationKind.VOCATIONAL && kind != QualificationKind.ACADEMIC) {
            return Qualification.builder().kind(kind).build();
        }
        return Qualification.builder()
                .kind(kind)
                .recognition(recognition.getValue() == null ? Recognition.NOT_ASSESSED : recognition.getValue())
                .trainingYears(trainingYears.isVisible() ? trainingYears.getValue() : null)
                .stateRecognisedAbroad(stateRecognisedAbroad.getValue())
                .confirmedByGermanBody(confirmedByGermanBody.isVisible() && confirmedByGermanBody.getValue())
                .awardedOn(awardedOn.isVisible() ? awardedOn.getValue() : null)
                .professionalLicence(professionalLicence.getValue())
                .build();
    }

    Experience experience() {
        return new Experience(orZero(relevantYears.getValue()), orZero(itYears.getValue()));
    }

    GermanLevel german() {
        return germanLevel.getValue() == null ? GermanLevel.NONE : germanLevel.getValue();
    }

    int ageInYears() {
        Integer years = age.getValue();
        return years == null ? 0 : years;
    }

    boolean pensionProof() {
        return pensionProvision.isVisible() && pensionProvision.getValue();
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }
}
