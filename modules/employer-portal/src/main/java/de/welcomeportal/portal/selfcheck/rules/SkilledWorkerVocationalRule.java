package de.welcomeportal.portal.selfcheck.rules;

/**
 * Skilled workers with vocational training (§ 18a AufenthG): full equivalence of the foreign qualification and any
 * qualified employment, with BA approval (§ 18 Abs. 2 Nr. 2) unless § 9 BeschV applies, the licence for regulated
 * professions and the age-45 rule on the first title. Partial equivalence is not enough; that is § 16d.
 */
final class SkilledWorkerVocationalRule implements PathwayRule {

    @Override
    public Pathway pathway() {
        return Pathway.SKILLED_18A;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.job.kind().isEmployment() && facts.qualification.kind() == QualificationKind.VOCATIONAL;
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.SKILLED_18A, Norms.SKILLED_VOCATIONAL);
        SharedChecks.noTitleDuringAsylumOrToleration(facts, result);
        // concerns(...) guarantees the kind of qualification
        SharedChecks.qualificationRecognised(facts, result, Norms.FACHKRAFT_VOCATIONAL);
        SharedChecks.qualifiedJob(facts, result, Norms.SKILLED_VOCATIONAL);
        SharedChecks.licence(facts, result);
        SharedChecks.minimumWage(facts, result);
        SharedChecks.ageRule(facts, result, Norms.AGE_RULE, true);
        SharedChecks.approval(facts, result, Norms.BA_APPROVAL, null);
        SharedChecks.approvalRefusals(facts, result, true);
        result.guidance(GuidanceKeys.SKILLED_WORKERS);
        result.guidance(GuidanceKeys.RECOGNITION);
        return Procedures.residenceTitle(facts, result);
    }
}
