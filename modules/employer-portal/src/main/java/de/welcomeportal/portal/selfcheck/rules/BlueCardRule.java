package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The EU Blue Card (§ 18g AufenthG). Each variant is assessed on its own; the result is the first eligible variant in
 * the order general, shortage, new entrant, IT specialist, else the first conditional one. The general variant needs
 * no BA approval and so escapes the approval refusals of § 40 Abs. 1 AufenthG (e.g. temporary agency work); the
 * 45.3 % variants need approval. No age-45 rule: § 18 Abs. 2 Nr. 5 names only § 18a and § 18b.
 */
final class BlueCardRule implements PathwayRule {

    private static final BlueCardVariant[] VARIANTS = BlueCardVariant.values();

    @Override
    public Pathway pathway() {
        return Pathway.BLUE_CARD;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.job.kind().isEmployment()
                && (facts.qualification.kind() == QualificationKind.ACADEMIC || facts.itOccupation
                || facts.hasStatus(ResidenceStatus.BLUE_CARD));
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        @Nullable ResultBuilder chosen = null;
        ResultBuilder closed = new ResultBuilder(Pathway.BLUE_CARD, Norms.BLUE_CARD);
        boolean anyVariantApplies = false;
        for (BlueCardVariant variant : VARIANTS) {
            if (!applies(variant, facts)) {
                continue;
            }
            anyVariantApplies = true;
            ResultBuilder result = assess(variant, facts);
            Outcome outcome = result.outcome();
            if (outcome == Outcome.ELIGIBLE) {
                chosen = result;
                break;
            }
            if (outcome == Outcome.CONDITIONAL) {
                if (chosen == null) {
                    chosen = result;
                }
            } else {
                closed.mergeFindings(result);
            }
        }
        if (chosen != null) {
            return Procedures.residenceTitle(facts, chosen);
        }
        if (!anyVariantApplies) {
            closed.fail(ReasonCode.NO_DEGREE_AND_NO_IT_OCCUPATION, Norms.BLUE_CARD);
        }
        closed.guidance(GuidanceKeys.BLUE_CARD);
        return closed.build();
    }

    /**
     * Degree variants need a degree (the shortage variant an occupation code, the new-entrant variant the date of the
     * degree, else they cannot be judged); the IT variant needs a job in the IT groups (ISCO 133, 25).
     */
    private static boolean applies(BlueCardVariant variant, CaseFacts facts) {
        return switch (variant) {
            case GENERAL -> degree(facts);
            case SHORTAGE -> degree(facts) && facts.job.isco() != null;
            case NEW_ENTRANT -> degree(facts) && facts.qualification.awardedOn() != null;
            case IT_SPECIALIST -> facts.itOccupation;
        };
    }

    private static boolean degree(CaseFacts facts) {
        return facts.qualification.kind() == QualificationKind.ACADEMIC;
    }

    private static ResultBuilder assess(BlueCardVariant variant, CaseFacts facts) {
        String legalBasis = legalBasis(variant);
        ResultBuilder result = new ResultBuilder(Pathway.BLUE_CARD, legalBasis).variant(variant);
        SharedChecks.blueCardExclusions(facts, result);
        if (facts.job.qualified()) {
            result.because(ReasonCode.JOB_MATCHES_QUALIFICATION_LEVEL, Norms.BLUE_CARD);
        } else {
            result.fail(ReasonCode.JOB_NOT_QUALIFIED, Norms.BLUE_CARD);
        }
        Integer contractMonths = facts.job.contractMonths();
        if (contractMonths != null) {
            if (contractMonths < LegalConstants.BLUE_CARD_MINIMUM_CONTRACT_MONTHS) {
                result.fail(ReasonCode.CONTRACT_SHORTER_THAN_SIX_MONTHS, Norms.BLUE_CARD_CONTRACT, contractMonths,
                        LegalConstants.BLUE_CARD_MINIMUM_CONTRACT_MONTHS);
            } else {
                result.because(ReasonCode.CONTRACT_AT_LEAST_SIX_MONTHS, Norms.BLUE_CARD_CONTRACT, contractMonths);
            }
        }
        RuleFigures figures = facts.figures;
        switch (variant) {
            case GENERAL -> {
                SharedChecks.qualificationRecognised(facts, result, Norms.FACHKRAFT_ACADEMIC);
                salary(facts, result, figures.blueCardGeneralThreshold(), legalBasis,
                        ReasonCode.SALARY_AT_LEAST_GENERAL_THRESHOLD, ReasonCode.SALARY_BELOW_GENERAL_THRESHOLD);
            }
            case SHORTAGE -> {
                SharedChecks.qualificationRecognised(facts, result, Norms.FACHKRAFT_ACADEMIC);
                shortageOccupation(facts, result);
                salary(facts, result, figures.blueCardReducedThreshold(), legalBasis,
                        ReasonCode.SALARY_AT_LEAST_REDUCED_THRESHOLD, ReasonCode.SALARY_BELOW_REDUCED_THRESHOLD);
            }
            case NEW_ENTRANT -> {
                SharedChecks.qualificationRecognised(facts, result, Norms.FACHKRAFT_ACADEMIC);
                newEntrant(facts, result);
                salary(facts, result, figures.blueCardReducedThreshold(), legalBasis,
                        ReasonCode.SALARY_AT_LEAST_REDUCED_THRESHOLD, ReasonCode.SALARY_BELOW_REDUCED_THRESHOLD);
            }
            case IT_SPECIALIST -> {
                itExperience(facts, result);
                salary(facts, result, figures.blueCardReducedThreshold(), legalBasis,
                        ReasonCode.SALARY_AT_LEAST_REDUCED_THRESHOLD, ReasonCode.SALARY_BELOW_REDUCED_THRESHOLD);
            }
        }
        SharedChecks.licence(facts, result);
        SharedChecks.minimumWage(facts, result);
        if (variant == BlueCardVariant.GENERAL) {
            result.baApprovalRequired(false);
            result.because(ReasonCode.NO_APPROVAL_FOR_GENERAL_BLUE_CARD, Norms.BLUE_CARD_GENERAL);
            if (facts.job.temporaryAgencyWork()) {
                result.because(ReasonCode.TEMPORARY_AGENCY_WORK_ALLOWED_WITHOUT_APPROVAL, Norms.TEMPORARY_AGENCY_WORK);
            }
        } else {
            SharedChecks.approval(facts, result, legalBasis, null);
            SharedChecks.approvalRefusals(facts, result, true);
        }
        if (facts.candidate.age() >= LegalConstants.OLDER_WORKER_AGE) {
            result.because(ReasonCode.NO_AGE_RULE_FOR_BLUE_CARD, Norms.AGE_RULE);
        }
        result.guidance(GuidanceKeys.BLUE_CARD);
        return result;
    }

    private static String legalBasis(BlueCardVariant variant) {
        return switch (variant) {
            case GENERAL -> Norms.BLUE_CARD_GENERAL;
            case SHORTAGE -> Norms.BLUE_CARD_SHORTAGE;
            case NEW_ENTRANT -> Norms.BLUE_CARD_NEW_ENTRANT;
            case IT_SPECIALIST -> Norms.BLUE_CARD_IT;
        };
    }

    private static void salary(CaseFacts facts, ResultBuilder result, BigDecimal threshold, String norm,
                               ReasonCode reached, ReasonCode missed) {
        if (facts.salaryAtLeast(threshold)) {
            result.because(reached, norm, facts.salary, threshold);
        } else {
            result.fail(missed, norm, facts.salary, threshold);
        }
    }

    private static void shortageOccupation(CaseFacts facts, ResultBuilder result) {
        String isco = facts.job.isco();
        if (isco == null) {
            result.fail(ReasonCode.OCCUPATION_CODE_MISSING, Norms.BLUE_CARD_SHORTAGE);
        } else if (facts.shortageOccupation) {
            result.because(ReasonCode.SHORTAGE_OCCUPATION, Norms.BLUE_CARD_SHORTAGE, isco);
        } else {
            result.fail(ReasonCode.NOT_A_SHORTAGE_OCCUPATION, Norms.BLUE_CARD_SHORTAGE, isco);
        }
    }

    /**
     * The degree was obtained "nicht mehr als drei Jahre vor der Beantragung", the application date being the decision
     * date (contract). The three years run from the day of the degree and end on the same calendar day three years
     * later (§ 188 Abs. 2, 3 BGB), so a degree of 28 February 2021 is more than three years old on 29 February 2024;
     * counting back from the decision date instead would shift that end by the leap day.
     */
    private static void newEntrant(CaseFacts facts, ResultBuilder result) {
        LocalDate awardedOn = facts.qualification.awardedOn();
        if (awardedOn == null) {
            result.fail(ReasonCode.DEGREE_DATE_UNKNOWN, Norms.BLUE_CARD_NEW_ENTRANT);
        } else if (awardedOn.plusYears(LegalConstants.NEW_ENTRANT_DEGREE_YEARS).isBefore(facts.decisionDate)) {
            result.fail(ReasonCode.DEGREE_OLDER_THAN_THREE_YEARS, Norms.BLUE_CARD_NEW_ENTRANT, awardedOn);
        } else {
            result.because(ReasonCode.DEGREE_AT_MOST_THREE_YEARS_OLD, Norms.BLUE_CARD_NEW_ENTRANT, awardedOn);
        }
    }

    private static void itExperience(CaseFacts facts, ResultBuilder result) {
        int years = facts.experience.itYearsInLast7();
        result.because(ReasonCode.IT_OCCUPATION, Norms.BLUE_CARD_IT, String.valueOf(facts.job.isco()));
        if (years >= LegalConstants.IT_SPECIALIST_MINIMUM_YEARS) {
            result.because(ReasonCode.IT_EXPERIENCE_SUFFICIENT, Norms.BLUE_CARD_IT, years);
        } else {
            result.fail(ReasonCode.IT_EXPERIENCE_INSUFFICIENT, Norms.BLUE_CARD_IT, years,
                    LegalConstants.IT_SPECIALIST_MINIMUM_YEARS);
        }
    }
}
