package de.welcomeportal.portal.selfcheck.rules;

/** How open a pathway is on the facts given. */
public enum Outcome implements MessageCode {
    /** Open on the facts given. */
    ELIGIBLE,
    /** Open once the items in {@link PathwayResult#missing()} are supplied. */
    CONDITIONAL,
    NOT_ELIGIBLE;

    /** ELIGIBLE or CONDITIONAL. */
    public boolean isOpen() {
        return this != NOT_ELIGIBLE;
    }

    @Override
    public String messageKey() {
        return "selfcheck.outcome." + name();
    }
}
