package de.welcomeportal.portal.guidance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One node of a JCR System View document, with its properties (multi-valued as in JCR) and child nodes.
 *
 * @param path absolute path inside the workspace, e.g. {@code /legal/impressum}
 */
record ContentNode(String name, String path, String primaryType, Map<String, List<String>> properties,
                   List<ContentNode> children) {

    ContentNode {
        properties = Map.copyOf(properties);
        children = List.copyOf(children);
    }

    Optional<String> property(String propertyName) {
        List<String> values = properties.getOrDefault(propertyName, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }
}
