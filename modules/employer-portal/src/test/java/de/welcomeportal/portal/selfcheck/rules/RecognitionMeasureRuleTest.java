package de.welcomeportal.portal.selfcheck.rules;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2025;
import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.abroad;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.degree;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasStep;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.qualifiedJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.vocational;
import static org.assertj.core.api.Assertions.assertThat;

class RecognitionMeasureRuleTest {

    private final RecognitionMeasureRule rule = new RecognitionMeasureRule();

    @Test
    void a_deficit_notice_and_a2_open_the_measure_with_approval_and_the_accelerated_procedure() {
        PathwayResult result = assess(rule, on(MID_2025,
                abroad("VN").germanLevel(GermanLevel.A2).qualification(vocational(Recognition.PARTIAL)),
                qualifiedJob("7411", "36000")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isTrue();
        assertThat(result.acceleratedProcedureSuitable()).isTrue();
        assertThat(result.legalBasis()).isEqualTo("§ 16d Abs. 1 AufenthG");
    }

    @Test
    void german_below_a2_closes_it() {
        PathwayResult result = assess(rule, on(MID_2025,
                abroad("VN").germanLevel(GermanLevel.A1).qualification(vocational(Recognition.PARTIAL)),
                qualifiedJob("7411", "36000")));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasStep(result, StepCode.IMPROVE_GERMAN)).isTrue();
    }

    @Test
    void a_degree_with_a_deficit_notice_qualifies_too() {
        PathwayResult result = assess(rule, on(MID_2026,
                abroad("EG").germanLevel(GermanLevel.B2).qualification(degree(Recognition.PARTIAL)),
                qualifiedJob("2212", "50000").regulatedProfession(true)));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }
}
