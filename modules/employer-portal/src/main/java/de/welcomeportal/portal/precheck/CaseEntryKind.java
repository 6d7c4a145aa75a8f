package de.welcomeportal.portal.precheck;

/** What an entry of a case's timeline is. Employers see every kind except {@link #NOTE}. */
public enum CaseEntryKind {
    /** A caseworker's question to the employer. */
    QUESTION,
    /** The employer's answer or addition. */
    EMPLOYER_ANSWER,
    /** The Welcome-Center's answer and recommendation. */
    RECOMMENDATION,
    /** A status change. */
    STATUS,
    /** An internal note of the caseworkers. */
    NOTE;

    public boolean isVisibleToEmployer() {
        return this != NOTE;
    }
}
