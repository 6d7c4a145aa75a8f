package de.welcomeportal.portal.precheck;

/**
 * No case with this reference, or a link whose token does not belong to it. The two are deliberately the same
 * answer, so a guessed reference reveals nothing.
 */
public class CaseNotFoundException extends RuntimeException {

    CaseNotFoundException() {
        super("no such case, or the token does not match");
    }
}
