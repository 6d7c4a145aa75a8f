package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.abroad;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasReason;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.vocational;
import static de.welcomeportal.portal.selfcheck.rules.Cases.warns;
import static org.assertj.core.api.Assertions.assertThat;

class NursingAssistantRuleTest {

    private final NursingAssistantRule rule = new NursingAssistantRule();

    private static Job.Builder nursingAssistantJob() {
        return helperJob("5321", "32000").kind(JobKind.NURSING_ASSISTANT).healthOrCareJob(true);
    }

    private static Candidate.Builder assistant(Recognition recognition) {
        return abroad("PH").qualification(Qualification.builder().kind(QualificationKind.VOCATIONAL)
                .trainingYears(1).recognition(recognition).build());
    }

    @Test
    void an_equivalent_nursing_assistant_training_opens_the_pathway_with_approval() {
        PathwayResult result = assess(rule, on(MID_2026, assistant(Recognition.FULL), nursingAssistantJob()));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isTrue();
        assertThat(result.acceleratedProcedureSuitable()).isFalse();
    }

    @Test
    void a_pending_equivalence_notice_makes_it_conditional_and_none_closes_it() {
        assertThat(assess(rule, on(MID_2026, assistant(Recognition.PENDING), nursingAssistantJob())).outcome())
                .isEqualTo(Outcome.CONDITIONAL);
        assertThat(assess(rule, on(MID_2026, assistant(Recognition.NOT_ASSESSED), nursingAssistantJob())).outcome())
                .isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void it_exists_only_from_1_march_2024() {
        assertThat(assess(rule, on(LocalDate.of(2024, 2, 29), assistant(Recognition.FULL), nursingAssistantJob()))
                .outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void private_recruitment_from_an_annex_state_bars_the_approval() {
        PathwayResult result = assess(rule, on(MID_2026,
                abroad("NG").qualification(vocational(Recognition.FULL)),
                nursingAssistantJob().recruitedByPrivateAgency(true)));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.HEALTH_RECRUITMENT_RESERVED_TO_BA)).isTrue();
    }

    @Test
    void the_engine_warns_about_the_care_sector_minimum_wage() {
        Assessment assessment = assess(on(MID_2026, assistant(Recognition.FULL), nursingAssistantJob()));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.NURSING_ASSISTANT_22A);
        assertThat(warns(assessment, WarningCode.CARE_SECTOR_MINIMUM_WAGE)).isTrue();
    }
}
