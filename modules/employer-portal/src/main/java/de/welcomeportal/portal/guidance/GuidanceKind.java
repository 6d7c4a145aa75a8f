package de.welcomeportal.portal.guidance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of guidance, each with its node type in the content files and in Magnolia, and the translated
 * properties an editor fills in (German and English).
 */
public enum GuidanceKind {
    ARTICLE("wp:article", "/articles/", List.of("title", "summary", "body"), List.of("keywords"), "title"),
    FAQ("wp:faq", "/faq/", List.of("question", "answer"), List.of(), "question"),
    CHECKLIST("wp:checklist", "/checklists/", List.of("title", "intro"), List.of(), "title"),
    AUTHORITY("wp:authority", "/authorities/", List.of("name", "openingHours", "competence"), List.of(), "name"),
    LEGAL("mgnl:content", "/legal/", List.of("title", "body"), List.of(), "title"),
    /** A yearly figure of the self-check with its dated values (child nodes); not a public page. */
    FIGURE("wp:figure", "/figures/", List.of("title"), List.of(), "title");

    private final String nodeType;
    private final String pathPrefix;
    private final List<String> translatedTexts;
    private final List<String> translatedLists;
    private final String titleProperty;

    GuidanceKind(String nodeType, String pathPrefix, List<String> translatedTexts, List<String> translatedLists,
                 String titleProperty) {
        this.nodeType = nodeType;
        this.pathPrefix = pathPrefix;
        this.translatedTexts = translatedTexts;
        this.translatedLists = translatedLists;
        this.titleProperty = titleProperty;
    }

    /** The kind of a content node by its node type and place; empty for folders, figures and the like. */
    static Optional<GuidanceKind> of(ContentNode node) {
        for (GuidanceKind kind : values()) {
            if (kind.nodeType.equals(node.primaryType()) && node.path().startsWith(kind.pathPrefix)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public String nodeType() {
        return nodeType;
    }

    /** Translated text properties, e.g. {@code title}, stored as {@code title} (English) and {@code title_de}. */
    public List<String> translatedTexts() {
        return translatedTexts;
    }

    /** Translated multi-valued properties, e.g. {@code keywords}. */
    public List<String> translatedLists() {
        return translatedLists;
    }

    /** The property that names an item in lists. */
    public String titleProperty() {
        return titleProperty;
    }

    /** Properties holding rich text (HTML), sanitised on save. */
    public boolean isRichText(String property) {
        return property.equals("body") || property.equals("answer");
    }

    /** Whether items of this kind are pages the public reads and searches. */
    public boolean isPage() {
        return this != FIGURE;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    String pathPrefix() {
        return pathPrefix;
    }
}
