package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasReason;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasStep;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.status;
import static org.assertj.core.api.Assertions.assertThat;

class ToleratedEmploymentRuleTest {

    private final ToleratedEmploymentRule rule = new ToleratedEmploymentRule();

    private PathwayResult tolerated(InGermany.Builder situation, String citizenship, Job.Builder job) {
        return assess(rule, on(MID_2026, inGermany(situation.build(), citizenship), job));
    }

    private static InGermany.Builder duldung(int months) {
        return status(ResidenceStatus.TOLERATED).monthsOfStay(months);
    }

    @Test
    void after_three_months_a_tolerated_person_may_be_permitted_to_work_with_approval() {
        PathwayResult result = tolerated(duldung(3), "SY", helperJob("9112", "29000"));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isTrue();
        assertThat(hasStep(result, StepCode.START_ONLY_WHEN_PERMIT_ENTERED)).isTrue();
        assertThat(result.documents()).contains(DocumentCode.EMPLOYMENT_DECLARATION);
    }

    @Test
    void before_three_months_approval_cannot_be_given_but_training_needs_none() {
        assertThat(tolerated(duldung(2), "SY", helperJob("9112", "29000")).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        PathwayResult training = tolerated(duldung(2), "SY",
                Job.builder().kind(JobKind.VOCATIONAL_TRAINING).grossAnnualSalary("11000"));
        assertThat(training.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(training.baApprovalRequired()).isFalse();
    }

    @Test
    void unclarified_identity_bars_any_work() {
        PathwayResult result = tolerated(status(ResidenceStatus.TOLERATED_UNCLARIFIED_IDENTITY).monthsOfStay(20),
                "SY", helperJob("9112", "29000"));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.NO_WORK_WITH_UNCLARIFIED_IDENTITY)).isTrue();
    }

    @Test
    void a_safe_country_national_whose_later_application_was_rejected_may_not_work() {
        PathwayResult result = tolerated(duldung(24).asylumAppliedOn(LocalDate.of(2024, 6, 15)).asylumRejected(true),
                "BA", helperJob("9329", "30000"));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.NO_WORK_SAFE_COUNTRY_REJECTED)).isTrue();
    }

    @Test
    void a_safe_country_national_who_never_applied_for_asylum_may_not_work_either() {
        PathwayResult result = tolerated(duldung(20), "RS", helperJob("9112", "29000"));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.NO_WORK_SAFE_COUNTRY_REJECTED)).isTrue();
    }

    @Test
    void a_safe_country_national_whose_application_predates_september_2015_is_not_barred() {
        PathwayResult result = tolerated(duldung(20).asylumAppliedOn(LocalDate.of(2015, 8, 31)).asylumRejected(true),
                "AL", helperJob("9112", "29000"));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void temporary_agency_work_is_possible() {
        PathwayResult result = tolerated(duldung(8), "SY", helperJob("9112", "29000").temporaryAgencyWork(true));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }
}
