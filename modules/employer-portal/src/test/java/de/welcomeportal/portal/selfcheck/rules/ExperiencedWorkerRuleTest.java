package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.abroad;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasReason;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasStep;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.misses;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.qualifiedJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.stateRecognisedTraining;
import static de.welcomeportal.portal.selfcheck.rules.Cases.status;
import static org.assertj.core.api.Assertions.assertThat;

class ExperiencedWorkerRuleTest {

    private static final LocalDate LAST_DAY_OF_OLD_LAW = LocalDate.of(2024, 2, 29);
    private static final LocalDate FIRST_DAY_OF_NEW_LAW = LocalDate.of(2024, 3, 1);

    private final ExperiencedWorkerRule rule = new ExperiencedWorkerRule();

    private PathwayResult welder(LocalDate date, Qualification qualification, int years, Job.Builder job) {
        return assess(rule, on(date, abroad("PH").qualification(qualification).experience(years, 0), job));
    }

    @Test
    void the_new_rule_applies_from_1_march_2024_and_not_the_day_before() {
        Qualification training = stateRecognisedTraining(2, true);

        PathwayResult before = welder(LAST_DAY_OF_OLD_LAW, training, 3, qualifiedJob("7212", "41000"));
        PathwayResult from = welder(FIRST_DAY_OF_NEW_LAW, training, 3, qualifiedJob("7212", "41000"));

        assertThat(before.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(before, ReasonCode.NOT_IN_FORCE_BEFORE_1_MARCH_2024)).isTrue();
        assertThat(from.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(from.baApprovalRequired()).isTrue();
        assertThat(from.legalBasis()).isEqualTo("§ 19c Abs. 2 AufenthG i. V. m. § 6 BeschV");
    }

    @Test
    void before_march_2024_it_specialists_needed_three_years_and_60_percent() {
        Candidate.Builder developer = abroad("IN").experience(3, 3);

        PathwayResult atThreshold = assess(rule, on(LAST_DAY_OF_OLD_LAW, developer, qualifiedJob("2512", "54360.00")));
        PathwayResult centBelow = assess(rule, on(LAST_DAY_OF_OLD_LAW, developer, qualifiedJob("2512", "54359.99")));

        assertThat(atThreshold.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(atThreshold.legalBasis()).contains("a. F.");
        assertThat(centBelow.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void the_salary_threshold_passes_at_the_cent_and_fails_one_cent_below() {
        Qualification training = stateRecognisedTraining(2, true);

        assertThat(welder(Cases.MID_2025, training, 3, qualifiedJob("7212", "43470.00")).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(welder(Cases.MID_2025, training, 3, qualifiedJob("7212", "43469.99")).outcome())
                .isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void tariff_pay_at_a_bound_employer_replaces_the_threshold() {
        PathwayResult result = welder(MID_2026, stateRecognisedTraining(2, true), 3,
                qualifiedJob("7212", "36000").collectiveAgreement(true));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.COLLECTIVE_AGREEMENT_REPLACES_SALARY_THRESHOLD)).isTrue();
    }

    @Test
    void two_years_of_experience_are_needed() {
        Qualification training = stateRecognisedTraining(2, true);

        assertThat(welder(MID_2026, training, 2, qualifiedJob("7212", "46000")).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(welder(MID_2026, training, 1, qualifiedJob("7212", "46000")).outcome())
                .isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void the_training_must_have_lasted_two_years_and_be_confirmed_in_germany() {
        PathwayResult oneYear = welder(MID_2026, stateRecognisedTraining(1, true), 3, qualifiedJob("7212", "46000"));
        PathwayResult unknownLength = welder(MID_2026, stateRecognisedTraining(null, true), 3,
                qualifiedJob("7212", "46000"));
        PathwayResult unconfirmed = welder(MID_2026, stateRecognisedTraining(2, false), 3,
                qualifiedJob("7212", "46000"));

        assertThat(oneYear.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(unknownLength.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(unconfirmed.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasStep(unconfirmed, StepCode.REQUEST_QUALIFICATION_CONFIRMATION)).isTrue();
        assertThat(unconfirmed.fees()).extracting(Fee::code).contains(FeeCode.QUALIFICATION_CONFIRMATION);
    }

    @Test
    void an_ict_job_needs_no_formal_qualification() {
        PathwayResult result = assess(rule, on(MID_2026, abroad("IN").experience(3, 3), qualifiedJob("2512", "45700")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.ICT_JOB_NEEDS_NO_FORMAL_QUALIFICATION)).isTrue();
    }

    @Test
    void section_9_does_not_waive_the_approval() {
        InGermany bound = status(ResidenceStatus.PERMIT_BOUND_TO_EMPLOYER).monthsOfStay(40)
                .monthsInsuredEmployment(40).currentTitlePathway(Pathway.EXPERIENCE_19C).build();
        PathwayResult result = assess(rule, on(MID_2026,
                inGermany(bound, "PH").qualification(stateRecognisedTraining(2, true)).experience(3, 0),
                qualifiedJob("7212", "46000")));

        assertThat(result.baApprovalRequired()).isTrue();
        assertThat(hasReason(result, ReasonCode.SECTION_9_NOT_APPLICABLE)).isTrue();
    }

    @Test
    void the_age_rule_applies() {
        PathwayResult result = assess(rule, on(MID_2026,
                abroad("PH").age(47).qualification(stateRecognisedTraining(2, true)).experience(3, 0),
                qualifiedJob("7212", "46000")));

        assertThat(result.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(misses(result, MissingCode.PENSION_PROOF)).isTrue();
    }
}
