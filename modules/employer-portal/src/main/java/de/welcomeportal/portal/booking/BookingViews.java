package de.welcomeportal.portal.booking;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the booking module shows: to employers (public), to the API, to staff. Texts are in the caller's language. */
public final class BookingViews {

    private BookingViews() {
    }

    /** An office where appointments can be booked. */
    public record OfficeSummary(String id, String name, String street, String postcode, String city,
                                String accessibility, List<TypeSummary> types) {
    }

    /** An appointment type an office offers. */
    public record TypeSummary(String id, String name, String description, int durationMinutes,
                              List<AppointmentMode> modes) {
    }

    /**
     * A time at which an appointment of the asked type can start.
     *
     * @param capacity appointments the office takes at once
     * @param free     places still free for this type at this time (0: fully booked)
     */
    public record FreeTime(OffsetDateTime start, OffsetDateTime end, int capacity, int free) {
    }

    /** One day of an office's calendar for one type; {@code closedReason} names a public holiday or a closure. */
    public record Day(LocalDate date, @Nullable String closedReason, List<FreeTime> times) {

        public boolean hasFreeTime() {
            return times.stream().anyMatch(time -> time.free() > 0);
        }
    }

    /**
     * A booking as it was just made.
     *
     * @param id            the booking's reference, e.g. {@code T-7K3M-9QXA}
     * @param manageUrl     where the employer can see, cancel or move the appointment
     * @param holdExpiresAt until when the time is held without confirmation; {@code null} once confirmed
     */
    public record Receipt(String id, BookingStatus status, OffsetDateTime start, OffsetDateTime end,
                          @Nullable OffsetDateTime holdExpiresAt, URI manageUrl) {
    }

    /** A booking as the employer sees it through the manage link. */
    public record EmployerBooking(String id, BookingStatus status, String officeId, String officeName,
                                  String officeAddress, String accessibility, String typeId, String typeName,
                                  AppointmentMode mode, OffsetDateTime start, OffsetDateTime end,
                                  @Nullable OffsetDateTime holdExpiresAt, String name, String company, String topic,
                                  boolean canCancel, boolean canMove) {
    }

    /** A booking in the staff agenda. */
    public record AgendaEntry(String id, long version, BookingStatus status, String officeId, String officeName,
                              String typeName, AppointmentMode mode, OffsetDateTime start, OffsetDateTime end,
                              @Nullable String name, @Nullable String company, @Nullable String email,
                              @Nullable String phone, @Nullable String topic, @Nullable String precheckReference,
                              @Nullable String bookedByStaff, @Nullable OffsetDateTime holdExpiresAt) {
    }

    /** A slot of an office's calendar as staff see it: how many of its places are taken. */
    public record SlotLoad(OffsetDateTime start, OffsetDateTime end, int booked, int capacity) {
    }

    /** One day of the staff calendar: closed (holiday or closure, with its name) or its slots with their load. */
    public record CalendarDay(LocalDate date, @Nullable String closedReason, List<SlotLoad> slots) {
    }

    /** An employer on the waiting list, for staff. */
    public record WaitingListEntry(long id, LocalDate day, String typeName, AppointmentMode mode, String status,
                                   @Nullable String name, @Nullable String company,
                                   @Nullable String offeredBookingId) {
    }
}
