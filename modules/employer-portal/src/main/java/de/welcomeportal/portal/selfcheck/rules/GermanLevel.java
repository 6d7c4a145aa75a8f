package de.welcomeportal.portal.selfcheck.rules;

/**
 * German language level on the CEFR scale. § 2 Abs. 9–11 AufenthG names A1 "einfach", A2 "hinreichend" and B1
 * "ausreichend"; the declaration order is the order of the levels.
 */
public enum GermanLevel {
    NONE, A1, A2, B1, B2, C1, C2;

    /** Whether this level reaches the given one ("mindestens"). */
    public boolean atLeast(GermanLevel required) {
        return compareTo(required) >= 0;
    }
}
