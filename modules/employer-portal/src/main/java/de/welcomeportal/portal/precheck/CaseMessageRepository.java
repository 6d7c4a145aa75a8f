package de.welcomeportal.portal.precheck;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CaseMessageRepository extends JpaRepository<CaseMessage, Long> {

    List<CaseMessage> findByCaseIdOrderByCreatedAtAscIdAsc(long caseId);

    @Modifying
    @Query("delete from CaseMessage m where m.caseId = :caseId")
    void deleteByCaseId(long caseId);
}
