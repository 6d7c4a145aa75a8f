package de.welcomeportal.portal.precheck;

/** A status change the workflow does not allow, e.g. closing a case that was never answered. */
public class IllegalTransitionException extends RuntimeException {

    private final CaseStatus from;
    private final CaseStatus to;

    IllegalTransitionException(String reference, CaseStatus from, CaseStatus to) {
        super("Case " + reference + " cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }
}
