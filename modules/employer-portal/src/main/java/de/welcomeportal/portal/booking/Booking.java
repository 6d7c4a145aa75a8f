package de.welcomeportal.portal.booking;

import java.time.Instant;
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
 * One appointment: which office, type, mode and time, where it stands, and the employer's contact until the
 * retention period deletes it. The slot accounting ({@code booking_slot}) is changed together with the status,
 * in the same transaction, by {@link BookingService}.
 */
@Entity
@Table(name = "booking_appointment")
class Booking {

    /** Who cancelled. */
    enum CancelledBy { EMPLOYER, STAFF }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 12)
    private String reference;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "type_id", nullable = false)
    private long typeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AppointmentMode mode;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "slot_count", nullable = false)
    private int slotCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BookingStatus status;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "hold_expires_at")
    private @Nullable Instant holdExpiresAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by", length = 10)
    private @Nullable CancelledBy cancelledBy;

    @Column(name = "reminder_sent_at")
    private @Nullable Instant reminderSentAt;

    @Column(name = "anonymised_at")
    private @Nullable Instant anonymisedAt;

    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    @Column(name = "booked_by_staff", length = 64)
    private @Nullable String bookedByStaff;

    @Column(name = "confirm_token_hash", length = 64)
    private @Nullable String confirmTokenHash;

    @Column(name = "manage_token_hash", length = 64)
    private @Nullable String manageTokenHash;

    @Column(name = "contact_name", length = 200)
    private @Nullable String contactName;

    @Column(name = "company_name", length = 200)
    private @Nullable String companyName;

    @Column(name = "contact_email", length = 254)
    private @Nullable String contactEmail;

    /** The address in lower case, to count a person's open bookings whatever the spelling. */
    @Column(name = "contact_email_key", length = 254)
    private @Nullable String contactEmailKey;

    @Column(name = "contact_phone", length = 30)
    private @Nullable String contactPhone;

    @Column(length = 1000)
    private @Nullable String topic;

    @Column(name = "precheck_reference", length = 20)
    private @Nullable String precheckReference;

    protected Booking() {
        this.reference = "";
        this.mode = AppointmentMode.ON_SITE;
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.status = BookingStatus.HELD;
        this.language = "de";
        this.createdAt = Instant.EPOCH;
    }

    /** The employer's details as entered (already validated). */
    record Contact(String name, String company, @Nullable String email, @Nullable String phone, String topic,
                   @Nullable String precheckReference) {
    }

    Booking(String reference, Office office, AppointmentType type, AppointmentMode mode, SlotCalendar.StartTime time,
            Contact contact, Locale language, Instant now) {
        this();
        this.reference = reference;
        this.officeId = office.id();
        this.typeId = type.id();
        this.mode = mode;
        this.startsAt = time.start();
        this.endsAt = time.end();
        this.slotCount = time.slots().size();
        this.language = language.getLanguage();
        this.createdAt = now;
        this.contactName = contact.name();
        this.companyName = contact.company();
        this.contactEmail = contact.email();
        this.contactEmailKey = contact.email() == null ? null : emailKey(contact.email());
        this.contactPhone = contact.phone();
        this.topic = contact.topic();
        this.precheckReference = contact.precheckReference();
    }

    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void hold(Instant until, String confirmHash, String manageHash) {
        this.status = BookingStatus.HELD;
        this.holdExpiresAt = until;
        this.confirmTokenHash = confirmHash;
        this.manageTokenHash = manageHash;
    }

    void confirmByStaff(String staffMember, Instant now, String confirmHash, String manageHash) {
        this.status = BookingStatus.CONFIRMED;
        this.confirmedAt = now;
        this.bookedByStaff = staffMember;
        this.confirmTokenHash = confirmHash;
        this.manageTokenHash = manageHash;
    }

    void confirm(Instant now) {
        this.status = BookingStatus.CONFIRMED;
        this.confirmedAt = now;
        this.holdExpiresAt = null;
    }

    void expire() {
        this.status = BookingStatus.EXPIRED;
    }

    void cancel(CancelledBy by, Instant now) {
        this.status = BookingStatus.CANCELLED;
        this.cancelledBy = by;
        this.cancelledAt = now;
        this.calendarSequence++;
    }

    void move(SlotCalendar.StartTime time) {
        this.startsAt = time.start();
        this.endsAt = time.end();
        this.slotCount = time.slots().size();
        this.calendarSequence++;
    }

    void markAttendance(boolean attended) {
        this.status = attended ? BookingStatus.ATTENDED : BookingStatus.NO_SHOW;
    }

    void reminderSent(Instant now) {
        this.reminderSentAt = now;
    }

    /** Deletes everything personal; office, type, mode, time and status remain for statistics. */
    void anonymise(Instant now) {
        this.anonymisedAt = now;
        this.confirmTokenHash = null;
        this.manageTokenHash = null;
        this.contactName = null;
        this.companyName = null;
        this.contactEmail = null;
        this.contactEmailKey = null;
        this.contactPhone = null;
        this.topic = null;
        this.precheckReference = null;
        this.bookedByStaff = null;
    }

    boolean holdExpired(Instant now) {
        return status == BookingStatus.HELD && holdExpiresAt != null && !now.isBefore(holdExpiresAt);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Booking not saved yet");
        }
        return id;
    }

    long version() {
        return version;
    }

    String reference() {
        return reference;
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

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    int slotCount() {
        return slotCount;
    }

    BookingStatus status() {
        return status;
    }

    Locale language() {
        return Locale.forLanguageTag(language);
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant holdExpiresAt() {
        return holdExpiresAt;
    }

    @Nullable Instant confirmedAt() {
        return confirmedAt;
    }

    @Nullable Instant cancelledAt() {
        return cancelledAt;
    }

    @Nullable CancelledBy cancelledBy() {
        return cancelledBy;
    }

    @Nullable Instant reminderSentAt() {
        return reminderSentAt;
    }

    @Nullable Instant anonymisedAt() {
        return anonymisedAt;
    }

    int calendarSequence() {
        return calendarSequence;
    }

    @Nullable String bookedByStaff() {
        return bookedByStaff;
    }

    @Nullable String contactName() {
        return contactName;
    }

    @Nullable String companyName() {
        return companyName;
    }

    @Nullable String contactEmail() {
        return contactEmail;
    }

    @Nullable String contactPhone() {
        return contactPhone;
    }

    @Nullable String topic() {
        return topic;
    }

    @Nullable String precheckReference() {
        return precheckReference;
    }
}
