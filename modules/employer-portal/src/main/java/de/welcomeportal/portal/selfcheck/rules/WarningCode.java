package de.welcomeportal.portal.selfcheck.rules;

/**
 * Caveats for a whole assessment. The text is {@code selfcheck.warning.<CODE>} in the self-check bundles.
 */
public enum WarningCode implements MessageCode {
    CARE_SECTOR_MINIMUM_WAGE,
    FIGURES_FROM_ANOTHER_YEAR,
    GEAS_CHANGES_TO_ASYLUM_EMPLOYMENT,
    PRIORITY_CHECK_SUSPENDED_BY_DIRECTIVE,
    SHORT_TERM_CONTINGENT_QUOTA,
    THRESHOLDS_CHANGED_ON_1_JANUARY,
    THRESHOLDS_CHANGE_ON_1_JANUARY,
    WESTERN_BALKANS_QUOTA;

    @Override
    public String messageKey() {
        return "selfcheck.warning." + name();
    }
}
