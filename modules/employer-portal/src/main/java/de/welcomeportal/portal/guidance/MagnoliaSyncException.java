package de.welcomeportal.portal.guidance;

import org.jspecify.annotations.Nullable;

/**
 * The guidance content could not be fetched from Magnolia. The message is meant for editors and the log: it says
 * what went wrong and with which address, without a stack trace.
 */
class MagnoliaSyncException extends Exception {

    MagnoliaSyncException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    MagnoliaSyncException(String message) {
        this(message, null);
    }
}
