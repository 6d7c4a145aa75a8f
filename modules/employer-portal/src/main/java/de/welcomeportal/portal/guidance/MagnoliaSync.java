package de.welcomeportal.portal.guidance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fetches the guidance content from Magnolia every {@code portal.magnolia.interval} and hands it to the
 * {@link GuidanceSyncTarget}. A failed fetch changes nothing: the last good content stays, and the error is kept
 * for the editors' status page and logged once (not again while the same error repeats).
 */
@Component
class MagnoliaSync {

    private static final Logger log = LoggerFactory.getLogger(MagnoliaSync.class);

    private final MagnoliaProperties properties;
    private final ObjectProvider<GuidanceSyncTarget> targets;
    private final Clock clock;
    private final MagnoliaDeliveryClient client;
    private volatile @Nullable LastFetch lastFetch;
    private volatile @Nullable SyncError lastError;

    MagnoliaSync(MagnoliaProperties properties, ObjectProvider<GuidanceSyncTarget> targets, Clock clock) {
        this.properties = properties;
        this.targets = targets;
        this.clock = clock;
        this.client = new MagnoliaDeliveryClient(properties);
    }

    /** What one sync did. */
    record SyncReport(Outcome outcome, Instant at, int itemCount, @Nullable String error) {

        enum Outcome { SYNCED, FAILED, DISABLED }

        boolean succeeded() {
            return outcome == Outcome.SYNCED;
        }
    }

    /** The last successful fetch: when it finished and how many items it brought. */
    record LastFetch(Instant fetchedAt, int itemCount) {
    }

    /** The error of the last sync, for the editors: what went wrong and when. */
    record SyncError(String message, Instant at) {
    }

    @Scheduled(fixedDelayString = "${portal.magnolia.interval:15m}")
    void scheduledSync() {
        if (properties.enabled()) {
            sync();
        }
    }

    /** Fetches everything now; on success the target gets the complete list, on failure nothing changes. */
    synchronized SyncReport sync() {
        if (!properties.enabled()) {
            return new SyncReport(SyncReport.Outcome.DISABLED, clock.instant(), 0, null);
        }
        List<ContentNode> items;
        try {
            items = client.fetchAll();
        } catch (MagnoliaSyncException e) {
            return failed(e.getMessage(), e);
        }
        Instant fetchedAt = clock.instant();
        GuidanceSyncTarget target = targets.getIfAvailable();
        if (target == null) {
            log.debug("Fetched {} guidance items from Magnolia, but nothing takes them (no GuidanceSyncTarget)",
                    items.size());
        } else {
            try {
                target.applyFromMagnolia(items, fetchedAt);
            } catch (RuntimeException e) {
                // A fault of the portal, not of Magnolia: the stack trace belongs in the log.
                log.error("The guidance content fetched from Magnolia could not be applied", e);
                return failed("the content fetched from Magnolia could not be applied: " + e.getMessage(), null);
            }
        }
        boolean recovered = lastError != null || lastFetch == null;
        lastFetch = new LastFetch(fetchedAt, items.size());
        lastError = null;
        if (recovered) {
            log.info("Guidance content synced from Magnolia ({}): {} items", properties.endpoint(), items.size());
        } else {
            log.debug("Guidance content synced from Magnolia: {} items", items.size());
        }
        return new SyncReport(SyncReport.Outcome.SYNCED, fetchedAt, items.size(), null);
    }

    /** The last successful fetch, if there was one since the start. */
    Optional<LastFetch> lastFetch() {
        return Optional.ofNullable(lastFetch);
    }

    /** The error of the most recent sync; empty once a sync succeeds again. */
    Optional<SyncError> lastError() {
        return Optional.ofNullable(lastError);
    }

    private SyncReport failed(String message, @Nullable Exception cause) {
        Instant now = clock.instant();
        SyncError previous = lastError;
        lastError = new SyncError(message, now);
        if (previous == null || !previous.message().equals(message)) {
            LastFetch kept = lastFetch;
            log.warn("Guidance sync from Magnolia failed, {}: {}",
                    kept == null ? "no content from Magnolia yet" : "keeping the content of " + kept.fetchedAt(), message);
        }
        if (cause != null && log.isDebugEnabled()) {
            log.debug("Guidance sync failure in detail", cause);
        }
        return new SyncReport(SyncReport.Outcome.FAILED, now, 0, message);
    }
}
