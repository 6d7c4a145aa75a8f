package de.welcomeportal.portal.selfcheck.rules;

/** The highest qualification the candidate holds. */
public enum QualificationKind {
    NONE,
    /** A school-leaving certificate, no vocational or academic qualification. */
    SCHOOL,
    VOCATIONAL,
    ACADEMIC
}
