package de.welcomeportal.portal.webapi;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import de.welcomeportal.portal.site.PortalLocales;

/** The language of an API answer: {@code ?lang=}, else the first supported {@code Accept-Language}, else German. */
public final class ApiLocales {

    private ApiLocales() {
    }

    public static Locale of(HttpServletRequest request) {
        Optional<Locale> requested = PortalLocales.supported(request.getParameter(PortalLocales.QUERY_PARAMETER));
        if (requested.isPresent()) {
            return requested.get();
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale locale : Collections.list(request.getLocales())) {
                Optional<Locale> supported = PortalLocales.supported(locale.toLanguageTag());
                if (supported.isPresent()) {
                    return supported.get();
                }
            }
        }
        return PortalLocales.GERMAN;
    }
}
