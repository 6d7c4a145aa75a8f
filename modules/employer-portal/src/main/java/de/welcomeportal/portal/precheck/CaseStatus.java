package de.welcomeportal.portal.precheck;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a pre-check stands. The allowed transitions are part of the domain: a case can only move along them,
 * whoever asks.
 *
 * <pre>
 * AWAITING_CONFIRMATION → SUBMITTED → IN_REVIEW → WAITING_FOR_EMPLOYER ⇄ IN_REVIEW → ANSWERED → CLOSED
 *                                                                      CLOSED → IN_REVIEW (reopened)
 * every open status → WITHDRAWN (by the employer)
 * </pre>
 */
public enum CaseStatus {
    /** Submitted, but the e-mail address is not confirmed yet (double opt-in): staff do not see it. */
    AWAITING_CONFIRMATION,
    /** Confirmed and waiting for a caseworker. */
    SUBMITTED,
    IN_REVIEW,
    /** A caseworker asked the employer something and waits for the answer. */
    WAITING_FOR_EMPLOYER,
    /** The Welcome-Center has answered with its recommendation. */
    ANSWERED,
    CLOSED,
    /** Withdrawn by the employer; personal data is deleted. */
    WITHDRAWN;

    public Set<CaseStatus> next() {
        return switch (this) {
            case AWAITING_CONFIRMATION -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(IN_REVIEW, WITHDRAWN);
            case IN_REVIEW -> EnumSet.of(WAITING_FOR_EMPLOYER, ANSWERED, WITHDRAWN);
            case WAITING_FOR_EMPLOYER -> EnumSet.of(IN_REVIEW, WITHDRAWN);
            case ANSWERED -> EnumSet.of(CLOSED, IN_REVIEW, WITHDRAWN);
            case CLOSED -> EnumSet.of(IN_REVIEW);
            case WITHDRAWN -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /** Staff see the case in their queue. */
    public boolean isVisibleToStaff() {
        return this != AWAITING_CONFIRMATION;
    }

    /** The employer may still add answers and documents. */
    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN;
    }
}
