package de.welcomeportal.portal.selfcheck.rules;

/**
 * Job seekers (§ 20 AufenthG) after a German degree, training or recognition: the title contains no restriction on
 * employment, so work is allowed (§ 4a Abs. 1), without BA approval. For a lasting qualified job the person switches
 * to a skilled-worker title in Germany.
 */
final class JobSeekerRule implements PathwayRule {

    @Override
    public Pathway pathway() {
        return Pathway.JOB_SEEKER_20;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.hasStatus(ResidenceStatus.JOB_SEEKER);
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.JOB_SEEKER_20, Norms.JOB_SEEKER);
        result.baApprovalRequired(false);
        if (!concerns(facts)) {
            result.fail(ReasonCode.NOT_A_JOB_SEEKER, Norms.JOB_SEEKER);
        }
        if (!facts.job.kind().isEmployment()) {
            result.fail(ReasonCode.TRAINING_NEEDS_CHANGE_OF_PURPOSE, Norms.VOCATIONAL_TRAINING);
            result.step(StepCode.APPLY_FOR_CHANGE_TO_VOCATIONAL_TRAINING);
        } else {
            result.because(ReasonCode.JOB_SEEKER_MAY_WORK, Norms.JOB_SEEKER);
        }
        SharedChecks.minimumWage(facts, result);
        SharedChecks.licenceUnderProfessionalLaw(facts, result);
        if (result.isOpen() && facts.job.qualified()) {
            result.step(StepCode.SWITCH_TO_SKILLED_WORKER_TITLE);
        }
        result.guidance(GuidanceKeys.JOB_SEEKERS);
        return Procedures.noProcedure(facts, result);
    }
}
