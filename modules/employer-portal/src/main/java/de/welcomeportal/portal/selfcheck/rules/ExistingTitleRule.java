package de.welcomeportal.portal.selfcheck.rules;

/**
 * A settlement permit, or a title marked "Erwerbstätigkeit erlaubt" (family, humanitarian), allows any employment
 * without BA approval (§ 4a Abs. 1 AufenthG; § 31 BeschV for humanitarian titles). The employer only checks the title
 * and keeps a copy (§ 4a Abs. 5).
 */
final class ExistingTitleRule implements PathwayRule {

    @Override
    public Pathway pathway() {
        return Pathway.EXISTING_TITLE_ANY_EMPLOYMENT;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.hasStatus(ResidenceStatus.SETTLEMENT_PERMIT)
                || facts.hasStatus(ResidenceStatus.PERMIT_ANY_EMPLOYMENT);
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.EXISTING_TITLE_ANY_EMPLOYMENT, Norms.TITLE_ALLOWS_EMPLOYMENT);
        if (facts.hasStatus(ResidenceStatus.SETTLEMENT_PERMIT)) {
            result.because(ReasonCode.SETTLEMENT_PERMIT_ALLOWS_ANY_EMPLOYMENT, Norms.TITLE_ALLOWS_EMPLOYMENT);
        } else if (facts.hasStatus(ResidenceStatus.PERMIT_ANY_EMPLOYMENT)) {
            result.because(ReasonCode.TITLE_ALLOWS_ANY_EMPLOYMENT, Norms.TITLE_ALLOWS_EMPLOYMENT);
        } else {
            result.fail(ReasonCode.NO_TITLE_ALLOWING_ANY_EMPLOYMENT, Norms.TITLE_ALLOWS_EMPLOYMENT);
        }
        result.baApprovalRequired(false);
        result.because(ReasonCode.NO_APPROVAL_FOR_EXISTING_TITLE, Norms.TITLE_ALLOWS_EMPLOYMENT);
        SharedChecks.minimumWage(facts, result);
        SharedChecks.licenceUnderProfessionalLaw(facts, result);
        result.guidance(GuidanceKeys.EXISTING_TITLES);
        return Procedures.noProcedure(facts, result);
    }
}
