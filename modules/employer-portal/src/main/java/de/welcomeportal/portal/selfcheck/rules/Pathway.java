package de.welcomeportal.portal.selfcheck.rules;

/**
 * The legal pathways the self-check knows. The declaration order is the contract's order of preference: the
 * recommendation is the first open pathway in this order.
 */
public enum Pathway implements MessageCode {
    FREE_MOVEMENT,
    EXISTING_TITLE_ANY_EMPLOYMENT,
    TEMPORARY_PROTECTION_24,
    BLUE_CARD,
    SKILLED_18B,
    SKILLED_18A,
    EXPERIENCE_19C,
    RECOGNITION_PARTNERSHIP,
    RECOGNITION_MEASURE_16D,
    PRIVILEGED_NATIONALITY,
    WESTERN_BALKANS,
    EMPLOYMENT_TOLERATION_60D,
    EMPLOYMENT_PERMIT_DULDUNG,
    EMPLOYMENT_PERMIT_GESTATTUNG,
    NURSING_ASSISTANT_22A,
    SHORT_TERM_CONTINGENT_15D,
    VOCATIONAL_TRAINING_16A,
    STUDENT_WORK_16B,
    JOB_SEEKER_20,
    CHANCENKARTE_20A,
    /** No pathway is open on the facts given. */
    NONE;

    @Override
    public String messageKey() {
        return "selfcheck.pathway." + name();
    }
}
