package de.welcomeportal.portal.selfcheck.rules;

/**
 * The Western Balkans rule (§ 26 Abs. 2 BeschV): any non-regulated employment for nationals of Albania, Bosnia and
 * Herzegovina, Kosovo, Montenegro, North Macedonia and Serbia, with BA approval (online pre-approval) within the
 * yearly quota. The first approval needs a visa applied for at the German mission in one of those states (Satz 2) and
 * no AsylbLG benefits in the 24 months before (Satz 4). Temporary agency work is barred (§ 40 Abs. 1 Nr. 2 AufenthG).
 * The age-45 rule applies; pension proof satisfies it, but there is no waiver for a slight shortfall.
 */
final class WesternBalkansRule implements PathwayRule {

    private static final String PRIORITY_CHECK_NORM = "§ 26 Abs. 2 Satz 1 BeschV; Weisung der BA";
    private static final String NO_SECTION_9_NORM = "§ 26 Abs. 2 Satz 5 BeschV";

    @Override
    public Pathway pathway() {
        return Pathway.WESTERN_BALKANS;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.westernBalkansCitizen;
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.WESTERN_BALKANS, Norms.WESTERN_BALKANS);
        if (facts.westernBalkansCitizen) {
            result.because(ReasonCode.WESTERN_BALKANS_NATIONAL_ANY_EMPLOYMENT, Norms.WESTERN_BALKANS);
        } else {
            result.fail(ReasonCode.NOT_A_WESTERN_BALKANS_NATIONAL, Norms.WESTERN_BALKANS);
        }
        if (!facts.job.kind().isEmployment()) {
            result.fail(ReasonCode.NOT_FOR_VOCATIONAL_TRAINING, Norms.WESTERN_BALKANS);
        }
        if (facts.figures.westernBalkansAnnualQuota() <= 0) {
            result.fail(ReasonCode.NO_QUOTA_SET, Norms.WESTERN_BALKANS_QUOTA);
        }
        if (!facts.changesEmployerWithin(Pathway.WESTERN_BALKANS)) {
            firstApproval(facts, result);
        }
        if (facts.job.regulatedProfession() && !facts.qualification.professionalLicence()) {
            result.because(ReasonCode.WESTERN_BALKANS_REGULATED_PROFESSION_NEEDS_RECOGNITION, Norms.WESTERN_BALKANS);
        }
        SharedChecks.licence(facts, result);
        SharedChecks.minimumWage(facts, result);
        SharedChecks.ageRule(facts, result, Norms.AGE_RULE_BESCHV, false);
        SharedChecks.approval(facts, result, Norms.WESTERN_BALKANS, NO_SECTION_9_NORM);
        result.because(ReasonCode.PRIORITY_CHECK_SUSPENDED, PRIORITY_CHECK_NORM);
        SharedChecks.approvalRefusals(facts, result, true);
        if (result.isOpen()) {
            result.step(StepCode.APPLY_FOR_BA_PRE_APPROVAL_ONLINE);
            result.duration(ProcessingTime.WESTERN_BALKANS_WAIT);
        }
        result.guidance(GuidanceKeys.WESTERN_BALKANS);
        return Procedures.residenceTitle(facts, result);
    }

    /**
     * § 26 Abs. 2 Satz 2 and 4 BeschV, for the first approval only. A person abroad, or in Germany on a visa-free
     * stay, can apply at the mission in the home region; a person in Germany with another status cannot.
     */
    private static void firstApproval(CaseFacts facts, ResultBuilder result) {
        if (facts.abroad) {
            result.because(ReasonCode.VISA_AT_MISSION_IN_WESTERN_BALKANS, Norms.WESTERN_BALKANS_VISA);
            result.step(StepCode.APPLY_FOR_VISA_IN_WESTERN_BALKANS);
        } else if (facts.status == null || facts.status == ResidenceStatus.VISA_FREE_STAY) {
            result.because(ReasonCode.VISA_AT_MISSION_IN_WESTERN_BALKANS, Norms.WESTERN_BALKANS_VISA);
            result.step(StepCode.RETURN_AND_APPLY_FOR_VISA_IN_WESTERN_BALKANS);
        } else {
            result.fail(ReasonCode.VISA_NOT_APPLIED_FOR_IN_WESTERN_BALKANS, Norms.WESTERN_BALKANS_VISA);
        }
        InGermany inGermany = facts.candidate.inGermany();
        if (inGermany != null && inGermany.receivedAsylumBenefitsLast24Months()) {
            result.fail(ReasonCode.ASYLUM_BENEFITS_IN_LAST_24_MONTHS, Norms.WESTERN_BALKANS_BENEFITS);
        }
    }
}
