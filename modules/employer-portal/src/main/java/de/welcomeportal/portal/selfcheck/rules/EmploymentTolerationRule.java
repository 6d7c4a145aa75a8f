package de.welcomeportal.portal.selfcheck.rules;

/**
 * Beschäftigungsduldung (§ 60d AufenthG): a tolerated person who meets all its conditions (entry by 31 December 2022,
 * clarified identity, 12 months of Duldung and of insured employment, livelihood, A2) receives a Duldung for 30
 * months. The employment still needs the ABH's permission; BA approval follows § 32 BeschV. The employer must report
 * an end of the employment within two weeks (§ 60d Abs. 3).
 */
final class EmploymentTolerationRule implements PathwayRule {

    @Override
    public Pathway pathway() {
        return Pathway.EMPLOYMENT_TOLERATION_60D;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.hasStatus(ResidenceStatus.TOLERATED)
                || facts.hasStatus(ResidenceStatus.TOLERATED_UNCLARIFIED_IDENTITY);
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.EMPLOYMENT_TOLERATION_60D, Norms.EMPLOYMENT_TOLERATION);
        InGermany inGermany = facts.inGermany;
        if (inGermany == null || !concerns(facts)) {
            result.fail(ReasonCode.NOT_TOLERATED, Norms.EMPLOYMENT_TOLERATION);
        } else if (inGermany.tolerationEmploymentRequirementsMet()) {
            result.because(ReasonCode.EMPLOYMENT_TOLERATION_REQUIREMENTS_MET, Norms.EMPLOYMENT_TOLERATION);
        } else {
            result.fail(ReasonCode.EMPLOYMENT_TOLERATION_REQUIREMENTS_NOT_MET, Norms.EMPLOYMENT_TOLERATION);
        }
        SharedChecks.tolerationBars(facts, result);
        SharedChecks.minimumWage(facts, result);
        SharedChecks.approvalForAsylumOrToleration(facts, result);
        SharedChecks.approvalRefusals(facts, result, false);
        SharedChecks.licenceUnderProfessionalLaw(facts, result);
        if (result.isOpen()) {
            result.step(StepCode.REPORT_END_OF_EMPLOYMENT_WITHIN_TWO_WEEKS);
            result.because(ReasonCode.EMPLOYER_REPORTS_END_WITHIN_TWO_WEEKS, Norms.EMPLOYMENT_TOLERATION_NOTICE);
        }
        return Procedures.employmentPermit(facts, result);
    }
}
