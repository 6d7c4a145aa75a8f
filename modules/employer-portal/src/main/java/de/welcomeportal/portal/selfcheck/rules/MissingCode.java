package de.welcomeportal.portal.selfcheck.rules;

/**
 * Items that make a pathway {@link Outcome#CONDITIONAL}: per the self-check contract only pension proof, the licence to practise, the recognition notice (or statement of comparability) awaited, and the § 24 document. The text is {@code selfcheck.missing.<CODE>} in the self-check bundles.
 */
public enum MissingCode implements MessageCode {
    COMPARABILITY_STATEMENT,
    LICENCE_TO_PRACTISE,
    PENSION_PROOF,
    RECOGNITION_NOTICE,
    TEMPORARY_PROTECTION_PERMIT;

    @Override
    public String messageKey() {
        return "selfcheck.missing." + name();
    }
}
