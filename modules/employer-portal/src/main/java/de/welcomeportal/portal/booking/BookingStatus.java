package de.welcomeportal.portal.booking;

import java.util.Locale;

/** Where a booking stands. */
public enum BookingStatus {
    /** The time is held for the employer until the e-mail address is confirmed (double opt-in). */
    HELD,
    /** Confirmed: the appointment takes place. */
    CONFIRMED,
    /** Cancelled by the employer or by the Welcome-Center; the time is free again. */
    CANCELLED,
    /** Not confirmed in time; the time is free again. */
    EXPIRED,
    /** The employer came. */
    ATTENDED,
    /** The employer did not come. */
    NO_SHOW;

    /** Whether a booking in this status counts against the capacity of its slots. */
    public boolean occupiesSlots() {
        return this != CANCELLED && this != EXPIRED;
    }

    /** Whether the employer or staff may still cancel or move it. */
    public boolean isOpen() {
        return this == HELD || this == CONFIRMED;
    }

    /** The part of the translation keys for this status, e.g. {@code no-show}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
