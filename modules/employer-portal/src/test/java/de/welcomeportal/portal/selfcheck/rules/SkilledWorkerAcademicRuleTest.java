package de.welcomeportal.portal.selfcheck.rules;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.abroad;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.degree;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasReason;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasStep;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.misses;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.qualifiedJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.status;
import static org.assertj.core.api.Assertions.assertThat;

class SkilledWorkerAcademicRuleTest {

    private final SkilledWorkerAcademicRule rule = new SkilledWorkerAcademicRule();

    private PathwayResult graduate(Candidate.Builder candidate, Job.Builder job) {
        return assess(rule, on(MID_2026, candidate.qualification(degree(Recognition.FULL)), job));
    }

    @Test
    void a_recognised_degree_and_a_qualified_job_need_only_ba_approval() {
        PathwayResult result = graduate(abroad("IN"), qualifiedJob("2413", "42000"));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isTrue();
        assertThat(result.acceleratedProcedureSuitable()).isTrue();
        assertThat(result.legalBasis()).isEqualTo("§ 18b AufenthG");
    }

    @Test
    void the_age_rule_starts_at_45_exactly() {
        PathwayResult at44 = graduate(abroad("IN").age(44), qualifiedJob("2413", "42000"));
        PathwayResult at45 = graduate(abroad("IN").age(45), qualifiedJob("2413", "42000"));

        assertThat(at44.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(at45.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(misses(at45, MissingCode.PENSION_PROOF)).isTrue();
        assertThat(hasStep(at45, StepCode.ASK_FOR_AGE_RULE_EXCEPTION)).isTrue();
    }

    @Test
    void at_45_a_salary_at_the_age_threshold_passes_and_one_cent_below_needs_pension_proof() {
        assertThat(graduate(abroad("IN").age(45), qualifiedJob("2413", "55770.00")).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(graduate(abroad("IN").age(45), qualifiedJob("2413", "55769.99")).outcome())
                .isEqualTo(Outcome.CONDITIONAL);
    }

    @Test
    void pension_proof_satisfies_the_age_rule() {
        PathwayResult result = graduate(abroad("IN").age(50).adequatePensionProvision(true),
                qualifiedJob("2413", "42000"));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.PENSION_PROVISION_PROVEN)).isTrue();
    }

    @Test
    void a_degree_not_yet_assessed_closes_the_pathway_with_the_zab_as_next_step() {
        PathwayResult result = assess(rule, on(MID_2026,
                abroad("IN").qualification(degree(Recognition.NOT_ASSESSED)), qualifiedJob("2413", "42000")));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasStep(result, StepCode.APPLY_FOR_STATEMENT_OF_COMPARABILITY)).isTrue();
        assertThat(result.fees()).extracting(Fee::code).contains(FeeCode.STATEMENT_OF_COMPARABILITY);
    }

    @Test
    void a_pending_comparability_statement_makes_the_pathway_conditional() {
        PathwayResult result = assess(rule, on(MID_2026,
                abroad("IN").qualification(degree(Recognition.PENDING)), qualifiedJob("2413", "42000")));

        assertThat(result.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(misses(result, MissingCode.COMPARABILITY_STATEMENT)).isTrue();
    }

    @Test
    void an_unqualified_job_does_not_fit() {
        PathwayResult result = graduate(abroad("IN"), helperJob("9333", "42000"));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.JOB_NOT_QUALIFIED)).isTrue();
    }

    @Test
    void temporary_agency_work_bars_the_approval() {
        PathwayResult result = graduate(abroad("IN"), qualifiedJob("2413", "42000").temporaryAgencyWork(true));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.TEMPORARY_AGENCY_WORK_BARS_APPROVAL)).isTrue();
    }

    @Test
    void section_9_waives_approval_after_24_months_of_employment_or_36_months_of_stay() {
        PathwayResult months23 = graduate(boundTo18b(23, 23), qualifiedJob("2413", "42000"));
        PathwayResult months24 = graduate(boundTo18b(24, 24), qualifiedJob("2413", "42000"));
        PathwayResult stay35 = graduate(boundTo18b(35, 0), qualifiedJob("2413", "42000"));
        PathwayResult stay36 = graduate(boundTo18b(36, 0), qualifiedJob("2413", "42000"));

        assertThat(months23.baApprovalRequired()).isTrue();
        assertThat(months24.baApprovalRequired()).isFalse();
        assertThat(stay35.baApprovalRequired()).isTrue();
        assertThat(stay36.baApprovalRequired()).isFalse();
        assertThat(hasReason(months24, ReasonCode.NO_APPROVAL_AFTER_EMPLOYMENT_OR_STAY)).isTrue();
    }

    @Test
    void without_approval_temporary_agency_work_is_no_bar() {
        PathwayResult result = graduate(boundTo18b(30, 30), qualifiedJob("2413", "42000").temporaryAgencyWork(true));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isFalse();
    }

    @Test
    void a_change_of_employer_needs_the_permission_of_the_abh_but_not_the_age_rule_again() {
        PathwayResult result = graduate(boundTo18b(12, 12).age(50), qualifiedJob("2413", "42000"));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.CHANGE_OF_EMPLOYER_NEEDS_PERMISSION)).isTrue();
        assertThat(result.acceleratedProcedureSuitable()).isFalse();
    }

    @Test
    void during_the_asylum_procedure_the_title_is_not_a_standard_route() {
        PathwayResult result = graduate(inGermany(status(ResidenceStatus.ASYLUM_PENDING).monthsOfStay(12).build(), "IR"),
                qualifiedJob("2413", "42000"));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.NO_TITLE_DURING_ASYLUM_PROCEDURE)).isTrue();
    }

    private static Candidate.Builder boundTo18b(int monthsOfStay, int monthsInsured) {
        return inGermany(status(ResidenceStatus.PERMIT_BOUND_TO_EMPLOYER).monthsOfStay(monthsOfStay)
                .monthsInsuredEmployment(monthsInsured).currentTitlePathway(Pathway.SKILLED_18B).build(), "IN");
    }
}
