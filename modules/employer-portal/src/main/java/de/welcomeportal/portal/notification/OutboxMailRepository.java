package de.welcomeportal.portal.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long>, JpaSpecificationExecutor<OutboxMail> {

    /** Ids of failed mails whose next attempt is due, oldest due first. */
    @Query("""
            select m.id from OutboxMail m
            where m.status = de.welcomeportal.portal.notification.OutboxStatus.FAILED
              and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.id""")
    List<Long> findDueForRetry(@Param("now") Instant now, Pageable limit);

    /**
     * Takes a due mail for one retry: moves its next attempt to {@code leaseUntil}, so that no other portal node
     * (nor the next run) sends it at the same time. 1 when this caller got the mail, 0 when another was quicker.
     */
    @Modifying
    @Transactional
    @Query("""
            update OutboxMail m set m.nextAttemptAt = :leaseUntil
            where m.id = :id
              and m.status = de.welcomeportal.portal.notification.OutboxStatus.FAILED
              and m.nextAttemptAt <= :now""")
    int claimForRetry(@Param("id") long id, @Param("now") Instant now, @Param("leaseUntil") Instant leaseUntil);

    @Modifying
    @Transactional
    @Query("delete from OutboxMail m where m.createdAt < :cutoff")
    int deleteCreatedBefore(@Param("cutoff") Instant cutoff);
}
