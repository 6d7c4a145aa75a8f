package de.welcomeportal.portal.booking;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How advice appointments are booked.
 *
 * @param holdDuration           how long a time is held for an employer who has not yet confirmed the e-mail address
 * @param offerHoldDuration      how long a time offered to the first one on the waiting list is held for them
 * @param maxOpenBookingsPerEmail how many future appointments one e-mail address may hold or have at once
 * @param retentionDays          days after the appointment when the booking's personal data is deleted; anonymous
 *                               counts remain
 * @param holidayRegion          the German state whose public holidays close the offices, as the ISO 3166-2
 *                               subdivision code without the country: {@code nw} for North Rhine-Westphalia
 * @param zone                   the offices' time zone, in which opening windows are read
 * @param reminderLeadDays       reminders go out on this many days before the appointment (1: the day before)
 */
@Validated
@ConfigurationProperties("portal.booking")
public record BookingProperties(
        @NotNull @DefaultValue("15m") Duration holdDuration,
        @NotNull @DefaultValue("2h") Duration offerHoldDuration,
        @Min(1) @Max(100) @DefaultValue("3") int maxOpenBookingsPerEmail,
        @Min(1) @Max(3650) @DefaultValue("30") int retentionDays,
        @NotNull @Pattern(regexp = "[a-z]{2}", message = "must be a German state code such as nw, by or be")
        @DefaultValue("nw") String holidayRegion,
        @NotNull @DefaultValue("Europe/Berlin") ZoneId zone,
        @Min(1) @Max(7) @DefaultValue("1") int reminderLeadDays) {
}
