package de.welcomeportal.portal.notification;

import java.util.Locale;

/**
 * A written mail, ready to be sent or kept: plain text in the employer's language.
 *
 * @param reference the case reference, the only thing about a mail that may appear in logs
 * @param recipient the employer's e-mail address
 */
record Mail(MailKind kind, String reference, String recipient, Locale language, String subject, String body) {

    /** Without the address and the text: a mail may end up in a log line or an exception message this way. */
    @Override
    public String toString() {
        return "Mail[" + kind + " for " + reference + "]";
    }
}
