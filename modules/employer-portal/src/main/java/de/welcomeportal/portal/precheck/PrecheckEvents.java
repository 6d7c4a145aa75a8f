package de.welcomeportal.portal.precheck;

import java.net.URI;
import java.util.Locale;

/**
 * What happens to a pre-check, published as application events after the change is committed. The notification
 * module listens and writes to the employer; the pre-check module never calls mail code itself.
 *
 * <p>Each event that leads to an e-mail carries what the mail needs and nothing more: the reference, the
 * employer's contact and language. Only {@link Submitted} and {@link LinkRenewed} carry the case link, because the
 * token in it is stored only as a hash and exists in clear text just at that moment.
 */
public final class PrecheckEvents {

    private PrecheckEvents() {
    }

    /** The employer's contact for mails about a case. */
    public record Contact(String email, String name, Locale language) {
    }

    /** A pre-check was submitted; the employer must confirm the e-mail address through the case link. */
    public record Submitted(String reference, Contact contact, URI caseLink) {
    }

    /** The e-mail address was confirmed; the case is now with the Welcome-Center. */
    public record Confirmed(String reference, Contact contact) {
    }

    /** A caseworker asked the employer a question, visible under "My case". */
    public record QuestionAsked(String reference, Contact contact) {
    }

    /** The Welcome-Center's answer and recommendation are available under "My case". */
    public record Answered(String reference, Contact contact) {
    }

    /** The status changed (from any side); for statistics and other listeners. */
    public record StatusChanged(String reference, CaseStatus from, CaseStatus to) {
    }

    /** The employer asked for a new case link; the old one no longer works. */
    public record LinkRenewed(String reference, Contact contact, URI caseLink) {
    }
}
