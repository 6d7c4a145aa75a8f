package de.welcomeportal.portal.selfcheck.rules;

/** The document a candidate already in Germany holds. */
public enum ResidenceStatus {
    /** Niederlassungserlaubnis or Daueraufenthalt-EU. */
    SETTLEMENT_PERMIT,
    /** A title marked "Erwerbstätigkeit erlaubt", e.g. for family or humanitarian reasons. */
    PERMIT_ANY_EMPLOYMENT,
    /** A title for one employer; {@link InGermany#currentTitlePathway()} says which pathway it was issued under. */
    PERMIT_BOUND_TO_EMPLOYER,
    BLUE_CARD,
    /** § 24 AufenthG permit, or its Fiktionsbescheinigung allowing work. */
    TEMPORARY_PROTECTION,
    /** In Germany without a title (e.g. a visa-free short stay). */
    VISA_FREE_STAY,
    STUDENT,
    JOB_SEEKER,
    OPPORTUNITY_CARD,
    /** Aufenthaltsgestattung during the asylum procedure. */
    ASYLUM_PENDING,
    /** Duldung. */
    TOLERATED,
    /** Duldung for persons with unclarified identity (§ 60b AufenthG). */
    TOLERATED_UNCLARIFIED_IDENTITY;

    /** Aufenthaltsgestattung or Duldung: no residence title, employment only with the ABH's permission. */
    public boolean isAsylumOrToleration() {
        return this == ASYLUM_PENDING || this == TOLERATED || this == TOLERATED_UNCLARIFIED_IDENTITY;
    }
}
