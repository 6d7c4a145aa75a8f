package de.welcomeportal.portal.guidance;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A guidance item: which revision is the newest (the draft) and which one the public sees. */
@Entity
@Table(name = "guidance_item")
class GuidanceItem {

    /** Where the newest revision came from. */
    enum Origin { FILE, EDITOR, MAGNOLIA }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "item_key", nullable = false, length = 80)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private GuidanceKind kind;

    @Column(length = 40)
    private @Nullable String topic;

    @Column(nullable = false, length = 300)
    private String path;

    @Column(name = "latest_revision", nullable = false)
    private int latestRevision;

    @Column(name = "published_revision")
    private @Nullable Integer publishedRevision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Origin origin;

    @Column(name = "origin_checksum", length = 64)
    private @Nullable String originChecksum;

    @Column(length = 500)
    private @Nullable String conflict;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected GuidanceItem() {
        this.key = "";
        this.kind = GuidanceKind.ARTICLE;
        this.path = "";
        this.origin = Origin.FILE;
        this.updatedAt = Instant.EPOCH;
        this.updatedBy = "";
    }

    GuidanceItem(String key, GuidanceKind kind, @Nullable String topic, String path, Origin origin, Instant now,
                 String by) {
        this();
        this.key = key;
        this.kind = kind;
        this.topic = topic;
        this.path = path;
        this.origin = origin;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** A new newest revision. */
    int revise(Origin from, @Nullable String checksum, Instant now, String by) {
        latestRevision++;
        origin = from;
        if (from != Origin.EDITOR) {
            originChecksum = checksum;
        }
        updatedAt = now;
        updatedBy = by;
        return latestRevision;
    }

    void publish(int revision, Instant now, String by) {
        publishedRevision = revision;
        updatedAt = now;
        updatedBy = by;
    }

    void unpublish(Instant now, String by) {
        publishedRevision = null;
        updatedAt = now;
        updatedBy = by;
    }

    void conflict(@Nullable String description) {
        this.conflict = description;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Guidance item not saved yet");
        }
        return id;
    }

    long version() {
        return version;
    }

    String key() {
        return key;
    }

    GuidanceKind kind() {
        return kind;
    }

    @Nullable String topic() {
        return topic;
    }

    String path() {
        return path;
    }

    int latestRevision() {
        return latestRevision;
    }

    @Nullable Integer publishedRevision() {
        return publishedRevision;
    }

    Origin origin() {
        return origin;
    }

    @Nullable String originChecksum() {
        return originChecksum;
    }

    @Nullable String conflict() {
        return conflict;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
