package de.welcomeportal.portal.selfcheck.rules;

/**
 * A code the engine emits instead of a finished text. Its text lives under {@link #messageKey()} in
 * {@code i18n/selfcheck_de.properties} and {@code i18n/selfcheck_en.properties}, with {@code {0}}, {@code {1}}…
 * for the parameters that come with it.
 */
public interface MessageCode {

    /** The key of the text in the self-check message bundles, e.g. {@code selfcheck.reason.SALARY_BELOW_GENERAL_THRESHOLD}. */
    String messageKey();
}
