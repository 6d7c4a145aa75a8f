package de.welcomeportal.portal.selfcheck.rules;

/**
 * Keys of the guidance articles a result links to. They name topics, not pages, so editors can restructure the
 * content without touching the engine; the guidance module resolves them.
 */
final class GuidanceKeys {

    static final String FREE_MOVEMENT = "free-movement";
    static final String EXISTING_TITLES = "existing-titles";
    static final String TEMPORARY_PROTECTION = "temporary-protection";
    static final String BLUE_CARD = "blue-card";
    static final String SKILLED_WORKERS = "skilled-workers";
    static final String EXPERIENCED_WORKERS = "experienced-workers";
    static final String RECOGNITION = "recognition";
    static final String RECOGNITION_PARTNERSHIP = "recognition-partnership";
    static final String PRIVILEGED_NATIONALITIES = "privileged-nationalities";
    static final String WESTERN_BALKANS = "western-balkans";
    static final String ASYLUM_AND_TOLERATION = "asylum-and-toleration";
    static final String NURSING_ASSISTANTS = "nursing-assistants";
    static final String SHORT_TERM_CONTINGENT = "short-term-contingent";
    static final String VOCATIONAL_TRAINING = "vocational-training";
    static final String STUDENTS = "students";
    static final String JOB_SEEKERS = "job-seekers";
    static final String OPPORTUNITY_CARD = "opportunity-card";
    static final String BA_APPROVAL = "ba-approval";
    static final String ACCELERATED_PROCEDURE = "accelerated-procedure";
    static final String EMPLOYER_DUTIES = "employer-duties";

    private GuidanceKeys() {
    }
}
