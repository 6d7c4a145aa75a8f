package de.welcomeportal.portal.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One published guidance item in one language, as the search index takes it.
 *
 * @param key          stable key of the item (unique across the guidance workspace), the same in every language
 * @param kind         {@code article}, {@code faq}, {@code checklist}, {@code authority} or {@code legal}
 * @param topic        the topic facet, e.g. {@code pathways}; {@code ""} when the item has none
 * @param language     German ({@code de}) or English (every other language is indexed as English)
 * @param title        the title (plain text)
 * @param summary      one to three sentences (plain text)
 * @param bodyText     the body as plain text, HTML already stripped
 * @param keywords     synonyms people search with, e.g. "Blue Card", "Blaue Karte EU"
 * @param url          where the item is shown, e.g. {@code /guidance/blue-card}
 * @param lastReviewed when the item was last reviewed, if known
 */
public record SearchDocument(String key, String kind, String topic, Locale language, String title, String summary,
                             String bodyText, List<String> keywords, String url, @Nullable LocalDate lastReviewed) {

    public SearchDocument {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A search document needs a key");
        }
        kind = kind == null ? "" : kind;
        topic = topic == null ? "" : topic;
        language = language == null ? Locale.GERMAN : language;
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        bodyText = bodyText == null ? "" : bodyText;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        url = url == null ? "" : url;
    }
}
