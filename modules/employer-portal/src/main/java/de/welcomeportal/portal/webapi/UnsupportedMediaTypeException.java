package de.welcomeportal.portal.webapi;

/** A request body that is not declared as JSON ({@code Content-Type: application/json}); answered with 415. */
public class UnsupportedMediaTypeException extends RuntimeException {

    UnsupportedMediaTypeException() {
        super("request body must be application/json");
    }
}
