package de.welcomeportal.portal.precheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.server.VaadinSession;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.selfcheck.SelfCheckDraft;
import de.welcomeportal.portal.selfcheck.rules.Assessment;

/**
 * The pre-check form as filled in so far, kept in the visitor's Vaadin session and updated on every change: a
 * reload, a language switch or a detour to another page loses nothing. Values are kept as the fields hold them,
 * keyed by the path of the field in {@link PrecheckApplication} (e.g. {@code employer.address.postcode}); the
 * form turns them into an application only to validate or submit. Cleared after a successful submission.
 */
final class PrecheckDraft {

    private final Map<String, Object> values = new HashMap<>();
    private final List<DocumentUpload> uploads = new ArrayList<>();
    private int step;
    private @Nullable Assessment fromSelfCheck;
    private @Nullable SelfCheckDraft selfCheckApplied;

    /** The draft of this session, created empty on first use. */
    static PrecheckDraft of(VaadinSession session) {
        PrecheckDraft draft = session.getAttribute(PrecheckDraft.class);
        if (draft == null) {
            draft = new PrecheckDraft();
            session.setAttribute(PrecheckDraft.class, draft);
        }
        return draft;
    }

    static void clear(VaadinSession session) {
        session.setAttribute(PrecheckDraft.class, null);
    }

    @Nullable Object value(String field) {
        return values.get(field);
    }

    void put(String field, @Nullable Object value) {
        if (value == null) {
            values.remove(field);
        } else {
            values.put(field, value);
        }
    }

    List<DocumentUpload> uploads() {
        return uploads;
    }

    int step() {
        return step;
    }

    void step(int step) {
        this.step = step;
    }

    /** The assessment the employer saw in the self-check, handed to the Welcome-Center with the pre-check. */
    @Nullable Assessment fromSelfCheck() {
        return fromSelfCheck;
    }

    /**
     * Takes over what the self-check already knows, once per self-check: a draft that was applied before (the
     * same one, still in the session) does not overwrite what the employer changed since.
     *
     * @return whether the draft was new
     */
    boolean takeOver(SelfCheckDraft draft) {
        if (draft.equals(selfCheckApplied)) {
            return false;
        }
        selfCheckApplied = draft;
        fromSelfCheck = draft.assessment();
        return true;
    }
}
