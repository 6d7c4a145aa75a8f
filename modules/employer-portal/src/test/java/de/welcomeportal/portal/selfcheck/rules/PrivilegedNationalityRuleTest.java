package de.welcomeportal.portal.selfcheck.rules;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2025;
import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.abroad;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasReason;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasStep;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static org.assertj.core.api.Assertions.assertThat;

class PrivilegedNationalityRuleTest {

    private final PrivilegedNationalityRule rule = new PrivilegedNationalityRule();

    @Test
    void an_american_may_take_any_job_with_approval_and_enter_visa_free() {
        PathwayResult result = assess(rule, on(MID_2026, abroad("US"), helperJob("9412", "30000")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isTrue();
        assertThat(result.acceleratedProcedureSuitable()).isFalse();
        assertThat(hasStep(result, StepCode.ENTER_VISA_FREE_AND_APPLY_WITHIN_90_DAYS)).isTrue();
        assertThat(hasReason(result, ReasonCode.PRIORITY_CHECK_SUSPENDED)).isTrue();
    }

    @Test
    void a_monegasque_needs_a_national_visa_for_work() {
        PathwayResult result = assess(rule, on(MID_2025, abroad("MC"), helperJob("9412", "30000")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(hasStep(result, StepCode.APPLY_FOR_NATIONAL_VISA)).isTrue();
        assertThat(result.acceleratedProcedureSuitable()).isFalse();
    }

    @Test
    void a_second_citizenship_of_a_privileged_state_is_enough() {
        PathwayResult result = assess(rule, on(MID_2026, abroad("IN", "GB"), helperJob("9412", "30000")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void temporary_agency_work_bars_the_approval() {
        PathwayResult result = assess(rule, on(MID_2026, abroad("JP"),
                helperJob("9412", "30000").temporaryAgencyWork(true)));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void there_is_no_age_rule() {
        PathwayResult result = assess(rule, on(MID_2026, abroad("AU").age(60), helperJob("9412", "30000")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.missing()).isEmpty();
    }
}
