package de.welcomeportal.portal.site;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import org.jspecify.annotations.Nullable;

/**
 * The portal's languages and how the visitor's language is chosen: an explicit choice ({@code ?lang=en} or the
 * language switch) wins and is kept for the session; otherwise English when the browser prefers it over German,
 * else German.
 */
public final class PortalLocales {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(GERMAN, ENGLISH);

    /** Query parameter that selects the language, e.g. {@code ?lang=en}; the CMS passes its site language so. */
    public static final String QUERY_PARAMETER = "lang";
    static final String SESSION_ATTRIBUTE = PortalLocales.class.getName() + ".chosen";

    private PortalLocales() {
    }

    /** The supported locale for a language tag such as {@code en} or {@code de-DE}, if any. */
    public static Optional<Locale> supported(@Nullable String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(languageTag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /** The language for a request that opens a page: explicit choice, then session, then browser, then German. */
    static Locale forRequest(VaadinRequest request) {
        return supported(request.getParameter(QUERY_PARAMETER))
                .or(() -> chosenInSession(request.getWrappedSession(false)))
                .orElseGet(() -> request.getHeader("Accept-Language") == null ? GERMAN
                        : fromBrowser(Collections.list(request.getLocales())));
    }

    static Locale fromBrowser(List<Locale> preferred) {
        for (Locale locale : preferred) {
            Optional<Locale> match = supported(locale.toLanguageTag());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return GERMAN;
    }

    static Optional<Locale> chosenInSession(@Nullable WrappedSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(SESSION_ATTRIBUTE)).map(Locale.class::cast);
    }

    /**
     * Switches the visitor's UI to another language in place: every view re-renders its texts (answers typed so
     * far stay), the page title and {@code <html lang>} follow, and the choice is kept for the session.
     */
    public static void switchTo(UI ui, Locale locale) {
        Locale target = supported(locale.toLanguageTag()).orElse(GERMAN);
        VaadinSession session = ui.getSession();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(SESSION_ATTRIBUTE, target);
            session.setLocale(target);
        }
        ui.getPage().executeJs("document.documentElement.lang = $0", target.getLanguage());
        if (!target.equals(ui.getLocale())) {
            ui.setLocale(target);
        }
    }
}
