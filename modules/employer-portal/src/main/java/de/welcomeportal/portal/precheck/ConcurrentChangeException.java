package de.welcomeportal.portal.precheck;

/** Someone else changed the case since it was opened; the change is refused instead of overwriting theirs. */
public class ConcurrentChangeException extends RuntimeException {

    ConcurrentChangeException(String reference) {
        super("Case " + reference + " was changed by someone else");
    }
}
