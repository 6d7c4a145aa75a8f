package de.welcomeportal.portal.guidance;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A guidance page in one language, ready to show.
 *
 * @param key      stable key other features refer to, e.g. {@code legal/impressum}
 * @param bodyHtml rich text already reduced to a safe allow-list of HTML
 */
public record GuidancePage(String key, Locale locale, String title, String bodyHtml,
                           Optional<LocalDate> lastReviewed) {
}
