package de.welcomeportal.portal.booking;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.precheck.PlainText;

/** An employer who found no free time on a day and wants to be offered one when a booking is cancelled. */
public record WaitingListRequest(
        @NotBlank @Size(max = 40) @Nullable String office,
        @NotBlank @Size(max = 40) @Nullable String type,
        @NotNull @Nullable AppointmentMode mode,
        @NotNull @Nullable LocalDate day,
        @NotBlank @Size(max = 200) @PlainText @Nullable String name,
        @NotBlank @Size(max = 200) @PlainText @Nullable String company,
        @NotBlank @Email @Size(max = 254) @Nullable String email,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()/-]{4,30}", message = "{booking.validation.phone}")
        @Nullable String phone,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "[\\P{Cntrl}\\r\\n\\t]*",
                message = "{booking.validation.topic}") @Nullable String topic) {
}
