package de.welcomeportal.portal.selfcheck.rules;

/**
 * In-company vocational training (§ 16a Abs. 1 AufenthG): BA approval (§ 8 Abs. 1 BeschV) unless § 9 BeschV applies,
 * German at B1 (§ 16a Abs. 3), living costs secured. The minimum wage does not bind training (§ 22 Abs. 3 MiLoG).
 * § 81a covers § 16a.
 */
final class VocationalTrainingRule implements PathwayRule {

    @Override
    public Pathway pathway() {
        return Pathway.VOCATIONAL_TRAINING_16A;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.job.kind() == JobKind.VOCATIONAL_TRAINING;
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.VOCATIONAL_TRAINING_16A, Norms.VOCATIONAL_TRAINING);
        if (facts.job.kind() != JobKind.VOCATIONAL_TRAINING) {
            result.fail(ReasonCode.NOT_VOCATIONAL_TRAINING, Norms.VOCATIONAL_TRAINING);
        }
        SharedChecks.noTitleDuringAsylumOrToleration(facts, result);
        SharedChecks.germanAtLeast(facts, result, GermanLevel.B1, Norms.VOCATIONAL_TRAINING_LANGUAGE);
        SharedChecks.minimumWage(facts, result);
        SharedChecks.approval(facts, result, Norms.VOCATIONAL_TRAINING_APPROVAL, null);
        SharedChecks.approvalRefusals(facts, result, true);
        if (result.isOpen()) {
            result.step(StepCode.SECURE_LIVING_COSTS_DURING_TRAINING);
            result.document(DocumentCode.TRAINING_CONTRACT);
        }
        result.guidance(GuidanceKeys.VOCATIONAL_TRAINING);
        return Procedures.residenceTitle(facts, result);
    }
}
