package de.welcomeportal.portal.staff;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    Page<AuditEvent> findByActionStartingWithOrderByOccurredAtDescIdDesc(String actionPrefix, Pageable page);

    long countByActionStartingWith(String actionPrefix);
}
