package de.welcomeportal.portal.selfcheck;

import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

import de.welcomeportal.portal.selfcheck.rules.Assessment;
import de.welcomeportal.portal.selfcheck.rules.SelfCheckCase;

/**
 * The answers of a finished self-check that the employer submits as a pre-check: the wizard stores the draft in the
 * visitor's Vaadin session and navigates to {@code pre-check}, where the pre-check feature picks it up with
 * {@link #take(VaadinSession)} and prefills its case file. Nothing is written anywhere else; the draft lives as long
 * as the session, or until it is taken.
 *
 * <p>The session attribute's key is this class ({@link VaadinSession#setAttribute(Class, Object)}), so there is
 * exactly one draft per session; submitting again replaces it.
 *
 * @param selfCheckCase the answers as the rules engine read them (decision date, candidate, job)
 * @param assessment    the result the employer saw when submitting
 */
public record SelfCheckDraft(SelfCheckCase selfCheckCase, Assessment assessment) {

    public SelfCheckDraft {
        Objects.requireNonNull(selfCheckCase, "selfCheckCase");
        Objects.requireNonNull(assessment, "assessment");
    }

    /** Keeps the draft in the session, replacing an earlier one. Call with the session locked (any UI code is). */
    public static void store(VaadinSession session, SelfCheckDraft draft) {
        session.setAttribute(SelfCheckDraft.class, Objects.requireNonNull(draft, "draft"));
    }

    /** The draft in the session, if any, and removes it, so it is used once. */
    public static Optional<SelfCheckDraft> take(VaadinSession session) {
        Optional<SelfCheckDraft> draft = peek(session);
        draft.ifPresent(found -> session.setAttribute(SelfCheckDraft.class, null));
        return draft;
    }

    /** The draft in the session, if any, leaving it there. */
    public static Optional<SelfCheckDraft> peek(VaadinSession session) {
        return Optional.ofNullable(session.getAttribute(SelfCheckDraft.class));
    }
}
