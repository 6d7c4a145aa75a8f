package de.welcomeportal.portal.selfcheck.rules;

/**
 * EU, EEA and Swiss citizens, including dual citizens, need neither a title nor BA approval: FreizügG/EU, § 12
 * FreizügG/EU for the EEA, the agreement on the free movement of persons for Switzerland.
 */
final class FreeMovementRule implements PathwayRule {

    @Override
    public Pathway pathway() {
        return Pathway.FREE_MOVEMENT;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.freeMovementCitizen;
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.FREE_MOVEMENT, Norms.FREIZUEGIGKEIT);
        if (facts.freeMovementCitizen) {
            result.because(ReasonCode.FREE_MOVEMENT_CITIZEN, Norms.FREIZUEGIGKEIT_ALL);
        } else {
            result.fail(ReasonCode.NOT_AN_EU_EEA_OR_SWISS_CITIZEN, Norms.FREIZUEGIGKEIT);
        }
        SharedChecks.minimumWage(facts, result);
        SharedChecks.licenceUnderProfessionalLaw(facts, result);
        if (result.isOpen()) {
            result.step(StepCode.NO_PERMIT_NEEDED_REGISTER_AS_USUAL);
        }
        result.guidance(GuidanceKeys.FREE_MOVEMENT);
        return result.build();
    }
}
