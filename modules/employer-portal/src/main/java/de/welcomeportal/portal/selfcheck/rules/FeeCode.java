package de.welcomeportal.portal.selfcheck.rules;

/**
 * Fees whose amounts come from {@link RuleFigures.Fees}. The text is {@code selfcheck.fee.<CODE>} in the self-check bundles.
 */
public enum FeeCode implements MessageCode {
    ACCELERATED_PROCEDURE,
    NATIONAL_VISA,
    QUALIFICATION_CONFIRMATION,
    RESIDENCE_PERMIT,
    STATEMENT_OF_COMPARABILITY;

    @Override
    public String messageKey() {
        return "selfcheck.fee." + name();
    }
}
