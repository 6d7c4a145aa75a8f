package de.welcomeportal.portal.site;

/**
 * Routes of the legally required pages that every page links to in its footer. Their text is guidance content;
 * the guidance module serves them under these paths.
 */
public final class LegalPages {

    /** Impressum (§ 5 DDG, § 18 Abs. 2 MStV). */
    public static final String IMPRINT = "impressum";
    /** Datenschutzerklärung (Art. 13 DSGVO). */
    public static final String PRIVACY = "datenschutz";
    /** Erklärung zur Barrierefreiheit (§ 12b BGG, BITV 2.0) with the feedback channel. */
    public static final String ACCESSIBILITY_STATEMENT = "barrierefreiheit";
    /** The portal explained in Leichte Sprache (§ 4 BITV 2.0, BITV NRW). */
    public static final String EASY_LANGUAGE = "leichte-sprache";

    private LegalPages() {
    }
}
