package de.welcomeportal.portal.selfcheck;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.selfcheck.rules.InGermany;
import de.welcomeportal.portal.selfcheck.rules.Location;
import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.selfcheck.rules.ResidenceStatus;

/**
 * Step 2: abroad or in Germany, and in Germany with which document. Follow-up questions appear only for the
 * documents where they matter: months of stay and insured employment for § 9 BeschV and the asylum rules, the
 * reception facility, asylum dates and § 60d only for Gestattung and Duldung, the AsylbLG question only where the
 * Western Balkans rule can still be open, the current title's pathway only for a title bound to an employer.
 */
class ResidenceStep extends WizardStep {

    static final int MAX_MONTHS = 1200;
    private static final Set<ResidenceStatus> MONTHS_OF_STAY = EnumSet.of(ResidenceStatus.PERMIT_BOUND_TO_EMPLOYER,
            ResidenceStatus.BLUE_CARD, ResidenceStatus.JOB_SEEKER, ResidenceStatus.OPPORTUNITY_CARD,
            ResidenceStatus.ASYLUM_PENDING, ResidenceStatus.TOLERATED);
    private static final Set<ResidenceStatus> INSURED_EMPLOYMENT = EnumSet.of(
            ResidenceStatus.PERMIT_BOUND_TO_EMPLOYER, ResidenceStatus.BLUE_CARD, ResidenceStatus.JOB_SEEKER,
            ResidenceStatus.OPPORTUNITY_CARD);
    private static final Set<ResidenceStatus> ASYLUM = EnumSet.of(ResidenceStatus.ASYLUM_PENDING,
            ResidenceStatus.TOLERATED);
    /** Titles a person may hold for one employer; the change of employer follows the same pathway. */
    private static final List<Pathway> EMPLOYER_BOUND_PATHWAYS = List.of(Pathway.SKILLED_18A, Pathway.SKILLED_18B,
            Pathway.EXPERIENCE_19C, Pathway.RECOGNITION_PARTNERSHIP, Pathway.RECOGNITION_MEASURE_16D,
            Pathway.PRIVILEGED_NATIONALITY, Pathway.WESTERN_BALKANS, Pathway.NURSING_ASSISTANT_22A,
            Pathway.SHORT_TERM_CONTINGENT_15D, Pathway.VOCATIONAL_TRAINING_16A);

    private final SelfCheckTexts texts;
    private final Supplier<LocalDate> today;
    final RadioButtonGroup<Location> location = new RadioButtonGroup<>();
    final RadioButtonGroup<ResidenceStatus> status = new RadioButtonGroup<>();
    private final TermExplanation titleAllowsEmployment =
            new TermExplanation("selfcheck.wizard.term.employment-permitted");
    private final TermExplanation gestattung = new TermExplanation("selfcheck.wizard.term.gestattung");
    private final TermExplanation duldung = new TermExplanation("selfcheck.wizard.term.duldung");
    final Select<Pathway> currentTitlePathway = new Select<>();
    final IntegerField monthsOfStay = new IntegerField();
    final IntegerField monthsInsuredEmployment = new IntegerField();
    final Checkbox livesInReceptionFacility = new Checkbox();
    final DatePicker asylumAppliedOn = new DatePicker();
    final Checkbox asylumRejected = new Checkbox();
    final Checkbox receivedAsylumBenefits = new Checkbox();
    final Checkbox tolerationRequirementsMet = new Checkbox();
    private final TermExplanation tolerationForEmployment = new TermExplanation("selfcheck.wizard.term.60d");

    ResidenceStep(SelfCheckTexts texts, Supplier<LocalDate> today) {
        super("residence");
        this.texts = texts;
        this.today = today;
        location.setItems(Location.values());
        location.setRequiredIndicatorVisible(true);
        location.setManualValidation(true);
        location.addValueChangeListener(change -> updateVisibility());
        clearErrorOnChange(location);

        status.setItems(ResidenceStatus.values());
        status.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        status.setRequiredIndicatorVisible(true);
        status.setManualValidation(true);
        status.addValueChangeListener(change -> updateVisibility());
        clearErrorOnChange(status);

        currentTitlePathway.setItems(EMPLOYER_BOUND_PATHWAYS);
        currentTitlePathway.setEmptySelectionAllowed(true);
        currentTitlePathway.setManualValidation(true);

        for (IntegerField months : List.of(monthsOfStay, monthsInsuredEmployment)) {
            months.setMin(0);
            months.setMax(MAX_MONTHS);
            months.setStepButtonsVisible(false);
            months.setManualValidation(true);
            clearErrorOnChange(months);
        }
        asylumAppliedOn.setManualValidation(true);
        clearErrorOnChange(asylumAppliedOn);

        add(location, status, titleAllowsEmployment, gestattung, duldung, currentTitlePathway, monthsOfStay,
                monthsInsuredEmployment, livesInReceptionFacility, asylumAppliedOn, asylumRejected,
                tolerationRequirementsMet, tolerationForEmployment, receivedAsylumBenefits);
        updateVisibility();
    }

    @Override
    String nameKey() {
        return "selfcheck.wizard.step.residence";
    }

    private void updateVisibility() {
        boolean inGermany = location.getValue() == Location.IN_GERMANY;
        ResidenceStatus chosen = inGermany ? status.getValue() : null;
        status.setVisible(inGermany);
        titleAllowsEmployment.setVisible(inGermany);
        gestattung.setVisible(inGermany);
        duldung.setVisible(inGermany);
        currentTitlePathway.setVisible(chosen == ResidenceStatus.PERMIT_BOUND_TO_EMPLOYER);
        monthsOfStay.setVisible(chosen != null && MONTHS_OF_STAY.contains(chosen));
        monthsOfStay.setRequiredIndicatorVisible(chosen != null && ASYLUM.contains(chosen));
        monthsInsuredEmployment.setVisible(chosen != null && INSURED_EMPLOYMENT.contains(chosen));
        boolean asylum = chosen != null && ASYLUM.contains(chosen);
        livesInReceptionFacility.setVisible(asylum);
        asylumAppliedOn.setVisible(asylum);
        asylumRejected.setVisible(asylum);
        tolerationRequirementsMet.setVisible(chosen == ResidenceStatus.TOLERATED);
        tolerationForEmployment.setVisible(chosen == ResidenceStatus.TOLERATED);
        receivedAsylumBenefits.setVisible(chosen == ResidenceStatus.VISA_FREE_STAY);
    }

    @Override
    void localize() {
        location.setLabel(getTranslation("selfcheck.wizard.residence.location"));
        location.setItemLabelGenerator(value -> getTranslation("selfcheck.wizard.residence.location." + value.name()));
        status.setLabel(getTranslation("selfcheck.wizard.residence.status"));
        status.setHelperText(getTranslation("selfcheck.wizard.residence.status.help"));
        status.setItemLabelGenerator(value -> getTranslation("selfcheck.wizard.residence.status." + value.name()));
        titleAllowsEmployment.localize();
        gestattung.localize();
        duldung.localize();
        currentTitlePathway.setLabel(getTranslation("selfcheck.wizard.residence.current-title"));
        currentTitlePathway.setHelperText(getTranslation("selfcheck.wizard.residence.current-title.help"));
        currentTitlePathway.setEmptySelectionCaption(getTranslation("selfcheck.wizard.residence.current-title.unknown"));
        currentTitlePathway.setItemLabelGenerator(pathway -> pathway == null
                ? getTranslation("selfcheck.wizard.residence.current-title.unknown")
                : texts.text(pathway, getLocale()));
        monthsOfStay.setLabel(getTranslation("selfcheck.wizard.residence.months-of-stay"));
        monthsOfStay.setHelperText(getTranslation("selfcheck.wizard.residence.months-of-stay.help"));
        monthsInsuredEmployment.setLabel(getTranslation("selfcheck.wizard.residence.months-insured"));
        monthsInsuredEmployment.setHelperText(getTranslation("selfcheck.wizard.residence.months-insured.help"));
        livesInReceptionFacility.setLabel(getTranslation("selfcheck.wizard.residence.reception-facility"));
        livesInReceptionFacility.setHelperText(getTranslation("selfcheck.wizard.residence.reception-facility.help"));
        asylumAppliedOn.setLabel(getTranslation("selfcheck.wizard.residence.asylum-applied-on"));
        asylumAppliedOn.setHelperText(getTranslation("selfcheck.wizard.residence.asylum-applied-on.help"));
        WizardFields.localize(asylumAppliedOn, getLocale(), getTranslation("selfcheck.wizard.date.today"),
                getTranslation("selfcheck.wizard.date.cancel"));
        asylumRejected.setLabel(getTranslation("selfcheck.wizard.residence.asylum-rejected"));
        tolerationRequirementsMet.setLabel(getTranslation("selfcheck.wizard.residence.60d-met"));
        tolerationForEmployment.localize();
        receivedAsylumBenefits.setLabel(getTranslation("selfcheck.wizard.residence.asylum-benefits"));
        receivedAsylumBenefits.setHelperText(getTranslation("selfcheck.wizard.residence.asylum-benefits.help"));
    }

    @Override
    Optional<Component> findProblems() {
        Problems problems = new Problems();
        problems.check(location, location.getValue() != null,
                () -> getTranslation("selfcheck.wizard.residence.location.required"));
        problems.check(status, status.getValue() != null,
                () -> getTranslation("selfcheck.wizard.residence.status.required"));
        Integer stay = monthsOfStay.getValue();
        boolean stayRequired = monthsOfStay.isRequiredIndicatorVisible();
        problems.check(monthsOfStay, stay == null ? !stayRequired : stay >= 0 && stay <= MAX_MONTHS,
                () -> getTranslation("selfcheck.wizard.residence.months.invalid", MAX_MONTHS));
        Integer insured = monthsInsuredEmployment.getValue();
        problems.check(monthsInsuredEmployment, insured == null || insured >= 0 && insured <= MAX_MONTHS,
                () -> getTranslation("selfcheck.wizard.residence.months.invalid", MAX_MONTHS));
        LocalDate appliedOn = asylumAppliedOn.getValue();
        problems.check(asylumAppliedOn, appliedOn == null || !appliedOn.isAfter(today.get()),
                () -> getTranslation("selfcheck.wizard.date.not-in-future"));
        return problems.first();
    }

    Location where() {
        return location.getValue() == null ? Location.ABROAD : location.getValue();
    }

    /** The residence situation as far as it was asked; {@code null} when the person is abroad. */
    @Nullable InGermany inGermany() {
        if (where() != Location.IN_GERMANY || status.getValue() == null) {
            return null;
        }
        InGermany.Builder builder = InGermany.builder(status.getValue());
        if (monthsOfStay.isVisible() && monthsOfStay.getValue() != null) {
            builder.monthsOfStay(monthsOfStay.getValue());
        }
        if (monthsInsuredEmployment.isVisible() && monthsInsuredEmployment.getValue() != null) {
            builder.monthsInsuredEmployment(monthsInsuredEmployment.getValue());
        }
        if (livesInReceptionFacility.isVisible()) {
            builder.livesInReceptionFacility(livesInReceptionFacility.getValue());
            builder.asylumAppliedOn(asylumAppliedOn.getValue());
            builder.asylumRejected(asylumRejected.getValue());
        }
        if (tolerationRequirementsMet.isVisible()) {
            builder.tolerationEmploymentRequirementsMet(tolerationRequirementsMet.getValue());
        }
        if (receivedAsylumBenefits.isVisible()) {
            builder.receivedAsylumBenefitsLast24Months(receivedAsylumBenefits.getValue());
        }
        if (currentTitlePathway.isVisible()) {
            builder.currentTitlePathway(currentTitlePathway.getValue());
        }
        return builder.build();
    }
}
