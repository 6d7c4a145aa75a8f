package de.welcomeportal.portal.selfcheck.rules;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasStep;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.status;
import static org.assertj.core.api.Assertions.assertThat;

class EmploymentTolerationRuleTest {

    private final EmploymentTolerationRule rule = new EmploymentTolerationRule();

    private static InGermany.Builder duldung(boolean requirementsMet, int months) {
        return status(ResidenceStatus.TOLERATED).monthsOfStay(months).monthsInsuredEmployment(18)
                .tolerationEmploymentRequirementsMet(requirementsMet);
    }

    @Test
    void with_all_conditions_met_the_employer_must_report_an_end_within_two_weeks() {
        PathwayResult result = assess(rule, on(MID_2026,
                inGermany(duldung(true, 72).build(), "NG").germanLevel(GermanLevel.A2), helperJob("9333", "31000")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isFalse();
        assertThat(hasStep(result, StepCode.REPORT_END_OF_EMPLOYMENT_WITHIN_TWO_WEEKS)).isTrue();
    }

    @Test
    void before_four_years_of_stay_approval_is_needed() {
        PathwayResult result = assess(rule, on(MID_2026, inGermany(duldung(true, 30).build(), "NG"),
                helperJob("9333", "31000")));

        assertThat(result.baApprovalRequired()).isTrue();
    }

    @Test
    void without_the_conditions_it_is_closed_and_the_ordinary_permit_is_recommended() {
        PathwayResult result = assess(rule, on(MID_2026, inGermany(duldung(false, 30).build(), "NG"),
                helperJob("9333", "31000")));
        Assessment assessment = assess(on(MID_2026, inGermany(duldung(false, 30).build(), "NG"),
                helperJob("9333", "31000")));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.EMPLOYMENT_PERMIT_DULDUNG);
    }
}
