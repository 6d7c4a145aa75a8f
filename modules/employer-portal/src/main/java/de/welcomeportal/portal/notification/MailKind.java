package de.welcomeportal.portal.notification;

import java.util.Locale;

/** The mails the portal writes; each has its own subject and text in the message bundle. */
enum MailKind {
    /** Please confirm your e-mail address; here is your case link. */
    SUBMITTED,
    /** Your pre-check is now with the Welcome-Center. */
    CONFIRMED,
    /** The Welcome-Center has a question. */
    QUESTION_ASKED,
    /** The Welcome-Center's answer is available. */
    ANSWERED,
    /** Here is your new case link; the old one no longer works. */
    LINK_RENEWED;

    /** The part of the translation keys for this kind, e.g. {@code question-asked}. */
    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
