package de.welcomeportal.portal.guidance;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A search in the published guidance.
 *
 * @param text     what the visitor typed: words, a question, with typos
 * @param language the language of the guidance to search (German, or English for every other language)
 * @param topic    only hits of this topic; the topic counts of the result ignore this filter
 * @param page     1 for the first page
 * @param pageSize hits per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record SearchQuery(String text, Locale language, @Nullable String topic, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 50;
    public static final int MAX_PAGE = 100;

    public SearchQuery {
        if (text == null || language == null) {
            throw new IllegalArgumentException("A search needs a text and a language");
        }
        if (page < 1 || page > MAX_PAGE || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 1.." + MAX_PAGE + " and pageSize 1.." + MAX_PAGE_SIZE);
        }
        topic = topic == null || topic.isBlank() ? null : topic;
    }

    /** The first ten hits of all topics. */
    public static SearchQuery of(String text, Locale language) {
        return new SearchQuery(text, language, null, 1, 10);
    }
}
