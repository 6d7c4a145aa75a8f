package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Caveats for a whole assessment, worked out once the recommendation and alternatives are known. */
final class Warnings {

    private Warnings() {
    }

    static List<Warning> of(CaseFacts facts, PathwayResult recommendation, List<PathwayResult> alternatives) {
        List<Warning> warnings = new ArrayList<>(2);
        LocalDate date = facts.decisionDate;
        RuleFigures figures = facts.figures;
        boolean westernBalkans = open(Pathway.WESTERN_BALKANS, recommendation, alternatives);
        boolean privileged = open(Pathway.PRIVILEGED_NATIONALITY, recommendation, alternatives);
        if (westernBalkans) {
            warnings.add(Warning.of(WarningCode.WESTERN_BALKANS_QUOTA, figures.westernBalkansAnnualQuota()));
        }
        if (open(Pathway.SHORT_TERM_CONTINGENT_15D, recommendation, alternatives)) {
            warnings.add(Warning.of(WarningCode.SHORT_TERM_CONTINGENT_QUOTA, figures.shortTermAnnualQuota()));
        }
        if (westernBalkans || privileged) {
            warnings.add(Warning.of(WarningCode.PRIORITY_CHECK_SUSPENDED_BY_DIRECTIVE));
        }
        if (asylumCase(facts) && !date.isBefore(LegalConstants.GEAS_CAVEAT_FROM)) {
            warnings.add(Warning.of(WarningCode.GEAS_CHANGES_TO_ASYLUM_EMPLOYMENT));
        }
        if (facts.job.kind() == JobKind.NURSING_ASSISTANT) {
            warnings.add(Warning.of(WarningCode.CARE_SECTOR_MINIMUM_WAGE));
        }
        if (figures.validFrom().getYear() != date.getYear()) {
            warnings.add(Warning.of(WarningCode.FIGURES_FROM_ANOTHER_YEAR, figures.validFrom(),
                    String.valueOf(date.getYear())));
        } else if (dependsOnSalaryThreshold(facts, recommendation, alternatives)) {
            if (date.getMonthValue() >= LegalConstants.YEAR_CHANGE_WARNING_FROM_MONTH) {
                warnings.add(Warning.of(WarningCode.THRESHOLDS_CHANGE_ON_1_JANUARY,
                        String.valueOf(date.getYear() + 1)));
            } else if (date.getMonthValue() == 1) {
                warnings.add(Warning.of(WarningCode.THRESHOLDS_CHANGED_ON_1_JANUARY,
                        String.valueOf(date.getYear())));
            }
        }
        return warnings;
    }

    private static boolean open(Pathway pathway, PathwayResult recommendation, List<PathwayResult> alternatives) {
        if (recommendation.pathway() == pathway && recommendation.isOpen()) {
            return true;
        }
        for (PathwayResult alternative : alternatives) {
            if (alternative.pathway() == pathway) {
                return true;
            }
        }
        return false;
    }

    /** Asylum seekers, and tolerated persons whose Duldung followed an asylum procedure. */
    private static boolean asylumCase(CaseFacts facts) {
        InGermany inGermany = facts.inGermany;
        if (inGermany == null) {
            return false;
        }
        return switch (inGermany.status()) {
            case ASYLUM_PENDING -> true;
            case TOLERATED, TOLERATED_UNCLARIFIED_IDENTITY ->
                    inGermany.asylumAppliedOn() != null || inGermany.asylumRejected();
            default -> false;
        };
    }

    /**
     * Whether an open pathway rests on a yearly salary threshold, so that the turn of the year matters: the Blue Card,
     * § 6 BeschV without tariff pay, and the age-45 rule for persons of 45 or more.
     */
    private static boolean dependsOnSalaryThreshold(CaseFacts facts, PathwayResult recommendation,
                                                    List<PathwayResult> alternatives) {
        if (dependsOnSalaryThreshold(facts, recommendation)) {
            return true;
        }
        for (PathwayResult alternative : alternatives) {
            if (dependsOnSalaryThreshold(facts, alternative)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dependsOnSalaryThreshold(CaseFacts facts, PathwayResult result) {
        if (!result.isOpen()) {
            return false;
        }
        boolean older = facts.candidate.age() >= LegalConstants.OLDER_WORKER_AGE;
        return switch (result.pathway()) {
            case BLUE_CARD -> true;
            case EXPERIENCE_19C -> !facts.job.collectiveAgreement() || older;
            case SKILLED_18A, SKILLED_18B, NURSING_ASSISTANT_22A, WESTERN_BALKANS -> older;
            default -> false;
        };
    }
}
