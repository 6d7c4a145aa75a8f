package de.welcomeportal.portal.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BookingRepository extends JpaRepository<Booking, Long> {

    Optional<Booking> findByReference(String reference);

    Optional<Booking> findByReferenceAndConfirmTokenHash(String reference, String confirmTokenHash);

    Optional<Booking> findByReferenceAndManageTokenHash(String reference, String manageTokenHash);

    boolean existsByReference(String reference);

    @Query("""
            select count(b) from Booking b
            where b.contactEmailKey = :emailKey and b.status in :statuses and b.startsAt > :now""")
    long countOpen(@Param("emailKey") String emailKey, @Param("statuses") Collection<BookingStatus> statuses,
                   @Param("now") Instant now);

    @Query("""
            select b from Booking b
            where b.officeId = :officeId and b.startsAt >= :from and b.startsAt < :to
            order by b.startsAt, b.id""")
    List<Booking> findAgenda(@Param("officeId") long officeId, @Param("from") Instant from, @Param("to") Instant to);

    @Query("select b.id from Booking b where b.status = :status and b.holdExpiresAt <= :now order by b.holdExpiresAt")
    List<Long> findExpiredHolds(@Param("status") BookingStatus status, @Param("now") Instant now, Pageable page);

    @Query("""
            select b.id from Booking b
            where b.status = :status and b.reminderSentAt is null and b.contactEmail is not null
              and b.startsAt >= :from and b.startsAt < :to
            order by b.startsAt""")
    List<Long> findDueForReminder(@Param("status") BookingStatus status, @Param("from") Instant from,
                                  @Param("to") Instant to, Pageable page);

    @Query("select b.id from Booking b where b.anonymisedAt is null and b.startsAt < :before order by b.startsAt")
    List<Long> findPastRetention(@Param("before") Instant before, Pageable page);

    @Query("select count(b) from Booking b where b.officeId = :officeId and b.startsAt >= :from and b.startsAt < :to"
            + " and b.status = :status")
    long countByStatus(@Param("officeId") long officeId, @Param("from") Instant from, @Param("to") Instant to,
                       @Param("status") BookingStatus status);
}
