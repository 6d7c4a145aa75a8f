package de.welcomeportal.portal.selfcheck.rules;

/**
 * Privileged nationalities (§ 26 Abs. 1 BeschV): any employment, qualified or not, with BA approval "mit
 * Vorrangprüfung" (the priority check is suspended by BA directive). No qualification, recognition or salary
 * threshold and no age-45 rule. Nationals listed in § 41 Abs. 1 AufenthV enter visa-free and apply in Germany; the
 * others (Andorra, Monaco, San Marino) need a national visa for work (§ 41 Abs. 2).
 */
final class PrivilegedNationalityRule implements PathwayRule {

    private static final String PRIORITY_CHECK_NORM = "§ 26 Abs. 1 BeschV; Weisung der BA";

    @Override
    public Pathway pathway() {
        return Pathway.PRIVILEGED_NATIONALITY;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.privilegedCitizen;
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.PRIVILEGED_NATIONALITY, Norms.PRIVILEGED);
        if (facts.privilegedCitizen) {
            result.because(ReasonCode.PRIVILEGED_NATIONALITY_ANY_EMPLOYMENT, Norms.PRIVILEGED);
        } else {
            result.fail(ReasonCode.NOT_A_PRIVILEGED_NATIONAL, Norms.PRIVILEGED);
        }
        SharedChecks.noTitleDuringAsylumOrToleration(facts, result);
        if (!facts.job.kind().isEmployment()) {
            result.fail(ReasonCode.NOT_FOR_VOCATIONAL_TRAINING, Norms.PRIVILEGED);
        }
        SharedChecks.licence(facts, result);
        SharedChecks.minimumWage(facts, result);
        SharedChecks.approval(facts, result, Norms.PRIVILEGED, null);
        if (result.approvalNeeded()) {
            result.because(ReasonCode.PRIORITY_CHECK_SUSPENDED, PRIORITY_CHECK_NORM);
        }
        SharedChecks.approvalRefusals(facts, result, true);
        result.guidance(GuidanceKeys.PRIVILEGED_NATIONALITIES);
        return Procedures.residenceTitle(facts, result);
    }
}
