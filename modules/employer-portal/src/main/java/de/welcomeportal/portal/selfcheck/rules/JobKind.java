package de.welcomeportal.portal.selfcheck.rules;

/** What the employer offers. */
public enum JobKind {
    EMPLOYMENT,
    /** In-company vocational training (betriebliche Ausbildung, § 16a AufenthG). */
    VOCATIONAL_TRAINING,
    /** Work as a nursing assistant (Pflegehilfskraft, § 22a BeschV). */
    NURSING_ASSISTANT,
    /** Short-term contingent employment (§ 15d BeschV). */
    SHORT_TERM_CONTINGENT;

    /** Whether this is paid employment rather than vocational training. */
    public boolean isEmployment() {
        return this != VOCATIONAL_TRAINING;
    }
}
