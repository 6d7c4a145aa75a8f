package de.welcomeportal.portal.guidance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * The content of one guidance item in one revision: its properties as in JCR (translated ones as {@code title}
 * for English and {@code title_de} for German; multi-valued ones as lists) and its child nodes (the items of a
 * checklist). The same shape whether it came from a content file, from an editor or from Magnolia, so the three
 * can be compared by checksum.
 */
public record ItemContent(Map<String, List<String>> properties, List<Child> children) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Properties that describe the node in a repository, not its content. */
    private static final List<String> SYSTEM = List.of("jcr:primaryType", "jcr:uuid", "jcr:created",
            "jcr:createdBy", "mgnl:created", "mgnl:createdBy", "mgnl:lastModified", "mgnl:lastModifiedBy",
            "mgnl:lastActivated", "mgnl:lastActivatedBy", "mgnl:activationStatus", "jcr:mixinTypes");

    public ItemContent {
        properties = new TreeMap<>(properties);
        children = List.copyOf(children);
    }

    /** A child node, e.g. one entry of a checklist. */
    public record Child(String name, Map<String, List<String>> properties) {

        public Child {
            properties = new TreeMap<>(properties);
        }

        public String text(String property, Locale language) {
            return ItemContent.localized(properties, property, language);
        }
    }

    static ItemContent of(ContentNode node) {
        List<Child> children = new ArrayList<>();
        for (ContentNode child : node.children()) {
            children.add(new Child(child.name(), withoutSystem(child.properties())));
        }
        return new ItemContent(withoutSystem(node.properties()), children);
    }

    private static Map<String, List<String>> withoutSystem(Map<String, List<String>> properties) {
        Map<String, List<String>> content = new TreeMap<>(properties);
        SYSTEM.forEach(content::remove);
        return content;
    }

    /** One value; empty when absent or blank. */
    public String value(String property) {
        List<String> values = properties.getOrDefault(property, List.of());
        return values.isEmpty() ? "" : values.getFirst();
    }

    public List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    /** A translated text in the language, falling back to the other one (German {@code _de}, else English). */
    public String text(String property, Locale language) {
        return localized(properties, property, language);
    }

    /** A translated list in the language, falling back to the other one. */
    public List<String> list(String property, Locale language) {
        boolean german = "de".equals(language.getLanguage());
        List<String> preferred = values(german ? property + "_de" : property);
        return preferred.isEmpty() ? values(german ? property : property + "_de") : preferred;
    }

    static String localized(Map<String, List<String>> properties, String property, Locale language) {
        boolean german = "de".equals(language.getLanguage());
        String preferred = first(properties.get(german ? property + "_de" : property));
        return preferred.isBlank() ? first(properties.get(german ? property : property + "_de")) : preferred;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    Optional<java.time.LocalDate> lastReviewed() {
        String value = value("lastReviewed");
        if (value.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.LocalDate.parse(value.substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static ItemContent fromJson(String json) {
        return JSON.readValue(json, ItemContent.class);
    }

    /** SHA-256 of the canonical JSON: equal content, equal checksum, whatever the source. */
    String checksum() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(toJson().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
