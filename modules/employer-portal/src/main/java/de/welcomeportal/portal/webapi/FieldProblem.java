package de.welcomeportal.portal.webapi;

/**
 * One invalid field of a request, as listed in a problem detail's {@code errors}.
 *
 * @param field   JSON path of the field, e.g. {@code candidate.citizenships[0]}; {@code ""} for the whole body
 * @param code    stable machine-readable reason, e.g. {@code NotNull}, {@code Range}, {@code UnknownField}
 * @param message what is wrong and how to fix it, in the caller's language
 */
public record FieldProblem(String field, String code, String message) {
}
