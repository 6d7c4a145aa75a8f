package de.welcomeportal.portal.selfcheck.rules;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2024;
import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.abroad;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static org.assertj.core.api.Assertions.assertThat;

class FreeMovementRuleTest {

    @Test
    void an_eu_citizen_needs_no_title_and_no_approval() {
        Assessment assessment = assess(on(MID_2026, abroad("PL"), helperJob("9333", "30000")));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.FREE_MOVEMENT);
        assertThat(assessment.recommendation().outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(assessment.recommendation().baApprovalRequired()).isNull();
        assertThat(assessment.recommendation().acceleratedProcedureSuitable()).isFalse();
        assertThat(assessment.alternatives()).isEmpty();
    }

    @Test
    void eea_and_swiss_citizens_and_dual_citizens_move_freely_too() {
        for (String[] citizenships : new String[][] {{"NO"}, {"IS"}, {"LI"}, {"CH"}, {"IN", "DE"}}) {
            assertThat(assess(on(MID_2024, abroad(citizenships), helperJob("5120", "32000")))
                    .recommendation().pathway()).as(String.join("+", citizenships)).isEqualTo(Pathway.FREE_MOVEMENT);
        }
    }

    @Test
    void a_british_citizen_is_no_longer_free_to_move() {
        assertThat(assess(on(MID_2026, abroad("GB"), helperJob("5120", "32000"))).recommendation().pathway())
                .isEqualTo(Pathway.PRIVILEGED_NATIONALITY);
    }
}
