package de.welcomeportal.portal.precheck;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A supporting document of a case: what it is and where its bytes lie (never inside the web root). */
@Entity
@Table(name = "precheck_document")
class CaseDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, unique = true, length = 80)
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    protected CaseDocument() {
        this.fileName = "";
        this.contentType = "";
        this.storageKey = "";
        this.uploadedAt = Instant.EPOCH;
        this.uploadedBy = "";
    }

    CaseDocument(long caseId, String fileName, String contentType, long sizeBytes, String storageKey,
                 Instant uploadedAt, String uploadedBy) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    @Nullable Long id() { return id; }
    long caseId() { return caseId; }
    String fileName() { return fileName; }
    String contentType() { return contentType; }
    long sizeBytes() { return sizeBytes; }
    String storageKey() { return storageKey; }
    Instant uploadedAt() { return uploadedAt; }
    String uploadedBy() { return uploadedBy; }
}
