package de.welcomeportal.portal.guidance;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One page of hits of a search.
 *
 * @param query      the text searched for
 * @param total      how many items match (all pages, within the topic filter)
 * @param hits       the hits of the requested page, best first
 * @param topics     hits per topic for the same text, ignoring the topic filter; topics without hits are left out
 * @param didYouMean the query with its misspelled words corrected, when some word does not occur in the guidance
 *                   of the language and a close one does; otherwise {@code null}
 */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, Long> topics,
                           @Nullable String didYouMean) {

    /**
     * One hit.
     *
     * @param snippetHtml passages of the body (or the summary) as HTML-escaped text in which the matching words are
     *                    wrapped in {@code <mark>}; no other markup ever appears
     * @param score       relevance; only meaningful for comparing the hits of one search
     */
    public record Hit(String key, String kind, String topic, String title, String snippetHtml, String url,
                      float score) {
    }
}
