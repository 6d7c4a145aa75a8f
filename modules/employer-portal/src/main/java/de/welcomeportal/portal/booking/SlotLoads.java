package de.welcomeportal.portal.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many appointments occupy each slot of an office: the one place where capacity is enforced.
 *
 * <p>{@link #take} raises a slot's count only while it is below the capacity, in one conditional {@code UPDATE}:
 * the database locks the row, and a second transaction that waits for it re-reads the committed count before it
 * decides (PostgreSQL re-evaluates the condition on the new row version; H2 waits for the lock and does the same).
 * A booking takes all its slots in ascending order of time within one transaction, so two bookings never wait for
 * each other crosswise, and a booking that misses one slot rolls back the ones it took.
 */
@Repository
class SlotLoads {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    SlotLoads(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Makes sure a row exists for each slot, each in a transaction of its own and before the booking's transaction:
     * two bookings that create the same row at once then only collide here, harmlessly, and never abort each
     * other's booking.
     */
    void ensureRows(long officeId, List<Instant> slots) {
        java.util.Set<Instant> existing = new java.util.HashSet<>(jdbc.sql(
                        "select starts_at from booking_slot where office_id = :office and starts_at in (:starts)")
                .param("office", officeId).param("starts", slots.stream().map(SlotLoads::utc).toList())
                .query((rs, row) -> rs.getObject("starts_at", OffsetDateTime.class).toInstant()).list());
        for (Instant slot : slots) {
            if (existing.contains(slot)) {
                continue;
            }
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.sql(
                                "insert into booking_slot (office_id, starts_at, booked) values (:office, :start, 0)")
                        .param("office", officeId).param("start", utc(slot)).update());
            } catch (DuplicateKeyException e) {
                // another booking created it a moment ago: that is all we wanted
            }
        }
    }

    /** Takes one place in the slot if it has one left; {@code false} when it is full. Needs a transaction. */
    boolean take(long officeId, Instant slot, int capacity) {
        return jdbc.sql("""
                        update booking_slot set booked = booked + 1
                        where office_id = :office and starts_at = :start and booked < :capacity""")
                .param("office", officeId).param("start", utc(slot)).param("capacity", capacity)
                .update() == 1;
    }

    /** Gives one place back. Needs a transaction. */
    void release(long officeId, Instant slot) {
        jdbc.sql("update booking_slot set booked = booked - 1 where office_id = :office and starts_at = :start and booked > 0")
                .param("office", officeId).param("start", utc(slot)).update();
    }

    /** The occupied places of the office's slots that start in {@code [from, to)}; slots without a row have none. */
    Map<Instant, Integer> booked(long officeId, Instant from, Instant to) {
        Map<Instant, Integer> booked = new HashMap<>();
        jdbc.sql("""
                        select starts_at, booked from booking_slot
                        where office_id = :office and starts_at >= :from and starts_at < :to and booked > 0""")
                .param("office", officeId).param("from", utc(from)).param("to", utc(to))
                .query((rs, row) -> {
                    booked.put(rs.getObject("starts_at", OffsetDateTime.class).toInstant(), rs.getInt("booked"));
                    return null;
                }).list();
        return booked;
    }

    /** The occupied places of one slot. */
    int booked(long officeId, Instant slot) {
        return jdbc.sql("select booked from booking_slot where office_id = :office and starts_at = :start")
                .param("office", officeId).param("start", utc(slot)).query(Integer.class).optional().orElse(0);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
