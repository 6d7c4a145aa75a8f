package de.welcomeportal.portal.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * An employer waiting for a time at an office on a day that was fully booked. When a booking of that office and
 * day is cancelled, the first one waiting is offered a time: it is held for them and they confirm it by e-mail.
 */
@Entity
@Table(name = "booking_waiting")
class WaitingEntry {

    enum Status { WAITING, OFFERED, WITHDRAWN, LAPSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "type_id", nullable = false)
    private long typeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AppointmentMode mode;

    @Column(name = "wanted_day", nullable = false)
    private LocalDate wantedDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "offered_reference", length = 12)
    private @Nullable String offeredReference;

    @Column(name = "contact_name", length = 200)
    private @Nullable String contactName;

    @Column(name = "company_name", length = 200)
    private @Nullable String companyName;

    @Column(name = "contact_email", length = 254)
    private @Nullable String contactEmail;

    @Column(name = "contact_phone", length = 30)
    private @Nullable String contactPhone;

    @Column(length = 1000)
    private @Nullable String topic;

    protected WaitingEntry() {
        this.mode = AppointmentMode.ON_SITE;
        this.wantedDay = LocalDate.EPOCH;
        this.status = Status.WAITING;
        this.language = "de";
        this.createdAt = Instant.EPOCH;
    }

    WaitingEntry(Office office, AppointmentType type, AppointmentMode mode, LocalDate day, Booking.Contact contact,
                 Locale language, Instant now) {
        this();
        this.officeId = office.id();
        this.typeId = type.id();
        this.mode = mode;
        this.wantedDay = day;
        this.language = language.getLanguage();
        this.createdAt = now;
        this.contactName = contact.name();
        this.companyName = contact.company();
        this.contactEmail = contact.email();
        this.contactPhone = contact.phone();
        this.topic = contact.topic();
    }

    void offered(String reference) {
        this.status = Status.OFFERED;
        this.offeredReference = reference;
    }

    void lapse() {
        this.status = Status.LAPSED;
    }

    long id() {
        return id == null ? 0 : id;
    }

    long officeId() {
        return officeId;
    }

    long typeId() {
        return typeId;
    }

    AppointmentMode mode() {
        return mode;
    }

    LocalDate wantedDay() {
        return wantedDay;
    }

    Status status() {
        return status;
    }

    Locale language() {
        return Locale.forLanguageTag(language);
    }

    Booking.Contact contact() {
        return new Booking.Contact(contactName == null ? "" : contactName, companyName == null ? "" : companyName,
                contactEmail, contactPhone, topic == null ? "" : topic, null);
    }
}
