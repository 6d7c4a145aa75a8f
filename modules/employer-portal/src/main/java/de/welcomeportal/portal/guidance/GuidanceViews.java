package de.welcomeportal.portal.guidance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** What the guidance store shows: the published items to everyone, drafts and history to editors. */
public final class GuidanceViews {

    private GuidanceViews() {
    }

    /** A published item as the public sees it. */
    public record PublishedItem(String key, GuidanceKind kind, @Nullable String topic, int revision,
                                ItemContent content) {

        public Optional<LocalDate> lastReviewed() {
            return content.lastReviewed();
        }
    }

    /** Where an item stands for editors. */
    public enum Status {
        /** Never published (or unpublished). */
        DRAFT,
        /** The newest revision is the published one. */
        PUBLISHED,
        /** Published, and a newer draft exists. */
        CHANGED
    }

    /** An item in the editors' list. */
    public record Summary(String key, GuidanceKind kind, @Nullable String topic, String title, Status status,
                          Instant updatedAt, String updatedBy, @Nullable String conflict) {
    }

    /** An item as an editor opens it: the newest revision and the history. */
    public record EditorItem(String key, GuidanceKind kind, @Nullable String topic, long version, int latestRevision,
                             @Nullable Integer publishedRevision, Status status, ItemContent draft,
                             List<Revision> history, @Nullable String conflict) {
    }

    /** One revision in the history. */
    public record Revision(int number, Instant createdAt, String createdBy, String origin, @Nullable String note,
                           boolean published) {
    }

    /** One line of a comparison of two revisions. */
    public record DiffLine(String property, Change change, String text) {
    }

    public enum Change { SAME, REMOVED, ADDED }
}
