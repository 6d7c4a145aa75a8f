package de.welcomeportal.portal.selfcheck.rules;

/**
 * Recognition partnership (Anerkennungspartnerschaft, § 16d Abs. 3 AufenthG with § 2a BeschV), since 1 March 2024:
 * a state-recognised qualification confirmed in Germany, German at A2, a signed agreement, an employer suitable for
 * training, a qualified job (helper work towards a regulated profession at a tariff-bound employer), BA approval
 * without § 9 BeschV. No age-45 rule.
 */
final class RecognitionPartnershipRule implements PathwayRule {

    private static final String QUALIFICATION_NORM = "§ 16d Abs. 3 Satz 1 Nr. 1 AufenthG";
    private static final String AGREEMENT_NORM = "§ 16d Abs. 3 Satz 1 Nr. 3 AufenthG";
    private static final String SUITABILITY_NORM = "§ 16d Abs. 3 Satz 1 Nr. 4 AufenthG";
    private static final String HELPER_WORK_NORM = "§ 16d Abs. 3 Satz 2 AufenthG";

    @Override
    public Pathway pathway() {
        return Pathway.RECOGNITION_PARTNERSHIP;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        QualificationKind kind = facts.qualification.kind();
        return facts.job.kind().isEmployment()
                && (kind == QualificationKind.VOCATIONAL || kind == QualificationKind.ACADEMIC)
                && facts.qualification.recognition() != Recognition.FULL;
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.RECOGNITION_PARTNERSHIP, Norms.RECOGNITION_PARTNERSHIP);
        SharedChecks.requireReform2024(facts, result);
        SharedChecks.noTitleDuringAsylumOrToleration(facts, result);
        SharedChecks.stateRecognisedQualification(facts, result, QUALIFICATION_NORM);
        SharedChecks.germanAtLeast(facts, result, GermanLevel.A2, Norms.RECOGNITION_PARTNERSHIP);
        RecognitionPartnership partnership = facts.job.recognitionPartnership();
        if (partnership.agreementSigned()) {
            result.because(ReasonCode.PARTNERSHIP_AGREEMENT_SIGNED, AGREEMENT_NORM);
        } else {
            result.fail(ReasonCode.PARTNERSHIP_AGREEMENT_NOT_SIGNED, AGREEMENT_NORM);
            result.step(StepCode.SIGN_PARTNERSHIP_AGREEMENT);
        }
        if (partnership.employerSuitableForTraining()) {
            result.because(ReasonCode.EMPLOYER_SUITABLE_FOR_TRAINING, SUITABILITY_NORM);
        } else {
            result.fail(ReasonCode.EMPLOYER_NOT_SUITABLE_FOR_TRAINING, SUITABILITY_NORM);
            result.step(StepCode.SHOW_TRAINING_SUITABILITY);
        }
        if (facts.job.qualified()) {
            result.because(ReasonCode.QUALIFIED_EMPLOYMENT, Norms.RECOGNITION_PARTNERSHIP);
        } else if (facts.job.regulatedProfession() && facts.job.collectiveAgreement()) {
            result.because(ReasonCode.HELPER_WORK_UNTIL_LICENCE_ALLOWED, HELPER_WORK_NORM);
        } else {
            result.fail(ReasonCode.JOB_NOT_QUALIFIED, Norms.RECOGNITION_PARTNERSHIP);
        }
        SharedChecks.minimumWage(facts, result);
        SharedChecks.approval(facts, result, Norms.RECOGNITION_PARTNERSHIP_APPROVAL, Norms.RECOGNITION_PARTNERSHIP);
        SharedChecks.approvalRefusals(facts, result, true);
        if (result.isOpen()) {
            result.step(StepCode.START_RECOGNITION_PROMPTLY_AFTER_ENTRY);
            result.document(DocumentCode.PARTNERSHIP_AGREEMENT);
            result.document(DocumentCode.PROOF_OF_TRAINING_SUITABILITY);
            result.duration(ProcessingTime.RECOGNITION);
        }
        result.guidance(GuidanceKeys.RECOGNITION_PARTNERSHIP);
        result.guidance(GuidanceKeys.RECOGNITION);
        return Procedures.residenceTitle(facts, result);
    }
}
