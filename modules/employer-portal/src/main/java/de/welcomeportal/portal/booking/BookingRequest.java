package de.welcomeportal.portal.booking;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.precheck.PlainText;

/**
 * What an employer enters to book an advice appointment (also the body of {@code POST /api/v1/bookings}).
 *
 * @param office            the office's id from {@code GET /api/v1/offices}
 * @param type              the appointment type's id, offered at that office
 * @param start             the start time as offered by {@code GET /api/v1/offices/{id}/slots}
 * @param precheckReference the reference of a pre-check this appointment is about, e.g. {@code WC-2026-000123}
 */
public record BookingRequest(
        @NotBlank @Size(max = 40) @Nullable String office,
        @NotBlank @Size(max = 40) @Nullable String type,
        @NotNull @Nullable AppointmentMode mode,
        @NotNull @Nullable OffsetDateTime start,
        @NotBlank @Size(max = 200) @PlainText @Nullable String name,
        @NotBlank @Size(max = 200) @PlainText @Nullable String company,
        @NotBlank @Email @Size(max = 254) @Nullable String email,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()/-]{4,30}", message = "{booking.validation.phone}")
        @Nullable String phone,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "[\\P{Cntrl}\\r\\n\\t]*",
                message = "{booking.validation.topic}") @Nullable String topic,
        @Pattern(regexp = "WC-[0-9]{4}-[0-9]{6}", message = "{booking.validation.precheck-reference}")
        @Nullable String precheckReference) {

    /** The same request for another time. */
    BookingRequest at(OffsetDateTime otherStart) {
        return new BookingRequest(office, type, mode, otherStart, name, company, email, phone, topic,
                precheckReference);
    }
}
