package de.welcomeportal.portal.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WaitingEntryRepository extends JpaRepository<WaitingEntry, Long> {

    List<WaitingEntry> findByOfficeIdAndWantedDayAndStatusOrderByCreatedAtAscIdAsc(long officeId, LocalDate day,
                                                                                   WaitingEntry.Status status);

    Optional<WaitingEntry> findByOfferedReference(String reference);

    List<WaitingEntry> findByOfficeIdAndWantedDayBetweenOrderByWantedDayAscCreatedAtAsc(long officeId, LocalDate from,
                                                                                        LocalDate to);

    @Modifying
    @Query("delete from WaitingEntry w where w.wantedDay < :before")
    int deleteBefore(@Param("before") LocalDate before);
}
