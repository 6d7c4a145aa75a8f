package de.welcomeportal.portal.selfcheck.rules;

/** The variants of the EU Blue Card (§ 18g AufenthG), in the order the engine prefers them. */
public enum BlueCardVariant implements MessageCode {
    /** § 18g Abs. 1 Satz 1: 50 % of the contribution ceiling, no BA approval. */
    GENERAL,
    /** § 18g Abs. 1 Satz 2 Nr. 1: shortage occupation, 45.3 %, with BA approval. */
    SHORTAGE,
    /** § 18g Abs. 1 Satz 2 Nr. 2: degree at most 3 years old, 45.3 %, with BA approval. */
    NEW_ENTRANT,
    /** § 18g Abs. 2: IT specialist without a degree, 45.3 %, with BA approval. */
    IT_SPECIALIST;

    @Override
    public String messageKey() {
        return "selfcheck.variant." + name();
    }
}
