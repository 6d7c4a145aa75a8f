package de.welcomeportal.portal.selfcheck.rules;

/** The outcome of the recognition procedure in Germany (Anerkennung, for degrees: recognition or comparability). */
public enum Recognition {
    NOT_ASSESSED,
    /** Applied for; the notice (Bescheid) has not arrived yet. */
    PENDING,
    /** Partial equivalence: a deficit notice (Defizitbescheid) naming what is missing. */
    PARTIAL,
    /** Full equivalence; for degrees: recognised or comparable (anabin "H+" or a ZAB statement). */
    FULL,
    NEGATIVE
}
