package de.welcomeportal.portal.webapi;

/** A request body longer than {@code portal.api.max-body-bytes}; answered with 413 before anything is parsed. */
public class BodyTooLargeException extends RuntimeException {

    private final int limit;

    public BodyTooLargeException(int limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    int limit() {
        return limit;
    }
}
