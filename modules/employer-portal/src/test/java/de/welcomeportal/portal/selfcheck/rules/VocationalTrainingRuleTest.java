package de.welcomeportal.portal.selfcheck.rules;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.abroad;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasReason;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasStep;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static org.assertj.core.api.Assertions.assertThat;

class VocationalTrainingRuleTest {

    private final VocationalTrainingRule rule = new VocationalTrainingRule();

    private static Job.Builder apprenticeship() {
        return Job.builder().kind(JobKind.VOCATIONAL_TRAINING).isco("7411").qualified(true)
                .grossAnnualSalary("12000");
    }

    @Test
    void german_at_b1_opens_training_with_approval_and_the_accelerated_procedure() {
        PathwayResult result = assess(rule, on(MID_2026, abroad("MA").age(20).germanLevel(GermanLevel.B1),
                apprenticeship()));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isTrue();
        assertThat(result.acceleratedProcedureSuitable()).isTrue();
    }

    @Test
    void a_training_allowance_below_the_minimum_wage_is_no_obstacle() {
        PathwayResult result = assess(rule, on(MID_2026, abroad("MA").germanLevel(GermanLevel.B2),
                apprenticeship().grossAnnualSalary("9000")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.MINIMUM_WAGE_NOT_FOR_TRAINING)).isTrue();
    }

    @Test
    void a_trainee_changing_company_needs_approval_despite_two_years_because_section_9_does_not_apply() {
        InGermany trainee = InGermany.builder(ResidenceStatus.PERMIT_BOUND_TO_EMPLOYER).monthsOfStay(26)
                .monthsInsuredEmployment(26).currentTitlePathway(Pathway.VOCATIONAL_TRAINING_16A).build();

        PathwayResult result = assess(rule, on(MID_2026, inGermany(trainee, "VN").germanLevel(GermanLevel.B1),
                apprenticeship()));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isTrue();
    }

    @Test
    void german_below_b1_closes_it() {
        PathwayResult result = assess(rule, on(MID_2026, abroad("MA").germanLevel(GermanLevel.A2), apprenticeship()));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasStep(result, StepCode.IMPROVE_GERMAN)).isTrue();
    }
}
