package de.welcomeportal.portal.selfcheck.rules;

/**
 * Authorities involved, for the district of Lippe (NRW). The text is {@code selfcheck.authority.<CODE>} in the self-check bundles.
 */
public enum Authority implements MessageCode {
    ABH_KREIS_LIPPE,
    ABH_STADT_DETMOLD,
    BAMF,
    FEDERAL_EMPLOYMENT_AGENCY,
    GERMAN_MISSION_ABROAD,
    RECOGNITION_HWK,
    RECOGNITION_IHK_FOSA,
    RECOGNITION_LAND_AUTHORITY,
    ZAB,
    ZFE_NRW;

    @Override
    public String messageKey() {
        return "selfcheck.authority." + name();
    }
}
