package de.welcomeportal.portal.selfcheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

import de.welcomeportal.portal.selfcheck.Occupations.Occupation;
import de.welcomeportal.portal.selfcheck.rules.Job;
import de.welcomeportal.portal.selfcheck.rules.JobKind;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.RecognitionPartnership;

/**
 * Step 4: the job and the planned decision date. Travel costs are asked only for short-term contingent work, the
 * private recruitment questions only for a person abroad, the recognition partnership only for a vocational or
 * academic qualification, the contract length only for a fixed-term contract.
 */
class JobStep extends WizardStep {

    static final BigDecimal MAX_SALARY = new BigDecimal("10000000");
    static final BigDecimal MIN_HOURS = BigDecimal.ONE;
    static final BigDecimal MAX_HOURS = new BigDecimal("60");
    static final int MAX_CONTRACT_MONTHS = 120;

    /** Permanent or fixed-term; a radio group reads better than a checkbox for this either-or. */
    enum Contract { PERMANENT, FIXED_TERM }

    final RadioButtonGroup<JobKind> kind = new RadioButtonGroup<>();
    final ComboBox<Occupation> occupation = new ComboBox<>();
    private final TermExplanation shortageTerm = new TermExplanation("selfcheck.wizard.term.shortage");
    final Checkbox qualified = new Checkbox();
    final Checkbox regulated = new Checkbox();
    private final TermExplanation regulatedTerm = new TermExplanation("selfcheck.wizard.term.regulated");
    final BigDecimalField salary = new BigDecimalField();
    final BigDecimalField weeklyHours = new BigDecimalField();
    final RadioButtonGroup<Contract> contract = new RadioButtonGroup<>();
    final IntegerField contractMonths = new IntegerField();
    final Checkbox temporaryAgencyWork = new Checkbox();
    private final TermExplanation agencyTerm = new TermExplanation("selfcheck.wizard.term.agency-work");
    final Checkbox collectiveAgreement = new Checkbox();
    private final TermExplanation tariffTerm = new TermExplanation("selfcheck.wizard.term.tariff");
    final Checkbox travelCosts = new Checkbox();
    final Checkbox recruitedByPrivateAgency = new Checkbox();
    final Checkbox healthOrCare = new Checkbox();
    final Checkbox partnershipAgreement = new Checkbox();
    final Checkbox suitableForTraining = new Checkbox();
    private final TermExplanation partnershipTerm = new TermExplanation("selfcheck.wizard.term.partnership");
    final DatePicker decisionDate = new DatePicker();
    private boolean abroad = true;
    private QualificationKind qualificationKind = QualificationKind.NONE;

    JobStep(Occupations occupations, LocalDate today) {
        super("job");
        kind.setItems(JobKind.values());
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setValue(JobKind.EMPLOYMENT);
        kind.setRequiredIndicatorVisible(true);
        kind.setManualValidation(true);
        kind.addValueChangeListener(change -> updateVisibility());

        occupation.setItems(query -> occupations.search(query.getFilter().orElse(""), getLocale()).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        occupation.setClearButtonVisible(true);
        occupation.setManualValidation(true);
        occupation.setWidthFull();
        occupation.addClassName("wizard-wide-field");

        salary.setRequiredIndicatorVisible(true);
        salary.setManualValidation(true);
        clearErrorOnChange(salary);
        weeklyHours.setValue(Job.DEFAULT_WEEKLY_HOURS);
        weeklyHours.setRequiredIndicatorVisible(true);
        weeklyHours.setManualValidation(true);
        clearErrorOnChange(weeklyHours);

        contract.setItems(Contract.values());
        contract.setValue(Contract.PERMANENT);
        contract.setManualValidation(true);
        contract.addValueChangeListener(change -> updateVisibility());
        contractMonths.setMin(1);
        contractMonths.setMax(MAX_CONTRACT_MONTHS);
        contractMonths.setStepButtonsVisible(false);
        contractMonths.setRequiredIndicatorVisible(true);
        contractMonths.setManualValidation(true);
        clearErrorOnChange(contractMonths);

        recruitedByPrivateAgency.addValueChangeListener(change -> updateVisibility());

        decisionDate.setValue(today);
        decisionDate.setRequiredIndicatorVisible(true);
        decisionDate.setManualValidation(true);
        clearErrorOnChange(decisionDate);

        add(kind, occupation, shortageTerm, qualified, regulated, regulatedTerm, salary, weeklyHours, contract,
                contractMonths, temporaryAgencyWork, agencyTerm, collectiveAgreement, tariffTerm, travelCosts,
                recruitedByPrivateAgency, healthOrCare, partnershipAgreement, suitableForTraining, partnershipTerm,
                decisionDate);
        updateVisibility();
    }

    @Override
    String nameKey() {
        return "selfcheck.wizard.step.job";
    }

    /** What the earlier steps said that decides which questions matter here. */
    void adaptTo(boolean personIsAbroad, QualificationKind kindOfQualification) {
        this.abroad = personIsAbroad;
        this.qualificationKind = kindOfQualification;
        updateVisibility();
    }

    private void updateVisibility() {
        JobKind chosen = kind.getValue();
        qualified.setVisible(chosen != JobKind.VOCATIONAL_TRAINING);
        contractMonths.setVisible(contract.getValue() == Contract.FIXED_TERM);
        travelCosts.setVisible(chosen == JobKind.SHORT_TERM_CONTINGENT);
        recruitedByPrivateAgency.setVisible(abroad);
        healthOrCare.setVisible(abroad && recruitedByPrivateAgency.getValue());
        boolean partnership = chosen == JobKind.EMPLOYMENT && (qualificationKind == QualificationKind.VOCATIONAL
                || qualificationKind == QualificationKind.ACADEMIC);
        partnershipAgreement.setVisible(partnership);
        suitableForTraining.setVisible(partnership);
        partnershipTerm.setVisible(partnership);
        if (chosen == JobKind.VOCATIONAL_TRAINING) {
            salary.setLabel(getTranslation("selfcheck.wizard.job.salary.training"));
        } else {
            salary.setLabel(getTranslation("selfcheck.wizard.job.salary"));
        }
    }

    @Override
    void localize() {
        Locale locale = getLocale();
        kind.setLabel(getTranslation("selfcheck.wizard.job.kind"));
        kind.setItemLabelGenerator(value -> getTranslation("selfcheck.wizard.job.kind." + value.name()));
        occupation.setLabel(getTranslation("selfcheck.wizard.job.occupation"));
        occupation.setHelperText(getTranslation("selfcheck.wizard.job.occupation.help"));
        occupation.setPlaceholder(getTranslation("selfcheck.wizard.job.occupation.placeholder"));
        occupation.setItemLabelGenerator(item -> getTranslation("selfcheck.wizard.job.occupation.item",
                item.title(locale), item.isco()));
        occupation.getDataProvider().refreshAll();
        shortageTerm.localize();
        qualified.setLabel(getTranslation("selfcheck.wizard.job.qualified"));
        qualified.setHelperText(getTranslation("selfcheck.wizard.job.qualified.help"));
        regulated.setLabel(getTranslation("selfcheck.wizard.job.regulated"));
        regulatedTerm.localize();
        salary.setHelperText(getTranslation("selfcheck.wizard.job.salary.help"));
        salary.setLocale(locale);
        weeklyHours.setLabel(getTranslation("selfcheck.wizard.job.hours"));
        weeklyHours.setLocale(locale);
        contract.setLabel(getTranslation("selfcheck.wizard.job.contract"));
        contract.setItemLabelGenerator(value -> getTranslation("selfcheck.wizard.job.contract." + value.name()));
        contractMonths.setLabel(getTranslation("selfcheck.wizard.job.contract-months"));
        temporaryAgencyWork.setLabel(getTranslation("selfcheck.wizard.job.agency-work"));
        agencyTerm.localize();
        collectiveAgreement.setLabel(getTranslation("selfcheck.wizard.job.tariff"));
        tariffTerm.localize();
        travelCosts.setLabel(getTranslation("selfcheck.wizard.job.travel-costs"));
        recruitedByPrivateAgency.setLabel(getTranslation("selfcheck.wizard.job.private-agency"));
        healthOrCare.setLabel(getTranslation("selfcheck.wizard.job.health-or-care"));
        healthOrCare.setHelperText(getTranslation("selfcheck.wizard.job.health-or-care.help"));
        partnershipAgreement.setLabel(getTranslation("selfcheck.wizard.job.partnership-agreement"));
        suitableForTraining.setLabel(getTranslation("selfcheck.wizard.job.partnership-suitable"));
        partnershipTerm.localize();
        decisionDate.setLabel(getTranslation("selfcheck.wizard.job.decision-date"));
        decisionDate.setHelperText(getTranslation("selfcheck.wizard.job.decision-date.help"));
        WizardFields.localize(decisionDate, locale, getTranslation("selfcheck.wizard.date.today"),
                getTranslation("selfcheck.wizard.date.cancel"));
        updateVisibility();
    }

    @Override
    Optional<Component> findProblems() {
        Problems problems = new Problems();
        BigDecimal pay = salary.getValue();
        problems.check(salary, pay != null && pay.signum() > 0 && pay.compareTo(MAX_SALARY) <= 0 && pay.scale() <= 2,
                () -> getTranslation("selfcheck.wizard.job.salary.invalid"));
        BigDecimal hours = weeklyHours.getValue();
        problems.check(weeklyHours, hours != null && hours.compareTo(MIN_HOURS) >= 0 && hours.compareTo(MAX_HOURS) <= 0,
                () -> getTranslation("selfcheck.wizard.job.hours.invalid", 1, 60));
        Integer months = contractMonths.getValue();
        problems.check(contractMonths, months != null && months >= 1 && months <= MAX_CONTRACT_MONTHS,
                () -> getTranslation("selfcheck.wizard.job.contract-months.invalid", MAX_CONTRACT_MONTHS));
        problems.check(decisionDate, decisionDate.getValue() != null,
                () -> getTranslation("selfcheck.wizard.job.decision-date.required"));
        return problems.first();
    }

    /** Shows that no figures are known for the chosen date, at the date field, and focuses it. */
    void figuresUnavailable(String message) {
        decisionDate.setErrorMessage(message);
        decisionDate.setInvalid(true);
        WizardFields.focus(decisionDate);
    }

    LocalDate date() {
        return decisionDate.getValue();
    }

    Job job() {
        JobKind chosen = kind.getValue() == null ? JobKind.EMPLOYMENT : kind.getValue();
        Occupation picked = occupation.getValue();
        return Job.builder()
                .kind(chosen)
                .isco(picked == null ? null : picked.isco())
                .qualified(qualified.isVisible() && qualified.getValue())
                .regulatedProfession(regulated.getValue())
                .healthOrCareJob(healthOrCare.isVisible() && healthOrCare.getValue())
                .grossAnnualSalary(salary.getValue())
                .weeklyHours(weeklyHours.getValue())
                .contractMonths(contractMonths.isVisible() ? contractMonths.getValue() : null)
                .temporaryAgencyWork(temporaryAgencyWork.getValue())
                .collectiveAgreement(collectiveAgreement.getValue())
                .employerPaysTravelCosts(travelCosts.isVisible() && travelCosts.getValue())
                .recruitedByPrivateAgency(recruitedByPrivateAgency.isVisible() && recruitedByPrivateAgency.getValue())
                .recognitionPartnership(partnershipAgreement.isVisible()
                        ? new RecognitionPartnership(partnershipAgreement.getValue(), suitableForTraining.getValue())
                        : RecognitionPartnership.none())
                .build();
    }
}
