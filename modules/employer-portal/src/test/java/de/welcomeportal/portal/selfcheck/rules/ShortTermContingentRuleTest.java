package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.abroad;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.warns;
import static org.assertj.core.api.Assertions.assertThat;

class ShortTermContingentRuleTest {

    private final ShortTermContingentRule rule = new ShortTermContingentRule();

    private static Job.Builder seasonJob() {
        return helperJob("9412", "30000").kind(JobKind.SHORT_TERM_CONTINGENT).contractMonths(6)
                .collectiveAgreement(true).employerPaysTravelCosts(true);
    }

    private PathwayResult kitchenHelper(Job.Builder job) {
        return assess(rule, on(MID_2026, abroad("MA"), job));
    }

    @Test
    void a_tariff_bound_employer_paying_travel_may_employ_for_up_to_eight_months() {
        PathwayResult result = kitchenHelper(seasonJob().contractMonths(8));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isTrue();
        assertThat(result.acceleratedProcedureSuitable()).isFalse();
    }

    @Test
    void nine_months_or_a_permanent_contract_are_too_long() {
        assertThat(kitchenHelper(seasonJob().contractMonths(9)).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(kitchenHelper(seasonJob().contractMonths(null)).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void thirty_hours_are_the_minimum() {
        assertThat(kitchenHelper(seasonJob().weeklyHours(30).grossAnnualSalary("25000")).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(kitchenHelper(seasonJob().weeklyHours(29).grossAnnualSalary("25000")).outcome())
                .isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void without_tariff_binding_or_travel_costs_it_is_closed() {
        assertThat(kitchenHelper(seasonJob().collectiveAgreement(false)).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(kitchenHelper(seasonJob().employerPaysTravelCosts(false)).outcome())
                .isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void it_exists_only_from_1_march_2024() {
        assertThat(assess(rule, on(LocalDate.of(2024, 2, 29), abroad("MA"), seasonJob()),
                TestFigures.Y2024_BEFORE_MARCH).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(assess(rule, on(LocalDate.of(2024, 3, 1), abroad("MA"), seasonJob()),
                TestFigures.Y2024_FROM_MARCH).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void the_engine_warns_about_the_quota() {
        Assessment assessment = assess(on(MID_2026, abroad("MA"), seasonJob()));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.SHORT_TERM_CONTINGENT_15D);
        assertThat(warns(assessment, WarningCode.SHORT_TERM_CONTINGENT_QUOTA)).isTrue();
    }
}
