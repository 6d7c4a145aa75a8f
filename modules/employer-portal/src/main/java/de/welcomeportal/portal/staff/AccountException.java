package de.welcomeportal.portal.staff;

import java.util.Arrays;

/**
 * A refused account operation. Carries a translation key and its arguments, so each view shows the reason in
 * the visitor's language.
 */
public class AccountException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    AccountException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
