package de.welcomeportal.portal.webapi;

/** A request body not declared as a type the endpoint reads (JSON, or a file type for uploads); answered with 415. */
public class UnsupportedMediaTypeException extends RuntimeException {

    UnsupportedMediaTypeException() {
        super("request body must be application/json");
    }

    public UnsupportedMediaTypeException(String expected) {
        super("request body must be " + expected);
    }
}
