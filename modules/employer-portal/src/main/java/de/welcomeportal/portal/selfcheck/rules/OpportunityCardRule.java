package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;

/**
 * Chancenkarte (§ 20a AufenthG): employment of up to 20 hours a week on average plus trial work of up to two weeks
 * per employer, without BA approval. A longer or full-time qualified job needs a switch to § 18a, § 18b, § 18g or
 * § 19c, which is possible in Germany.
 */
final class OpportunityCardRule implements PathwayRule {

    private static final BigDecimal MAXIMUM_HOURS =
            BigDecimal.valueOf(LegalConstants.OPPORTUNITY_CARD_MAXIMUM_WEEKLY_HOURS);

    @Override
    public Pathway pathway() {
        return Pathway.CHANCENKARTE_20A;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.hasStatus(ResidenceStatus.OPPORTUNITY_CARD);
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.CHANCENKARTE_20A, Norms.OPPORTUNITY_CARD);
        result.baApprovalRequired(false);
        if (!concerns(facts)) {
            result.fail(ReasonCode.NO_OPPORTUNITY_CARD, Norms.OPPORTUNITY_CARD);
        }
        Job job = facts.job;
        if (!job.kind().isEmployment()) {
            result.fail(ReasonCode.TRAINING_NEEDS_CHANGE_OF_PURPOSE, Norms.VOCATIONAL_TRAINING);
            result.step(StepCode.APPLY_FOR_CHANGE_TO_VOCATIONAL_TRAINING);
        } else if (job.weeklyHours().compareTo(MAXIMUM_HOURS) <= 0) {
            result.because(ReasonCode.OPPORTUNITY_CARD_WITHIN_20_HOURS, Norms.OPPORTUNITY_CARD, job.weeklyHours(),
                    LegalConstants.OPPORTUNITY_CARD_MAXIMUM_WEEKLY_HOURS);
        } else {
            result.fail(ReasonCode.OPPORTUNITY_CARD_OVER_20_HOURS, Norms.OPPORTUNITY_CARD, job.weeklyHours(),
                    LegalConstants.OPPORTUNITY_CARD_MAXIMUM_WEEKLY_HOURS);
            result.step(StepCode.SWITCH_TO_SKILLED_WORKER_TITLE);
        }
        result.because(ReasonCode.NO_APPROVAL_FOR_OPPORTUNITY_CARD_WORK, Norms.OPPORTUNITY_CARD);
        result.because(ReasonCode.TRIAL_WORK_UP_TO_TWO_WEEKS, Norms.OPPORTUNITY_CARD);
        SharedChecks.minimumWage(facts, result);
        SharedChecks.licenceUnderProfessionalLaw(facts, result);
        result.guidance(GuidanceKeys.OPPORTUNITY_CARD);
        return Procedures.noProcedure(facts, result);
    }
}
