package de.welcomeportal.portal.precheck;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.precheck.CaseStatus.ANSWERED;
import static de.welcomeportal.portal.precheck.CaseStatus.AWAITING_CONFIRMATION;
import static de.welcomeportal.portal.precheck.CaseStatus.CLOSED;
import static de.welcomeportal.portal.precheck.CaseStatus.IN_REVIEW;
import static de.welcomeportal.portal.precheck.CaseStatus.SUBMITTED;
import static de.welcomeportal.portal.precheck.CaseStatus.WAITING_FOR_EMPLOYER;
import static de.welcomeportal.portal.precheck.CaseStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

class CaseStatusTest {

    @Test
    void the_workflow_runs_from_submission_to_closing() {
        assertThat(AWAITING_CONFIRMATION.canMoveTo(SUBMITTED)).isTrue();
        assertThat(SUBMITTED.canMoveTo(IN_REVIEW)).isTrue();
        assertThat(IN_REVIEW.canMoveTo(WAITING_FOR_EMPLOYER)).isTrue();
        assertThat(WAITING_FOR_EMPLOYER.canMoveTo(IN_REVIEW)).isTrue();
        assertThat(IN_REVIEW.canMoveTo(ANSWERED)).isTrue();
        assertThat(ANSWERED.canMoveTo(CLOSED)).isTrue();
        assertThat(CLOSED.canMoveTo(IN_REVIEW)).as("reopen").isTrue();
    }

    @Test
    void no_step_is_skipped_and_nothing_follows_a_withdrawal() {
        assertThat(SUBMITTED.canMoveTo(ANSWERED)).isFalse();
        assertThat(SUBMITTED.canMoveTo(CLOSED)).isFalse();
        assertThat(IN_REVIEW.canMoveTo(CLOSED)).isFalse();
        assertThat(WAITING_FOR_EMPLOYER.canMoveTo(ANSWERED)).isFalse();
        assertThat(AWAITING_CONFIRMATION.canMoveTo(IN_REVIEW)).isFalse();
        assertThat(CLOSED.canMoveTo(WITHDRAWN)).isFalse();
        assertThat(WITHDRAWN.next()).isEmpty();
    }

    @Test
    void the_employer_can_withdraw_while_the_case_is_open() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.canMoveTo(WITHDRAWN)).as(status.name()).isEqualTo(status.isOpen());
        }
    }

    @Test
    void staff_never_see_unconfirmed_cases() {
        assertThat(AWAITING_CONFIRMATION.isVisibleToStaff()).isFalse();
        assertThat(SUBMITTED.isVisibleToStaff()).isTrue();
    }
}
