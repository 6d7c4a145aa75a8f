package de.welcomeportal.portal.selfcheck.rules;

/** The rule of one pathway. Rules are stateless; one instance serves every case. */
interface PathwayRule {

    Pathway pathway();

    /**
     * Whether the pathway concerns this person at all (e.g. the Western Balkans rule only its nationals). Only rules
     * that concern the person are assessed, so the result page can explain why a relevant pathway is closed without
     * listing every pathway that never could fit.
     */
    boolean concerns(CaseFacts facts);

    PathwayResult assess(CaseFacts facts);
}
