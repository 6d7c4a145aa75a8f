package de.welcomeportal.portal.selfcheck.rules;

/**
 * Temporary protection (§ 24 AufenthG): the permit or its Fiktionsbescheinigung marked "Erwerbstätigkeit erlaubt"
 * allows any employment, vocational training and temporary agency work, without BA approval. A Ukrainian already in
 * Germany without that document can still obtain it, so the pathway is conditional on it; a visa-free stay alone does
 * not allow work.
 */
final class TemporaryProtectionRule implements PathwayRule {

    @Override
    public Pathway pathway() {
        return Pathway.TEMPORARY_PROTECTION_24;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.hasStatus(ResidenceStatus.TEMPORARY_PROTECTION) || ukrainianInGermanyWithoutDocument(facts);
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.TEMPORARY_PROTECTION_24, Norms.TEMPORARY_PROTECTION);
        result.baApprovalRequired(false);
        if (facts.hasStatus(ResidenceStatus.TEMPORARY_PROTECTION)) {
            result.because(ReasonCode.TEMPORARY_PROTECTION_ALLOWS_ANY_EMPLOYMENT, Norms.TEMPORARY_PROTECTION);
        } else if (ukrainianInGermanyWithoutDocument(facts)) {
            result.because(ReasonCode.UKRAINIAN_WITHOUT_PROTECTION_DOCUMENT, Norms.TEMPORARY_PROTECTION);
            result.need(MissingCode.TEMPORARY_PROTECTION_PERMIT, Norms.TEMPORARY_PROTECTION);
            result.step(StepCode.APPLY_FOR_TEMPORARY_PROTECTION_PERMIT);
            result.authority(Authority.ABH_KREIS_LIPPE);
            result.authority(Authority.ABH_STADT_DETMOLD);
        } else {
            result.fail(ReasonCode.NO_TEMPORARY_PROTECTION, Norms.TEMPORARY_PROTECTION);
        }
        result.because(ReasonCode.NO_APPROVAL_WITH_TEMPORARY_PROTECTION, Norms.TEMPORARY_PROTECTION);
        if (facts.job.temporaryAgencyWork()) {
            result.because(ReasonCode.TEMPORARY_AGENCY_WORK_ALLOWED_WITHOUT_APPROVAL, Norms.TEMPORARY_AGENCY_WORK);
        }
        SharedChecks.minimumWage(facts, result);
        SharedChecks.licenceUnderProfessionalLaw(facts, result);
        result.guidance(GuidanceKeys.TEMPORARY_PROTECTION);
        return Procedures.noProcedure(facts, result);
    }

    private static boolean ukrainianInGermanyWithoutDocument(CaseFacts facts) {
        return facts.ukrainian && !facts.abroad
                && (facts.status == null || facts.status == ResidenceStatus.VISA_FREE_STAY);
    }
}
