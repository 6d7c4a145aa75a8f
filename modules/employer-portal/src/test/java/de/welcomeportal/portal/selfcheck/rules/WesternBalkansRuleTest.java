package de.welcomeportal.portal.selfcheck.rules;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.abroad;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasReason;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasStep;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.misses;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.qualifiedJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.status;
import static de.welcomeportal.portal.selfcheck.rules.Cases.warns;
import static org.assertj.core.api.Assertions.assertThat;

class WesternBalkansRuleTest {

    private final WesternBalkansRule rule = new WesternBalkansRule();

    @Test
    void a_kosovar_abroad_may_take_a_helper_job_with_approval_but_no_accelerated_procedure() {
        PathwayResult result = assess(rule, on(MID_2026, abroad("XK"), helperJob("9313", "32000")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isTrue();
        assertThat(result.acceleratedProcedureSuitable()).isFalse();
        assertThat(hasStep(result, StepCode.APPLY_FOR_BA_PRE_APPROVAL_ONLINE)).isTrue();
        assertThat(hasStep(result, StepCode.APPLY_FOR_VISA_IN_WESTERN_BALKANS)).isTrue();
    }

    @Test
    void the_engine_warns_about_the_quota_and_the_suspended_priority_check() {
        Assessment assessment = assess(on(MID_2026, abroad("RS"), helperJob("9313", "32000")));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.WESTERN_BALKANS);
        assertThat(warns(assessment, WarningCode.WESTERN_BALKANS_QUOTA)).isTrue();
        assertThat(warns(assessment, WarningCode.PRIORITY_CHECK_SUSPENDED_BY_DIRECTIVE)).isTrue();
    }

    @Test
    void a_regulated_profession_without_recognition_is_excluded() {
        PathwayResult result = assess(rule, on(MID_2026, abroad("AL"),
                qualifiedJob("2221", "38000").regulatedProfession(true)));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.WESTERN_BALKANS_REGULATED_PROFESSION_NEEDS_RECOGNITION)).isTrue();
    }

    @Test
    void temporary_agency_work_is_excluded() {
        PathwayResult result = assess(rule, on(MID_2026, abroad("MK"),
                helperJob("9313", "32000").temporaryAgencyWork(true)));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void below_55_percent_at_45_pension_proof_is_needed_without_a_slight_shortfall_waiver() {
        PathwayResult withoutProof = assess(rule, on(MID_2026, abroad("BA").age(45), helperJob("9313", "32000")));
        PathwayResult withProof = assess(rule, on(MID_2026, abroad("BA").age(45).adequatePensionProvision(true),
                helperJob("9313", "32000")));

        assertThat(withoutProof.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(misses(withoutProof, MissingCode.PENSION_PROOF)).isTrue();
        assertThat(hasStep(withoutProof, StepCode.ASK_FOR_AGE_RULE_EXCEPTION_IN_JUSTIFIED_CASES)).isTrue();
        assertThat(withProof.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void a_tolerated_person_in_germany_cannot_apply_at_the_mission_at_home() {
        InGermany tolerated = status(ResidenceStatus.TOLERATED).monthsOfStay(24).build();
        PathwayResult result = assess(rule, on(MID_2026, inGermany(tolerated, "BA"), helperJob("9329", "30000")));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.VISA_NOT_APPLIED_FOR_IN_WESTERN_BALKANS)).isTrue();
    }

    @Test
    void asylum_benefits_in_the_last_24_months_exclude_the_rule() {
        InGermany visitor = status(ResidenceStatus.VISA_FREE_STAY).receivedAsylumBenefitsLast24Months(true).build();
        PathwayResult result = assess(rule, on(MID_2026, inGermany(visitor, "RS"), helperJob("9329", "30000")));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.ASYLUM_BENEFITS_IN_LAST_24_MONTHS)).isTrue();
    }

    @Test
    void a_holder_of_a_western_balkans_title_may_change_employer_in_germany() {
        InGermany bound = status(ResidenceStatus.PERMIT_BOUND_TO_EMPLOYER).monthsOfStay(10)
                .currentTitlePathway(Pathway.WESTERN_BALKANS).build();
        PathwayResult result = assess(rule, on(MID_2026, inGermany(bound, "XK"), helperJob("9313", "32000")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.CHANGE_OF_EMPLOYER_NEEDS_PERMISSION)).isTrue();
    }
}
