package de.welcomeportal.portal.selfcheck.rules;

/**
 * Employment permit for a tolerated person (Duldung; § 4a Abs. 4 AufenthG with § 32 BeschV). Barred with unclarified
 * identity (§ 60b) and for a safe-country national whose asylum application after 31 August 2015 was rejected or
 * withdrawn, or who made none (§ 60a Abs. 6 Satz 1 Nr. 3). BA approval after three months of stay, none in the cases
 * of § 32 Abs. 2 BeschV. Temporary agency work is possible: § 32 Abs. 1 BeschV applies § 40 Abs. 1 Nr. 1 AufenthG but
 * not Nr. 2.
 */
final class ToleratedEmploymentRule implements PathwayRule {

    @Override
    public Pathway pathway() {
        return Pathway.EMPLOYMENT_PERMIT_DULDUNG;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.hasStatus(ResidenceStatus.TOLERATED)
                || facts.hasStatus(ResidenceStatus.TOLERATED_UNCLARIFIED_IDENTITY);
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.EMPLOYMENT_PERMIT_DULDUNG, Norms.TOLERATED_EMPLOYMENT);
        InGermany inGermany = facts.inGermany;
        if (inGermany == null || !concerns(facts)) {
            result.fail(ReasonCode.NOT_TOLERATED, Norms.TOLERATED_EMPLOYMENT);
            return result.build();
        }
        result.because(ReasonCode.TOLERATED_MAY_BE_PERMITTED_TO_WORK, Norms.PERMIT_WITHOUT_TITLE);
        SharedChecks.tolerationBars(facts, result);
        int months = inGermany.monthsOfStay();
        if (inGermany.livesInReceptionFacility() && months < LegalConstants.RECEPTION_FACILITY_WAITING_MONTHS) {
            result.fail(ReasonCode.RECEPTION_FACILITY_FIRST_SIX_MONTHS, Norms.ASYLUM_RECEPTION_FACILITY, months,
                    LegalConstants.RECEPTION_FACILITY_WAITING_MONTHS);
        }
        SharedChecks.approvalForAsylumOrToleration(facts, result);
        if (result.approvalNeeded() && months < LegalConstants.WAITING_MONTHS) {
            result.fail(ReasonCode.WAITING_PERIOD_NOT_OVER, Norms.TOLERATED_APPROVAL, months,
                    LegalConstants.WAITING_MONTHS);
        }
        SharedChecks.minimumWage(facts, result);
        SharedChecks.approvalRefusals(facts, result, false);
        if (facts.job.temporaryAgencyWork()) {
            result.because(ReasonCode.TEMPORARY_AGENCY_WORK_ALLOWED_WITH_TOLERATION, Norms.TOLERATED_APPROVAL);
        }
        if (facts.job.kind() == JobKind.VOCATIONAL_TRAINING && result.isOpen()) {
            result.step(StepCode.CONSIDER_TRAINING_TOLERATION);
        }
        SharedChecks.licenceUnderProfessionalLaw(facts, result);
        return Procedures.employmentPermit(facts, result);
    }
}
