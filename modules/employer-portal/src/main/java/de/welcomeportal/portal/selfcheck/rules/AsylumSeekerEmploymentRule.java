package de.welcomeportal.portal.selfcheck.rules;

/**
 * Employment permit during the asylum procedure (Aufenthaltsgestattung; § 61 AsylG with § 32 BeschV). No work while
 * obliged to live in a reception facility for the first six months, nor afterwards once the application was
 * rejected (§ 61 Abs. 1); otherwise after three months of permitted stay (§ 61 Abs. 2). Nationals of safe countries of
 * origin who applied after 31 August 2015 may not work. BA approval unless § 32 Abs. 2 BeschV exempts; temporary
 * agency work is possible because § 61 Abs. 2 Satz 3 AsylG applies § 40 Abs. 1 Nr. 1 AufenthG but not Nr. 2.
 */
final class AsylumSeekerEmploymentRule implements PathwayRule {

    @Override
    public Pathway pathway() {
        return Pathway.EMPLOYMENT_PERMIT_GESTATTUNG;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.hasStatus(ResidenceStatus.ASYLUM_PENDING);
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.EMPLOYMENT_PERMIT_GESTATTUNG, Norms.ASYLUM_EMPLOYMENT);
        InGermany inGermany = facts.inGermany;
        if (inGermany == null || inGermany.status() != ResidenceStatus.ASYLUM_PENDING) {
            result.fail(ReasonCode.NOT_IN_ASYLUM_PROCEDURE, Norms.ASYLUM_EMPLOYMENT);
            return result.build();
        }
        if (facts.fromSafeCountryOfOrigin && SharedChecks.appliedAfterSafeCountryCutoff(inGermany)) {
            result.fail(ReasonCode.NO_WORK_SAFE_COUNTRY_OF_ORIGIN, Norms.ASYLUM_SAFE_COUNTRY);
        }
        int months = inGermany.monthsOfStay();
        if (inGermany.livesInReceptionFacility()) {
            if (months < LegalConstants.RECEPTION_FACILITY_WAITING_MONTHS) {
                result.fail(ReasonCode.RECEPTION_FACILITY_FIRST_SIX_MONTHS, Norms.ASYLUM_RECEPTION_FACILITY, months,
                        LegalConstants.RECEPTION_FACILITY_WAITING_MONTHS);
            } else if (inGermany.asylumRejected()) {
                result.fail(ReasonCode.RECEPTION_FACILITY_AFTER_REJECTION, Norms.ASYLUM_RECEPTION_FACILITY);
            } else {
                result.because(ReasonCode.RECEPTION_FACILITY_SIX_MONTHS_OVER, Norms.ASYLUM_RECEPTION_FACILITY,
                        months);
            }
        } else if (months < LegalConstants.WAITING_MONTHS) {
            result.fail(ReasonCode.WAITING_PERIOD_NOT_OVER, Norms.ASYLUM_WAITING, months,
                    LegalConstants.WAITING_MONTHS);
        } else {
            result.because(ReasonCode.WAITING_PERIOD_OVER, Norms.ASYLUM_WAITING, months);
        }
        SharedChecks.approvalForAsylumOrToleration(facts, result);
        SharedChecks.minimumWage(facts, result);
        SharedChecks.approvalRefusals(facts, result, false);
        if (facts.job.temporaryAgencyWork()) {
            result.because(ReasonCode.TEMPORARY_AGENCY_WORK_ALLOWED_IN_ASYLUM_PROCEDURE, Norms.ASYLUM_NO_TEMP_WORK_BAN);
        }
        SharedChecks.licenceUnderProfessionalLaw(facts, result);
        if (result.isOpen()) {
            result.authority(Authority.BAMF);
        }
        return Procedures.employmentPermit(facts, result);
    }
}
