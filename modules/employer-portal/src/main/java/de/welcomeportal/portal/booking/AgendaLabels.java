package de.welcomeportal.portal.booking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * How staff read a booking in their language: status and mode by name, days and times as people write them. The
 * agenda, its print view and the CSV export share it, so all three say the same.
 */
final class AgendaLabels {

    /** An empty value; a dash rather than nothing, so a screen reader says the field was read. */
    static final String NONE = "–";

    /** Where the texts come from: a view's own {@code getTranslation}, or the portal's I18NProvider. */
    @FunctionalInterface
    interface Translator {
        String getTranslation(String key, Object... params);
    }

    private final Translator texts;
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

    AgendaLabels(Translator texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
        this.day = DateTimeFormatter.ofPattern(locale.getLanguage().equals("de") ? "EE, dd.MM.yyyy" : "EEE, d MMM yyyy",
                locale);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... params) {
        return texts.getTranslation(key, params);
    }

    String status(BookingStatus status) {
        return texts.getTranslation("booking.status." + status.key());
    }

    String mode(AppointmentMode mode) {
        return texts.getTranslation("booking.mode." + mode.key());
    }

    String day(LocalDate date) {
        return day.format(date);
    }

    String time(OffsetDateTime at) {
        return time.format(at);
    }

    String isoDay(OffsetDateTime at) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(at);
    }

    /** {@code 09:00–09:30}, with the day in front when the list spans several days. */
    String when(OffsetDateTime start, OffsetDateTime end, boolean withDay) {
        String times = time(start) + "–" + time(end);
        return withDay ? day(start.toLocalDate()) + " " + times : times;
    }

    String dateTime(OffsetDateTime at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(at);
    }

    /** E-mail address and phone number, whichever there are. */
    static String contact(BookingViews.AgendaEntry entry) {
        String joined = Stream.of(entry.email(), entry.phone())
                .filter(value -> value != null && !value.isBlank())
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? NONE : joined;
    }

    String bookedBy(BookingViews.AgendaEntry entry) {
        return entry.bookedByStaff() == null ? texts.getTranslation("booking.staff.booked-by.online")
                : entry.bookedByStaff();
    }

    static String orNone(@Nullable String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
