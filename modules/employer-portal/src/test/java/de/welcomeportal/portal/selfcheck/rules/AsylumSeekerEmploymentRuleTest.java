package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2025;
import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.degree;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasReason;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.qualifiedJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.status;
import static de.welcomeportal.portal.selfcheck.rules.Cases.warns;
import static org.assertj.core.api.Assertions.assertThat;

class AsylumSeekerEmploymentRuleTest {

    private final AsylumSeekerEmploymentRule rule = new AsylumSeekerEmploymentRule();

    private PathwayResult asylumSeeker(InGermany.Builder situation, String citizenship, Job.Builder job) {
        return assess(rule, on(MID_2026, inGermany(situation.build(), citizenship), job));
    }

    private static InGermany.Builder pending(int months) {
        return status(ResidenceStatus.ASYLUM_PENDING).monthsOfStay(months).asylumAppliedOn(LocalDate.of(2025, 1, 15));
    }

    @Test
    void after_three_months_outside_a_reception_facility_work_needs_ba_approval() {
        PathwayResult three = asylumSeeker(pending(3), "AF", helperJob("9333", "30000"));
        PathwayResult two = asylumSeeker(pending(2), "AF", helperJob("9333", "30000"));

        assertThat(three.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(three.baApprovalRequired()).isTrue();
        assertThat(three.acceleratedProcedureSuitable()).isFalse();
        assertThat(two.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(two, ReasonCode.WAITING_PERIOD_NOT_OVER)).isTrue();
    }

    @Test
    void in_a_reception_facility_work_is_possible_after_six_months_unless_the_application_was_rejected() {
        assertThat(asylumSeeker(pending(5).livesInReceptionFacility(true), "AF", helperJob("9333", "30000"))
                .outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(asylumSeeker(pending(6).livesInReceptionFacility(true), "AF", helperJob("9333", "30000"))
                .outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(asylumSeeker(pending(6).livesInReceptionFacility(true).asylumRejected(true), "AF",
                helperJob("9333", "30000")).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void safe_country_nationals_who_applied_after_31_august_2015_may_not_work() {
        InGermany.Builder onCutoff = pending(120).asylumAppliedOn(LocalDate.of(2015, 8, 31));
        InGermany.Builder dayAfter = pending(120).asylumAppliedOn(LocalDate.of(2015, 9, 1));

        assertThat(asylumSeeker(onCutoff, "GE", helperJob("9112", "29000")).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(asylumSeeker(dayAfter, "GE", helperJob("9112", "29000")).outcome())
                .isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void approval_is_not_needed_after_four_years_for_training_or_at_blue_card_level() {
        assertThat(asylumSeeker(pending(48), "IQ", helperJob("9621", "30000")).baApprovalRequired()).isFalse();
        assertThat(asylumSeeker(pending(47), "IQ", helperJob("9621", "30000")).baApprovalRequired()).isTrue();
        assertThat(asylumSeeker(pending(10), "IQ",
                Job.builder().kind(JobKind.VOCATIONAL_TRAINING).grossAnnualSalary("11000")).baApprovalRequired())
                .isFalse();
        PathwayResult blueCardLevel = assess(rule, on(MID_2026,
                inGermany(pending(10).build(), "IR").qualification(degree(Recognition.FULL)),
                qualifiedJob("2512", "50700")));
        assertThat(blueCardLevel.baApprovalRequired()).isFalse();
    }

    @Test
    void temporary_agency_work_is_possible() {
        PathwayResult result = asylumSeeker(pending(5), "SY", helperJob("9333", "30000").temporaryAgencyWork(true));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.TEMPORARY_AGENCY_WORK_ALLOWED_IN_ASYLUM_PROCEDURE)).isTrue();
    }

    @Test
    void unlawful_recruitment_for_care_jobs_still_bars_the_approval() {
        PathwayResult result = asylumSeeker(pending(5), "NG",
                helperJob("5321", "30000").healthOrCareJob(true).recruitedByPrivateAgency(true));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void asylum_cases_carry_the_geas_warning_from_2026() {
        Assessment in2026 = assess(on(MID_2026, inGermany(pending(5).build(), "AF"), helperJob("9333", "30000")));
        Assessment in2025 = assess(on(MID_2025, inGermany(pending(5).build(), "AF"), helperJob("9333", "30000")));

        assertThat(warns(in2026, WarningCode.GEAS_CHANGES_TO_ASYLUM_EMPLOYMENT)).isTrue();
        assertThat(warns(in2025, WarningCode.GEAS_CHANGES_TO_ASYLUM_EMPLOYMENT)).isFalse();
    }
}
