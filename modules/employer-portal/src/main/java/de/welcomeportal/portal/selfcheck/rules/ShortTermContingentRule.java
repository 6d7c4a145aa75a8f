package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;

/**
 * Short-term contingent employment (§ 15d BeschV), since 1 March 2024: any job of regularly at least 30 hours a week
 * for at most eight months in twelve, at an employer bound by a collective agreement covering the job and paying its
 * terms, who also pays the travel. No qualification needed; BA approval within the quota the BA has set. The employer
 * applies to the BA.
 */
final class ShortTermContingentRule implements PathwayRule {

    @Override
    public Pathway pathway() {
        return Pathway.SHORT_TERM_CONTINGENT_15D;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.job.kind() == JobKind.SHORT_TERM_CONTINGENT;
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.SHORT_TERM_CONTINGENT_15D, Norms.SHORT_TERM);
        SharedChecks.requireReform2024(facts, result);
        SharedChecks.noTitleDuringAsylumOrToleration(facts, result);
        Job job = facts.job;
        if (job.kind() != JobKind.SHORT_TERM_CONTINGENT) {
            result.fail(ReasonCode.NOT_A_SHORT_TERM_CONTINGENT_JOB, Norms.SHORT_TERM);
        }
        if (facts.figures.shortTermAnnualQuota() <= 0) {
            result.fail(ReasonCode.NO_QUOTA_SET, Norms.SHORT_TERM_QUOTA);
        }
        if (job.collectiveAgreement()) {
            result.because(ReasonCode.EMPLOYER_BOUND_BY_COLLECTIVE_AGREEMENT, Norms.SHORT_TERM_TARIFF);
        } else {
            result.fail(ReasonCode.EMPLOYER_NOT_BOUND_BY_COLLECTIVE_AGREEMENT, Norms.SHORT_TERM_TARIFF);
        }
        if (job.employerPaysTravelCosts()) {
            result.because(ReasonCode.EMPLOYER_PAYS_TRAVEL_COSTS, Norms.SHORT_TERM_TRAVEL);
        } else {
            result.fail(ReasonCode.EMPLOYER_DOES_NOT_PAY_TRAVEL_COSTS, Norms.SHORT_TERM_TRAVEL);
        }
        if (job.weeklyHours().compareTo(BigDecimal.valueOf(LegalConstants.SHORT_TERM_MINIMUM_WEEKLY_HOURS))
                >= 0) {
            result.because(ReasonCode.AT_LEAST_30_HOURS_A_WEEK, Norms.SHORT_TERM_HOURS, job.weeklyHours());
        } else {
            result.fail(ReasonCode.FEWER_THAN_30_HOURS_A_WEEK, Norms.SHORT_TERM_HOURS, job.weeklyHours(),
                    LegalConstants.SHORT_TERM_MINIMUM_WEEKLY_HOURS);
        }
        Integer months = job.contractMonths();
        if (months != null && months <= LegalConstants.SHORT_TERM_MAXIMUM_MONTHS) {
            result.because(ReasonCode.AT_MOST_EIGHT_MONTHS, Norms.SHORT_TERM_DURATION, months);
        } else {
            result.fail(ReasonCode.LONGER_THAN_EIGHT_MONTHS, Norms.SHORT_TERM_DURATION,
                    LegalConstants.SHORT_TERM_MAXIMUM_MONTHS);
        }
        result.because(ReasonCode.NO_QUALIFICATION_NEEDED, Norms.SHORT_TERM);
        SharedChecks.licence(facts, result);
        SharedChecks.minimumWage(facts, result);
        SharedChecks.approval(facts, result, Norms.SHORT_TERM, null);
        SharedChecks.approvalRefusals(facts, result, true);
        if (result.isOpen()) {
            result.step(StepCode.EMPLOYER_APPLIES_TO_BA);
        }
        result.guidance(GuidanceKeys.SHORT_TERM_CONTINGENT);
        return Procedures.residenceTitle(facts, result);
    }
}
