package de.welcomeportal.portal.selfcheck.rules;

/**
 * Documents the employer typically provides or obtains. The text is {@code selfcheck.document.<CODE>} in the self-check bundles.
 */
public enum DocumentCode implements MessageCode {
    ACCELERATED_PROCEDURE_AGREEMENT,
    COPY_OF_RESIDENCE_DOCUMENT,
    EMPLOYMENT_CONTRACT,
    EMPLOYMENT_DECLARATION,
    LICENCE_TO_PRACTISE,
    PARTNERSHIP_AGREEMENT,
    PASSPORT_COPY,
    PENSION_PROOF,
    POWER_OF_ATTORNEY,
    PROOF_OF_EXPERIENCE,
    PROOF_OF_TRAINING_SUITABILITY,
    QUALIFICATION_CONFIRMATION,
    RECOGNITION_NOTICE,
    TRAINING_CONTRACT;

    @Override
    public String messageKey() {
        return "selfcheck.document." + name();
    }
}
