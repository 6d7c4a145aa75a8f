package de.welcomeportal.portal.guidance;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes the content files into the guidance store when the portal has started, and again when an editor has the
 * files read anew: new items are created, changed files update their items, an editor's change is never
 * overwritten (the conflict shows in the log and the editor list).
 */
@Component
class ContentBootstrap {

    private final GuidanceCatalog catalog;
    private final GuidanceStore store;
    private final FigureFeed figures;

    ContentBootstrap(GuidanceCatalog catalog, GuidanceStore store, FigureFeed figures) {
        this.catalog = catalog;
        this.store = store;
        this.figures = figures;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importFiles() {
        store.importNodes(catalog.roots(), GuidanceItem.Origin.FILE, "content/");
        figures.refresh();
    }

    /** Reads the files again and imports what changed. */
    GuidanceStore.ImportReport reload() {
        catalog.reload();
        GuidanceStore.ImportReport report = store.importNodes(catalog.roots(), GuidanceItem.Origin.FILE, "content/");
        figures.refresh();
        return report;
    }
}
