package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;

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
import static de.welcomeportal.portal.selfcheck.rules.Cases.status;
import static de.welcomeportal.portal.selfcheck.rules.Cases.vocational;
import static org.assertj.core.api.Assertions.assertThat;

class SkilledWorkerVocationalRuleTest {

    private final SkilledWorkerVocationalRule rule = new SkilledWorkerVocationalRule();

    private PathwayResult electrician(Candidate.Builder candidate, Job.Builder job) {
        return assess(rule, on(MID_2026, candidate, job));
    }

    @Test
    void full_equivalence_and_a_qualified_job_need_only_ba_approval() {
        PathwayResult result = electrician(abroad("VN").qualification(vocational(Recognition.FULL)),
                qualifiedJob("7411", "40000"));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isTrue();
        assertThat(result.acceleratedProcedureSuitable()).isTrue();
    }

    @Test
    void partial_equivalence_is_not_enough_and_points_to_a_recognition_measure() {
        PathwayResult result = electrician(abroad("VN").qualification(vocational(Recognition.PARTIAL)),
                qualifiedJob("7411", "40000"));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasStep(result, StepCode.CONSIDER_RECOGNITION_MEASURE)).isTrue();
    }

    @Test
    void a_pending_recognition_notice_makes_the_pathway_conditional() {
        PathwayResult result = electrician(abroad("VN").qualification(vocational(Recognition.PENDING)),
                qualifiedJob("7411", "40000"));

        assertThat(result.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(misses(result, MissingCode.RECOGNITION_NOTICE)).isTrue();
    }

    @Test
    void a_recognised_nurse_without_licence_is_conditional_and_without_recognition_not_eligible() {
        PathwayResult recognised = electrician(abroad("PH").qualification(vocational(Recognition.FULL)),
                qualifiedJob("2221", "40000").regulatedProfession(true));
        PathwayResult notRecognised = electrician(abroad("PH").qualification(vocational(Recognition.NOT_ASSESSED)),
                qualifiedJob("2221", "40000").regulatedProfession(true));

        assertThat(recognised.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(misses(recognised, MissingCode.LICENCE_TO_PRACTISE)).isTrue();
        assertThat(notRecognised.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void pay_exactly_at_the_minimum_wage_passes_and_a_cent_less_fails() {
        // 2026: 13.90 € × 40 h × 52 = 28,912.00 €
        Candidate.Builder candidate = abroad("VN").qualification(vocational(Recognition.FULL));

        assertThat(electrician(candidate, qualifiedJob("7411", "28912.00")).outcome()).isEqualTo(Outcome.ELIGIBLE);
        PathwayResult below = electrician(candidate, qualifiedJob("7411", "28911.99"));
        assertThat(below.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(below, ReasonCode.PAY_BELOW_MINIMUM_WAGE)).isTrue();
    }

    @Test
    void the_minimum_wage_is_compared_for_fractional_hours_too() {
        // 13.90 € × 37.5 h × 52 = 27,105.00 €
        Candidate.Builder candidate = abroad("VN").qualification(vocational(Recognition.FULL));
        BigDecimal hours = new BigDecimal("37.5");

        assertThat(electrician(candidate, qualifiedJob("7411", "27105.00").weeklyHours(hours)).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(electrician(candidate, qualifiedJob("7411", "27104.99").weeklyHours(hours)).outcome())
                .isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void a_change_of_employer_at_50_is_no_first_title_and_skips_the_age_rule() {
        InGermany bound = status(ResidenceStatus.PERMIT_BOUND_TO_EMPLOYER).monthsOfStay(14)
                .monthsInsuredEmployment(14).currentTitlePathway(Pathway.SKILLED_18A).build();
        PathwayResult change = electrician(inGermany(bound, "PH").age(50).qualification(vocational(Recognition.FULL)),
                qualifiedJob("7212", "40000"));
        PathwayResult firstTitle = electrician(abroad("PH").age(50).qualification(vocational(Recognition.FULL)),
                qualifiedJob("7212", "40000"));

        assertThat(change.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(change.baApprovalRequired()).isTrue();
        assertThat(firstTitle.outcome()).isEqualTo(Outcome.CONDITIONAL);
    }
}
