package de.welcomeportal.portal.selfcheck.rules;

/**
 * Recognition measure after a deficit notice (§ 16d Abs. 1 AufenthG): the recognition body found partial
 * equivalence, German at A2, a suitable adaptation or compensation measure. Where the employer runs the measure in
 * the company, the BA approves (§ 16d Abs. 1 Satz 2 Nr. 3, § 8 Abs. 2 BeschV); an employer asking is that case.
 */
final class RecognitionMeasureRule implements PathwayRule {

    private static final String APPROVAL_NORM = "§ 16d Abs. 1 Satz 2 Nr. 3 AufenthG i. V. m. § 8 Abs. 2 BeschV";

    @Override
    public Pathway pathway() {
        return Pathway.RECOGNITION_MEASURE_16D;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.job.kind().isEmployment() && facts.qualification.recognition() == Recognition.PARTIAL;
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.RECOGNITION_MEASURE_16D, Norms.RECOGNITION_MEASURE);
        SharedChecks.noTitleDuringAsylumOrToleration(facts, result);
        if (facts.qualification.recognition() == Recognition.PARTIAL) {
            result.because(ReasonCode.DEFICIT_NOTICE_RECEIVED, Norms.RECOGNITION_MEASURE);
        } else {
            result.fail(ReasonCode.NO_DEFICIT_NOTICE, Norms.RECOGNITION_MEASURE);
        }
        SharedChecks.germanAtLeast(facts, result, GermanLevel.A2, Norms.RECOGNITION_MEASURE);
        SharedChecks.minimumWage(facts, result);
        SharedChecks.approval(facts, result, APPROVAL_NORM, null);
        SharedChecks.approvalRefusals(facts, result, true);
        if (result.isOpen()) {
            result.step(StepCode.AGREE_ADAPTATION_MEASURE);
            result.document(DocumentCode.RECOGNITION_NOTICE);
            result.duration(ProcessingTime.RECOGNITION_MEASURE);
        }
        result.guidance(GuidanceKeys.RECOGNITION);
        return Procedures.residenceTitle(facts, result);
    }
}
