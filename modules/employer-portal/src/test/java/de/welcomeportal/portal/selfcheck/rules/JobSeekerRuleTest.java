package de.welcomeportal.portal.selfcheck.rules;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.degree;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.qualifiedJob;
import static org.assertj.core.api.Assertions.assertThat;

class JobSeekerRuleTest {

    private final JobSeekerRule rule = new JobSeekerRule();

    @Test
    void a_job_seeker_may_work_without_approval() {
        PathwayResult result = assess(rule, on(MID_2026,
                inGermany(InGermany.withStatus(ResidenceStatus.JOB_SEEKER), "IN"), helperJob("9333", "30000")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isFalse();
        assertThat(result.acceleratedProcedureSuitable()).isFalse();
    }

    @Test
    void vocational_training_needs_a_change_of_title() {
        PathwayResult result = assess(rule, on(MID_2026,
                inGermany(InGermany.withStatus(ResidenceStatus.JOB_SEEKER), "IN").germanLevel(GermanLevel.B1),
                Job.builder().kind(JobKind.VOCATIONAL_TRAINING).grossAnnualSalary("12000")));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void the_engine_maps_a_job_seeker_to_the_job_seeker_pathway() {
        Assessment assessment = assess(on(MID_2026,
                inGermany(InGermany.withStatus(ResidenceStatus.JOB_SEEKER), "IN").qualification(degree(Recognition.FULL)),
                qualifiedJob("2413", "42000")));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.JOB_SEEKER_20);
        assertThat(assessment.alternatives()).extracting(PathwayResult::pathway).contains(Pathway.SKILLED_18B);
    }
}
