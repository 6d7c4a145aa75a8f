package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;

import org.assertj.core.groups.Tuple;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.abroad;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.degree;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasReason;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasStep;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.qualifiedJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.status;
import static de.welcomeportal.portal.selfcheck.rules.Cases.vocational;
import static de.welcomeportal.portal.selfcheck.rules.Cases.warns;
import static org.assertj.core.api.Assertions.assertThat;

class SelfCheckEngineTest {

    private final SelfCheckEngine engine = new SelfCheckEngine();

    @Test
    void the_general_blue_card_is_preferred_and_skilled_worker_title_offered_as_alternative() {
        Assessment assessment = assess(on(MID_2026, abroad("IN").qualification(degree(Recognition.FULL)),
                qualifiedJob("2413", "60000")));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.BLUE_CARD);
        assertThat(assessment.recommendation().variant()).isEqualTo(BlueCardVariant.GENERAL);
        assertThat(assessment.alternatives()).extracting(PathwayResult::pathway).containsExactly(Pathway.SKILLED_18B);
        assertThat(assessment.figuresValidFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(assessment.decisionDate()).isEqualTo(MID_2026);
    }

    @Test
    void an_eligible_pathway_later_in_the_order_beats_a_conditional_one() {
        Assessment assessment = assess(on(MID_2026, abroad("US").age(50).qualification(degree(Recognition.FULL)),
                qualifiedJob("2413", "42000")));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.PRIVILEGED_NATIONALITY);
        assertThat(assessment.alternatives()).extracting(PathwayResult::pathway, PathwayResult::outcome)
                .contains(Tuple.tuple(Pathway.SKILLED_18B, Outcome.CONDITIONAL));
    }

    @Test
    void without_an_eligible_pathway_the_first_conditional_one_is_recommended() {
        Assessment assessment = assess(on(MID_2026, abroad("IN").age(46).qualification(degree(Recognition.FULL)),
                qualifiedJob("1221", "50000")));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.SKILLED_18B);
        assertThat(assessment.recommendation().outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(assessment.recommendation().missing()).isNotEmpty();
    }

    @Test
    void with_nothing_open_the_answer_is_none_with_the_reasons_and_helpful_next_steps() {
        Assessment assessment = assess(on(MID_2026, abroad("IN").qualification(degree(Recognition.FULL)),
                qualifiedJob("2512", "46000").temporaryAgencyWork(true)));
        PathwayResult none = assessment.recommendation();

        assertThat(none.pathway()).isEqualTo(Pathway.NONE);
        assertThat(none.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(none.baApprovalRequired()).isNull();
        assertThat(none.acceleratedProcedureSuitable()).isFalse();
        assertThat(none.legalBasis()).contains("§");
        assertThat(hasReason(none, ReasonCode.TEMPORARY_AGENCY_WORK_BARS_APPROVAL)).isTrue();
        assertThat(hasStep(none, StepCode.EMPLOY_DIRECTLY_NOT_THROUGH_AGENCY)).isTrue();
        assertThat(hasStep(none, StepCode.CONSIDER_OPPORTUNITY_CARD)).isTrue();
        assertThat(hasStep(none, StepCode.ASK_WELCOME_CENTER_FOR_ADVICE)).isTrue();
        assertThat(assessment.alternatives()).isEmpty();
        assertThat(assessment.closedPathways()).extracting(PathwayResult::pathway)
                .contains(Pathway.BLUE_CARD, Pathway.SKILLED_18B, Pathway.EXPERIENCE_19C);
    }

    @Test
    void for_an_unqualified_job_abroad_recognition_chancenkarte_and_training_are_suggested() {
        Assessment assessment = assess(on(MID_2026,
                abroad("IN").qualification(vocational(Recognition.NOT_ASSESSED)), helperJob("9333", "30000")));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.NONE);
        assertThat(hasStep(assessment.recommendation(), StepCode.APPLY_FOR_RECOGNITION)).isTrue();
        assertThat(hasStep(assessment.recommendation(), StepCode.CONSIDER_OPPORTUNITY_CARD)).isTrue();
        assertThat(hasStep(assessment.recommendation(), StepCode.CONSIDER_VOCATIONAL_TRAINING)).isTrue();
    }

    @Test
    void an_employer_bound_title_is_continued_by_its_own_pathway() {
        InGermany bound = status(ResidenceStatus.PERMIT_BOUND_TO_EMPLOYER).monthsOfStay(14)
                .monthsInsuredEmployment(14).currentTitlePathway(Pathway.SKILLED_18B).build();
        Assessment assessment = assess(on(MID_2026, inGermany(bound, "IN").qualification(degree(Recognition.FULL)),
                qualifiedJob("2413", "60000")));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.SKILLED_18B);
        assertThat(assessment.recommendation().baApprovalRequired()).isTrue();
        assertThat(assessment.recommendation().acceleratedProcedureSuitable()).isFalse();
        assertThat(assessment.alternatives()).extracting(PathwayResult::pathway).contains(Pathway.BLUE_CARD);
    }

    @Test
    void a_chancenkarte_side_job_is_recommended_before_a_switch() {
        Assessment assessment = assess(on(MID_2026,
                inGermany(InGermany.withStatus(ResidenceStatus.OPPORTUNITY_CARD), "KE")
                        .qualification(degree(Recognition.FULL)),
                qualifiedJob("2413", "21000").weeklyHours(20)));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.CHANCENKARTE_20A);
        assertThat(assessment.alternatives()).extracting(PathwayResult::pathway).contains(Pathway.SKILLED_18B);
    }

    @Test
    void a_visa_free_stay_is_no_basis_for_a_work_title_from_within_germany() {
        Assessment assessment = assess(on(MID_2026,
                inGermany(InGermany.withStatus(ResidenceStatus.VISA_FREE_STAY), "BR")
                        .qualification(degree(Recognition.FULL)),
                qualifiedJob("2413", "42000")));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.SKILLED_18B);
        assertThat(assessment.recommendation().acceleratedProcedureSuitable()).isFalse();
        assertThat(hasStep(assessment.recommendation(), StepCode.APPLY_FOR_NATIONAL_VISA)).isTrue();
    }

    @Test
    void near_the_turn_of_the_year_a_threshold_based_answer_carries_a_warning() {
        Candidate.Builder graduate = abroad("IN").qualification(degree(Recognition.FULL));

        Assessment december = assess(on(LocalDate.of(2025, 12, 1), graduate, qualifiedJob("2413", "60000")));
        Assessment january = assess(on(LocalDate.of(2026, 1, 10), graduate, qualifiedJob("2413", "60000")));
        Assessment june = assess(on(MID_2026, graduate, qualifiedJob("2413", "60000")));

        assertThat(december.warnings()).contains(Warning.of(WarningCode.THRESHOLDS_CHANGE_ON_1_JANUARY, "2026"));
        assertThat(january.warnings()).contains(Warning.of(WarningCode.THRESHOLDS_CHANGED_ON_1_JANUARY, "2026"));
        assertThat(june.warnings()).isEmpty();
    }

    @Test
    void figures_of_another_year_are_used_only_with_a_warning() {
        SelfCheckCase in2027 = on(LocalDate.of(2027, 2, 1), abroad("IN").qualification(degree(Recognition.FULL)),
                qualifiedJob("2413", "60000"));

        Assessment assessment = engine.assess(in2027, TestFigures.Y2026);

        assertThat(warns(assessment, WarningCode.FIGURES_FROM_ANOTHER_YEAR)).isTrue();
    }
}
