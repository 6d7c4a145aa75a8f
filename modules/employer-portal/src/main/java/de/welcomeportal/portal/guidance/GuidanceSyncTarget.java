package de.welcomeportal.portal.guidance;

import java.time.Instant;
import java.util.List;

/**
 * Receives the guidance content fetched from Magnolia (implemented by the guidance store). Called only after a
 * complete, successful fetch, never with partial content; a failed sync leaves the last content in place.
 */
interface GuidanceSyncTarget {

    /**
     * Replaces the synced content.
     *
     * @param items     every item of the delivery endpoint: articles, FAQ, checklists (with their items as
     *                  children), authorities and the topic folders, each as {@link SystemViewReader} reads it from
     *                  a bootstrap file ({@code jcr:primaryType}, {@code jcr:uuid}, {@code mgnl:lastModified}, the
     *                  plain (English) and {@code _de} properties); items missing here were deleted in Magnolia
     * @param fetchedAt when the fetch finished
     */
    void applyFromMagnolia(List<ContentNode> items, Instant fetchedAt);
}
