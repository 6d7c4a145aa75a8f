package de.welcomeportal.portal.guidance;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Takes what the Magnolia sync fetched into the guidance store: new and changed items are published (unless an
 * editor changed them here: then the conflict is recorded), items that Magnolia no longer has go offline.
 */
@Component
class MagnoliaImport implements GuidanceSyncTarget {

    private final GuidanceStore store;

    MagnoliaImport(GuidanceStore store) {
        this.store = store;
    }

    @Override
    public void applyFromMagnolia(List<ContentNode> items, Instant fetchedAt) {
        store.importNodes(items, GuidanceItem.Origin.MAGNOLIA, "Magnolia");
        Set<String> present = new HashSet<>();
        items.forEach(item -> collectKeys(item, present));
        store.unpublishMissing(present, GuidanceItem.Origin.MAGNOLIA);
    }

    private static void collectKeys(ContentNode node, Set<String> keys) {
        if (GuidanceKind.of(node).isPresent()) {
            keys.add(node.name());
        }
        node.children().forEach(child -> collectKeys(child, keys));
    }
}
