package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Experienced workers, § 19c Abs. 2 AufenthG with § 6 BeschV, in force since 1 March 2024: two years of experience
 * in the last five, a state-recognised qualification confirmed in Germany (none for ICT jobs), a qualified job and
 * 45 % of the contribution ceiling, or tariff pay at an employer bound by a collective agreement. BA approval always
 * (§ 6 Abs. 2: no § 9), age-45 rule (§ 1 Abs. 2 BeschV).
 *
 * <p>Before 1 March 2024 the old § 6 BeschV covered only IT specialists without formal qualification: three years
 * of IT experience and 60 % of the ceiling. Other experienced workers had no such pathway then.
 */
final class ExperiencedWorkerRule implements PathwayRule {

    @Override
    public Pathway pathway() {
        return Pathway.EXPERIENCE_19C;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        QualificationKind kind = facts.qualification.kind();
        return facts.job.kind().isEmployment()
                && (kind == QualificationKind.VOCATIONAL || kind == QualificationKind.ACADEMIC || facts.itOccupation);
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        return SharedChecks.reform2024InForce(facts) ? assessCurrent(facts) : assessLegacy(facts);
    }

    private static PathwayResult assessCurrent(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.EXPERIENCE_19C, Norms.EXPERIENCED);
        SharedChecks.noTitleDuringAsylumOrToleration(facts, result);
        int years = facts.experience.relevantYearsInLast5();
        if (years >= LegalConstants.EXPERIENCED_WORKER_MINIMUM_YEARS) {
            result.because(ReasonCode.EXPERIENCE_SUFFICIENT, Norms.EXPERIENCED_YEARS, years);
        } else {
            result.fail(ReasonCode.EXPERIENCE_INSUFFICIENT, Norms.EXPERIENCED_YEARS, years,
                    LegalConstants.EXPERIENCED_WORKER_MINIMUM_YEARS);
        }
        if (facts.job.collectiveAgreement()) {
            result.because(ReasonCode.COLLECTIVE_AGREEMENT_REPLACES_SALARY_THRESHOLD, Norms.EXPERIENCED_TARIFF);
        } else {
            @Nullable BigDecimal threshold = facts.figures.experiencedWorkerThreshold();
            if (threshold == null) {
                result.fail(ReasonCode.THRESHOLD_NOT_IN_FIGURES, Norms.EXPERIENCED_SALARY);
            } else if (facts.salaryAtLeast(threshold)) {
                result.because(ReasonCode.SALARY_AT_LEAST_EXPERIENCED_THRESHOLD, Norms.EXPERIENCED_SALARY,
                        facts.salary, threshold);
            } else {
                result.fail(ReasonCode.SALARY_BELOW_EXPERIENCED_THRESHOLD, Norms.EXPERIENCED_SALARY, facts.salary,
                        threshold);
                result.step(StepCode.RAISE_SALARY_OR_PAY_BY_COLLECTIVE_AGREEMENT, threshold);
            }
        }
        if (facts.itOccupation) {
            result.because(ReasonCode.ICT_JOB_NEEDS_NO_FORMAL_QUALIFICATION, Norms.EXPERIENCED_ICT);
        } else {
            SharedChecks.stateRecognisedQualification(facts, result, Norms.EXPERIENCED_QUALIFICATION);
        }
        SharedChecks.qualifiedJob(facts, result, Norms.EXPERIENCED);
        SharedChecks.licence(facts, result);
        SharedChecks.minimumWage(facts, result);
        SharedChecks.ageRule(facts, result, Norms.AGE_RULE_BESCHV, true);
        SharedChecks.approval(facts, result, Norms.EXPERIENCED, Norms.EXPERIENCED_NO_SECTION_9);
        SharedChecks.approvalRefusals(facts, result, true);
        result.document(DocumentCode.PROOF_OF_EXPERIENCE);
        result.guidance(GuidanceKeys.EXPERIENCED_WORKERS);
        return Procedures.residenceTitle(facts, result);
    }

    private static PathwayResult assessLegacy(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.EXPERIENCE_19C, Norms.LEGACY_IT_SPECIALIST);
        SharedChecks.noTitleDuringAsylumOrToleration(facts, result);
        if (!facts.itOccupation) {
            result.fail(ReasonCode.NOT_IN_FORCE_BEFORE_1_MARCH_2024, Norms.BESCHV_REFORM);
            result.because(ReasonCode.LEGACY_RULE_ONLY_FOR_IT_SPECIALISTS, Norms.LEGACY_IT_SPECIALIST);
        } else {
            result.because(ReasonCode.IT_OCCUPATION, Norms.LEGACY_IT_SPECIALIST, String.valueOf(facts.job.isco()));
        }
        int years = facts.experience.itYearsInLast7();
        if (years >= LegalConstants.LEGACY_IT_SPECIALIST_MINIMUM_YEARS) {
            result.because(ReasonCode.IT_EXPERIENCE_SUFFICIENT, Norms.LEGACY_IT_SPECIALIST, years);
        } else {
            result.fail(ReasonCode.IT_EXPERIENCE_INSUFFICIENT, Norms.LEGACY_IT_SPECIALIST, years,
                    LegalConstants.LEGACY_IT_SPECIALIST_MINIMUM_YEARS);
        }
        @Nullable BigDecimal threshold = facts.figures.legacyItSpecialistThreshold();
        if (threshold == null) {
            result.fail(ReasonCode.THRESHOLD_NOT_IN_FIGURES, Norms.LEGACY_IT_SPECIALIST);
        } else if (facts.salaryAtLeast(threshold)) {
            result.because(ReasonCode.SALARY_AT_LEAST_LEGACY_IT_THRESHOLD, Norms.LEGACY_IT_SPECIALIST, facts.salary,
                    threshold);
        } else {
            result.fail(ReasonCode.SALARY_BELOW_LEGACY_IT_THRESHOLD, Norms.LEGACY_IT_SPECIALIST, facts.salary,
                    threshold);
        }
        SharedChecks.qualifiedJob(facts, result, Norms.LEGACY_IT_SPECIALIST);
        SharedChecks.licence(facts, result);
        SharedChecks.minimumWage(facts, result);
        SharedChecks.ageRule(facts, result, Norms.AGE_RULE_BESCHV, true);
        SharedChecks.approval(facts, result, Norms.LEGACY_IT_SPECIALIST, null);
        SharedChecks.approvalRefusals(facts, result, true);
        result.guidance(GuidanceKeys.EXPERIENCED_WORKERS);
        return Procedures.residenceTitle(facts, result);
    }
}
