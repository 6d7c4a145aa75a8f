package de.welcomeportal.portal.selfcheck.rules;

/**
 * Typical processing times, as reported by the authorities and sources; not legal deadlines unless the text says so. The text is {@code selfcheck.duration.<CODE>} in the self-check bundles.
 */
public enum ProcessingTime implements MessageCode {
    ACCELERATED_PROCEDURE,
    BA_APPROVAL,
    EMPLOYMENT_PERMIT,
    RECOGNITION,
    RECOGNITION_MEASURE,
    VISA_PROCEDURE,
    WESTERN_BALKANS_WAIT;

    @Override
    public String messageKey() {
        return "selfcheck.duration." + name();
    }
}
