package de.welcomeportal.portal.precheck;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CaseFileRepository extends JpaRepository<CaseFile, Long>, JpaSpecificationExecutor<CaseFile> {

    Optional<CaseFile> findByReference(String reference);

    Optional<CaseFile> findByTokenHash(String tokenHash);

    @Query("select c.status, count(c) from CaseFile c where c.status <> de.welcomeportal.portal.precheck.CaseStatus.AWAITING_CONFIRMATION group by c.status")
    List<Object[]> countByStatus();

    @Query("select c from CaseFile c where c.anonymisedAt is null and c.closedAt is not null and c.closedAt < :before")
    List<CaseFile> findClosedBeforeAndNotAnonymised(Instant before);

    @Query("select c from CaseFile c where c.status = de.welcomeportal.portal.precheck.CaseStatus.AWAITING_CONFIRMATION and c.createdAt < :before")
    List<CaseFile> findUnconfirmedCreatedBefore(Instant before);
}
