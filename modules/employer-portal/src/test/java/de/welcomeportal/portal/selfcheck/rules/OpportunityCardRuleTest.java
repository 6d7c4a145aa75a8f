package de.welcomeportal.portal.selfcheck.rules;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.degree;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasStep;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.qualifiedJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.vocational;
import static org.assertj.core.api.Assertions.assertThat;

class OpportunityCardRuleTest {

    private final OpportunityCardRule rule = new OpportunityCardRule();
    private final InGermany card = InGermany.withStatus(ResidenceStatus.OPPORTUNITY_CARD);

    @Test
    void up_to_twenty_hours_are_allowed_and_twenty_one_are_not() {
        PathwayResult twenty = assess(rule, on(MID_2026, inGermany(card, "KE"),
                helperJob("5223", "16000").weeklyHours(20)));
        PathwayResult twentyOne = assess(rule, on(MID_2026, inGermany(card, "KE"),
                helperJob("5223", "16000").weeklyHours(21)));

        assertThat(twenty.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(twenty.baApprovalRequired()).isFalse();
        assertThat(twentyOne.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasStep(twentyOne, StepCode.SWITCH_TO_SKILLED_WORKER_TITLE)).isTrue();
    }

    @Test
    void for_a_full_time_qualified_job_the_engine_recommends_switching_to_the_blue_card() {
        Assessment assessment = assess(on(MID_2026,
                inGermany(card, "KE").qualification(degree(Recognition.FULL)), qualifiedJob("2512", "52000")));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.BLUE_CARD);
        assertThat(assessment.recommendation().variant()).isEqualTo(BlueCardVariant.GENERAL);
        assertThat(assessment.recommendation().acceleratedProcedureSuitable()).isFalse();
    }

    @Test
    void switching_to_a_skilled_worker_title_needs_approval_as_section_9_does_not_apply_to_the_card() {
        InGermany longStay = InGermany.builder(ResidenceStatus.OPPORTUNITY_CARD).monthsOfStay(40)
                .monthsInsuredEmployment(6).build();

        Assessment assessment = assess(on(MID_2026,
                inGermany(longStay, "KE").qualification(vocational(Recognition.FULL)), qualifiedJob("7411", "40000")));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.SKILLED_18A);
        assertThat(assessment.recommendation().baApprovalRequired()).isTrue();
    }
}
