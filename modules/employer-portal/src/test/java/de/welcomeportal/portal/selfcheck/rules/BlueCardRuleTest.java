package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.abroad;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.degree;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasReason;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.misses;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.qualifiedJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.status;
import static org.assertj.core.api.Assertions.assertThat;

class BlueCardRuleTest {

    private static final LocalDate OLD_DEGREE = LocalDate.of(2015, 6, 15);
    private final BlueCardRule rule = new BlueCardRule();

    /** An Indian graduate abroad with a comparable degree from 2015, in a job that is no shortage occupation. */
    private PathwayResult economist(LocalDate date, String salary) {
        Qualification qualification = degree(Recognition.FULL).toBuilder().awardedOn(OLD_DEGREE).build();
        return assess(rule, on(date, abroad("IN").qualification(qualification), qualifiedJob("2413", salary)));
    }

    @Test
    void a_salary_exactly_at_the_general_threshold_gives_the_general_blue_card_without_approval() {
        PathwayResult result = economist(MID_2026, "50700.00");

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.variant()).isEqualTo(BlueCardVariant.GENERAL);
        assertThat(result.baApprovalRequired()).isFalse();
        assertThat(result.legalBasis()).isEqualTo("§ 18g Abs. 1 Satz 1 AufenthG");
        assertThat(result.acceleratedProcedureSuitable()).isTrue();
        assertThat(result.reasons()).contains(Reason.of(ReasonCode.SALARY_AT_LEAST_GENERAL_THRESHOLD,
                "§ 18g Abs. 1 Satz 1 AufenthG", TestFigures.euros("50700.00"), TestFigures.euros("50700")));
    }

    @Test
    void a_salary_one_cent_below_the_general_threshold_is_not_enough() {
        PathwayResult result = economist(MID_2026, "50699.99");

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(result.variant()).isNull();
        assertThat(hasReason(result, ReasonCode.SALARY_BELOW_GENERAL_THRESHOLD)).isTrue();
        assertThat(hasReason(result, ReasonCode.NOT_A_SHORTAGE_OCCUPATION)).isTrue();
        assertThat(hasReason(result, ReasonCode.DEGREE_OLDER_THAN_THREE_YEARS)).isTrue();
    }

    @Test
    void the_threshold_of_the_year_of_decision_applies_across_the_turn_of_the_year() {
        assertThat(economist(LocalDate.of(2025, 12, 31), "48300.00").outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(economist(LocalDate.of(2026, 1, 1), "48300.00").outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void a_shortage_occupation_at_the_reduced_threshold_gets_the_shortage_variant_with_approval() {
        Qualification qualification = degree(Recognition.FULL).toBuilder().awardedOn(OLD_DEGREE).build();
        PathwayResult atThreshold = assess(rule,
                on(MID_2026, abroad("TR").qualification(qualification), qualifiedJob("2151", "45934.20")));
        PathwayResult centBelow = assess(rule,
                on(MID_2026, abroad("TR").qualification(qualification), qualifiedJob("2151", "45934.19")));

        assertThat(atThreshold.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(atThreshold.variant()).isEqualTo(BlueCardVariant.SHORTAGE);
        assertThat(atThreshold.baApprovalRequired()).isTrue();
        assertThat(centBelow.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void a_degree_exactly_three_years_old_still_makes_a_new_entrant_and_a_day_older_does_not() {
        Qualification threeYears = degree(Recognition.FULL).toBuilder().awardedOn(MID_2026.minusYears(3)).build();
        Qualification dayOlder = threeYears.toBuilder().awardedOn(MID_2026.minusYears(3).minusDays(1)).build();

        PathwayResult newEntrant = assess(rule,
                on(MID_2026, abroad("IN").qualification(threeYears), qualifiedJob("2413", "46000")));
        PathwayResult tooOld = assess(rule,
                on(MID_2026, abroad("IN").qualification(dayOlder), qualifiedJob("2413", "46000")));

        assertThat(newEntrant.variant()).isEqualTo(BlueCardVariant.NEW_ENTRANT);
        assertThat(newEntrant.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(newEntrant.baApprovalRequired()).isTrue();
        assertThat(tooOld.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void the_three_years_end_on_the_same_calendar_day_so_a_leap_day_does_not_stretch_them() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        Qualification lastDayOfFebruary = degree(Recognition.FULL).toBuilder()
                .awardedOn(LocalDate.of(2021, 2, 28)).build();
        Qualification firstOfMarch = degree(Recognition.FULL).toBuilder().awardedOn(LocalDate.of(2021, 3, 1)).build();

        Job.Builder job = qualifiedJob("2413", "42000");

        PathwayResult tooOld = assess(rule, on(leapDay, abroad("IN").qualification(lastDayOfFebruary), job));
        PathwayResult newEntrant = assess(rule, on(leapDay, abroad("IN").qualification(firstOfMarch), job));

        assertThat(tooOld.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(tooOld, ReasonCode.DEGREE_OLDER_THAN_THREE_YEARS)).isTrue();
        assertThat(newEntrant.variant()).isEqualTo(BlueCardVariant.NEW_ENTRANT);
        assertThat(newEntrant.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void a_contract_of_six_months_is_enough_and_five_months_are_not() {
        Candidate.Builder candidate = abroad("IN").qualification(degree(Recognition.FULL));

        PathwayResult sixMonths = assess(rule, on(MID_2026, candidate, qualifiedJob("2413", "60000").contractMonths(6)));
        PathwayResult fiveMonths = assess(rule, on(MID_2026, candidate, qualifiedJob("2413", "60000").contractMonths(5)));

        assertThat(sixMonths.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(fiveMonths.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(fiveMonths, ReasonCode.CONTRACT_SHORTER_THAN_SIX_MONTHS)).isTrue();
    }

    @Test
    void an_it_specialist_without_a_degree_needs_three_years_of_it_experience() {
        PathwayResult threeYears = assess(rule,
                on(MID_2026, abroad("IN").experience(3, 3), qualifiedJob("2512", "45934.20")));
        PathwayResult twoYears = assess(rule,
                on(MID_2026, abroad("IN").experience(3, 2), qualifiedJob("2512", "60000")));

        assertThat(threeYears.variant()).isEqualTo(BlueCardVariant.IT_SPECIALIST);
        assertThat(threeYears.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(threeYears.baApprovalRequired()).isTrue();
        assertThat(twoYears.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void temporary_agency_work_bars_only_the_variants_that_need_approval() {
        Candidate.Builder candidate = abroad("IN").qualification(degree(Recognition.FULL));

        PathwayResult general = assess(rule,
                on(MID_2026, candidate, qualifiedJob("2512", "51000").temporaryAgencyWork(true)));
        PathwayResult shortage = assess(rule,
                on(MID_2026, candidate, qualifiedJob("2512", "46000").temporaryAgencyWork(true)));

        assertThat(general.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(general.variant()).isEqualTo(BlueCardVariant.GENERAL);
        assertThat(shortage.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(shortage, ReasonCode.TEMPORARY_AGENCY_WORK_BARS_APPROVAL)).isTrue();
    }

    @Test
    void a_pending_comparability_statement_makes_the_blue_card_conditional() {
        PathwayResult result = assess(rule,
                on(MID_2026, abroad("IN").qualification(degree(Recognition.PENDING)), qualifiedJob("2413", "60000")));

        assertThat(result.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(misses(result, MissingCode.COMPARABILITY_STATEMENT)).isTrue();
    }

    @Test
    void a_regulated_profession_without_licence_is_conditional_when_the_degree_is_recognised() {
        PathwayResult recognised = assess(rule, on(MID_2026, abroad("EG").qualification(degree(Recognition.FULL)),
                qualifiedJob("2212", "90000").regulatedProfession(true)));
        PathwayResult notAssessed = assess(rule, on(MID_2026,
                abroad("EG").qualification(degree(Recognition.NOT_ASSESSED)),
                qualifiedJob("2212", "90000").regulatedProfession(true)));

        assertThat(recognised.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(misses(recognised, MissingCode.LICENCE_TO_PRACTISE)).isTrue();
        assertThat(notAssessed.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void asylum_seekers_tolerated_persons_and_protection_holders_are_excluded() {
        for (ResidenceStatus excluded : new ResidenceStatus[] {ResidenceStatus.ASYLUM_PENDING,
                ResidenceStatus.TOLERATED, ResidenceStatus.TEMPORARY_PROTECTION}) {
            PathwayResult result = assess(rule, on(MID_2026,
                    inGermany(status(excluded).monthsOfStay(12).build(), "IR").qualification(degree(Recognition.FULL)),
                    qualifiedJob("2512", "60000")));

            assertThat(result.outcome()).as(excluded.name()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(hasReason(result, ReasonCode.BLUE_CARD_EXCLUDED_BY_STATUS)).isTrue();
        }
    }

    @Test
    void the_blue_card_has_no_age_rule() {
        PathwayResult result = assess(rule, on(MID_2026,
                abroad("IN").age(58).qualification(degree(Recognition.FULL)), qualifiedJob("2413", "51000")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.missing()).isEmpty();
    }

    @Test
    void a_visa_free_national_gets_no_accelerated_procedure() {
        PathwayResult result = assess(rule,
                on(MID_2026, abroad("CA").qualification(degree(Recognition.FULL)), qualifiedJob("2512", "60000")));

        assertThat(result.acceleratedProcedureSuitable()).isFalse();
        assertThat(Cases.hasStep(result, StepCode.ENTER_VISA_FREE_AND_APPLY_WITHIN_90_DAYS)).isTrue();
    }

    @Test
    void a_blue_card_holder_changes_employer_without_permission() {
        PathwayResult result = assess(rule, on(MID_2026,
                inGermany(status(ResidenceStatus.BLUE_CARD).monthsOfStay(8).monthsInsuredEmployment(8).build(), "IN")
                        .qualification(degree(Recognition.FULL)),
                qualifiedJob("2512", "60000")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.acceleratedProcedureSuitable()).isFalse();
        assertThat(hasReason(result, ReasonCode.BLUE_CARD_CHANGE_WITHOUT_PERMISSION)).isTrue();
        assertThat(result.fees()).extracting(Fee::code).doesNotContain(FeeCode.RESIDENCE_PERMIT);
    }
}
