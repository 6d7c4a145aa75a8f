package de.welcomeportal.portal.precheck;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    List<CaseDocument> findByCaseIdOrderByUploadedAtAscIdAsc(long caseId);

    long countByCaseId(long caseId);

    @Query("select coalesce(sum(d.sizeBytes), 0) from CaseDocument d where d.caseId = :caseId")
    long totalSizeOfCase(long caseId);

    boolean existsByStorageKey(String storageKey);
}
