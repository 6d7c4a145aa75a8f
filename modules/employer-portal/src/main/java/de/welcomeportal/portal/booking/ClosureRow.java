package de.welcomeportal.portal.booking;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** Days an office is closed (holidays of staff, a training day), besides public holidays. */
@Entity
@Table(name = "booking_closure")
class ClosureRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "first_day", nullable = false)
    private LocalDate first;

    @Column(name = "last_day", nullable = false)
    private LocalDate last;

    @Column(nullable = false, length = 200)
    private String reason;

    protected ClosureRow() {
        this.first = LocalDate.EPOCH;
        this.last = LocalDate.EPOCH;
        this.reason = "";
    }

    ClosureRow(long officeId, OpeningPlan.Closure closure) {
        this.officeId = officeId;
        this.first = closure.first();
        this.last = closure.last();
        this.reason = closure.reason().strip();
    }

    long id() {
        return id == null ? 0 : id;
    }

    long officeId() {
        return officeId;
    }

    LocalDate first() {
        return first;
    }

    OpeningPlan.Closure closure() {
        return new OpeningPlan.Closure(first, last, reason);
    }
}
