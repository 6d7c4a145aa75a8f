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

import org.jspecify.annotations.Nullable;

/** One revision of a guidance item, never changed once written. */
@Entity
@Table(name = "guidance_revision")
class GuidanceRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 200_000)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private GuidanceItem.Origin origin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(length = 300)
    private @Nullable String note;

    protected GuidanceRevision() {
        this.content = "";
        this.origin = GuidanceItem.Origin.FILE;
        this.createdAt = Instant.EPOCH;
        this.createdBy = "";
    }

    GuidanceRevision(long itemId, int number, ItemContent content, GuidanceItem.Origin origin, Instant now, String by,
                     @Nullable String note) {
        this.itemId = itemId;
        this.number = number;
        this.content = content.toJson();
        this.origin = origin;
        this.createdAt = now;
        this.createdBy = by;
        this.note = note;
    }

    int number() {
        return number;
    }

    ItemContent content() {
        return ItemContent.fromJson(content);
    }

    GuidanceItem.Origin origin() {
        return origin;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    @Nullable String note() {
        return note;
    }
}
