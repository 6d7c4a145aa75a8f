package de.welcomeportal.portal.selfcheck.rules;

/**
 * Nursing assistants (§ 22a BeschV with § 19c Abs. 1 AufenthG), since 1 March 2024: a state-recognised
 * nursing-assistant training in Germany, or equivalence of the foreign one established by the Land authority. BA
 * approval without § 9 BeschV, age-45 rule. Nursing-assistant training usually lasts under two years, so this is not
 * "qualified employment" and § 81a does not fit. A care-sector minimum wage may apply (warning, not decided here).
 */
final class NursingAssistantRule implements PathwayRule {

    private static final String QUALIFICATION_NORM = "§ 22a BeschV";

    @Override
    public Pathway pathway() {
        return Pathway.NURSING_ASSISTANT_22A;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.job.kind() == JobKind.NURSING_ASSISTANT;
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.NURSING_ASSISTANT_22A, Norms.NURSING_ASSISTANT);
        SharedChecks.requireReform2024(facts, result);
        SharedChecks.noTitleDuringAsylumOrToleration(facts, result);
        if (facts.job.kind() != JobKind.NURSING_ASSISTANT) {
            result.fail(ReasonCode.NOT_A_NURSING_ASSISTANT_JOB, QUALIFICATION_NORM);
        }
        switch (facts.qualification.recognition()) {
            case FULL -> result.because(ReasonCode.NURSING_ASSISTANT_QUALIFICATION_EQUIVALENT, QUALIFICATION_NORM);
            case PENDING -> {
                result.because(ReasonCode.RECOGNITION_PENDING, QUALIFICATION_NORM);
                result.need(MissingCode.RECOGNITION_NOTICE, QUALIFICATION_NORM);
                result.authority(Authority.RECOGNITION_LAND_AUTHORITY);
            }
            default -> {
                result.fail(ReasonCode.NURSING_ASSISTANT_QUALIFICATION_MISSING, QUALIFICATION_NORM);
                result.step(StepCode.APPLY_FOR_NURSING_ASSISTANT_EQUIVALENCE);
                result.authority(Authority.RECOGNITION_LAND_AUTHORITY);
            }
        }
        SharedChecks.minimumWage(facts, result);
        SharedChecks.ageRule(facts, result, Norms.AGE_RULE_BESCHV, true);
        SharedChecks.approval(facts, result, Norms.NURSING_ASSISTANT, QUALIFICATION_NORM);
        SharedChecks.approvalRefusals(facts, result, true);
        result.guidance(GuidanceKeys.NURSING_ASSISTANTS);
        return Procedures.residenceTitle(facts, result);
    }
}
