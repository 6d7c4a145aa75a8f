package de.welcomeportal.portal.selfcheck.rules;

/**
 * Skilled workers with a degree (§ 18b AufenthG): a German, recognised or comparable degree and any qualified
 * employment, with BA approval (§ 18 Abs. 2 Nr. 2) unless § 9 BeschV applies, the licence for regulated professions
 * and the age-45 rule on the first title.
 */
final class SkilledWorkerAcademicRule implements PathwayRule {

    @Override
    public Pathway pathway() {
        return Pathway.SKILLED_18B;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.job.kind().isEmployment() && facts.qualification.kind() == QualificationKind.ACADEMIC;
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.SKILLED_18B, Norms.SKILLED_ACADEMIC);
        SharedChecks.noTitleDuringAsylumOrToleration(facts, result);
        // concerns(...) guarantees the kind of qualification
        SharedChecks.qualificationRecognised(facts, result, Norms.FACHKRAFT_ACADEMIC);
        SharedChecks.qualifiedJob(facts, result, Norms.SKILLED_ACADEMIC);
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
