package de.welcomeportal.portal.guidance;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands the published figures to the self-check: right after a publication in this node, and within seconds of one
 * in another node (through the store's content version). An editor's published figure thus applies to the next
 * self-check from its valid-from date, without a restart.
 */
@Component
class FigureFeed {

    private static final Logger log = LoggerFactory.getLogger(FigureFeed.class);

    private final GuidanceStore store;
    private final GuidanceCatalog catalog;
    private volatile long seenVersion = -1;

    FigureFeed(GuidanceStore store, GuidanceCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(GuidanceStore.ContentChanged changed) {
        refresh();
    }

    @Scheduled(initialDelay = 5, fixedDelay = 2, timeUnit = TimeUnit.SECONDS)
    void catchUp() {
        try {
            if (store.contentVersion() != seenVersion) {
                refresh();
            }
        } catch (RuntimeException e) {
            log.warn("Rule figures could not catch up with the store: {}", e.getClass().getSimpleName());
        }
    }

    void refresh() {
        long version = store.contentVersion();
        catalog.useFiguresFrom(store.allPublished());
        seenVersion = version;
    }
}
