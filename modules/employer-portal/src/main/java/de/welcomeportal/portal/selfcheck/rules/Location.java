package de.welcomeportal.portal.selfcheck.rules;

/** Where the candidate is when the employer asks. */
public enum Location {
    ABROAD,
    IN_GERMANY
}
