package de.welcomeportal.portal.selfcheck.rules;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2025;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.degree;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasReason;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.qualifiedJob;
import static org.assertj.core.api.Assertions.assertThat;

class StudentWorkRuleTest {

    private final StudentWorkRule rule = new StudentWorkRule();

    private PathwayResult student(Job.Builder job) {
        return assess(rule, on(MID_2025, inGermany(InGermany.withStatus(ResidenceStatus.STUDENT), "CN").age(23), job));
    }

    @Test
    void twenty_hours_a_week_fit_the_day_account_without_approval() {
        PathwayResult result = student(helperJob("5223", "14000").weeklyHours(20));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isFalse();
    }

    @Test
    void a_permanent_job_over_twenty_hours_exceeds_the_140_days() {
        PathwayResult result = student(helperJob("5223", "16000").weeklyHours(21));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.STUDENT_DAY_ACCOUNT_EXCEEDED)).isTrue();
    }

    @Test
    void full_time_for_six_months_fits_the_140_days_and_seven_months_do_not() {
        assertThat(student(helperJob("5223", "30000").contractMonths(6)).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(student(helperJob("5223", "30000").contractMonths(7)).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void the_minimum_wage_binds_a_side_job_at_the_cent() {
        // 2025: 12.82 € × 18 h × 52 = 11,999.52 €
        assertThat(student(helperJob("5223", "11999.52").weeklyHours(18)).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(student(helperJob("5223", "11999.51").weeklyHours(18)).outcome())
                .isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void the_engine_recommends_the_side_job_rule_when_the_job_fits() {
        Assessment assessment = assess(on(MID_2025,
                inGermany(InGermany.withStatus(ResidenceStatus.STUDENT), "CN").qualification(degree(Recognition.FULL)),
                qualifiedJob("2512", "14000").weeklyHours(20)));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.STUDENT_WORK_16B);
        assertThat(assessment.alternatives()).extracting(PathwayResult::pathway).contains(Pathway.SKILLED_18B);
    }
}
