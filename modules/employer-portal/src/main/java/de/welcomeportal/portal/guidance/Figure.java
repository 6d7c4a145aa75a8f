package de.welcomeportal.portal.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A figure of the law that changes over time (a salary threshold, a fee, a quota, a list of states), with the
 * norm it comes from and its dated values, oldest first. Editors maintain figures like any other guidance content.
 *
 * @param key    stable key other features refer to, e.g. {@code blue-card-general-threshold}
 * @param kind   what the values are: {@link Kind}
 * @param norm   the legal basis, e.g. {@code § 18g Abs. 1 Satz 1 AufenthG}
 * @param values dated values, sorted by {@code validFrom}
 */
public record Figure(String key, Kind kind, String norm, String titleEnglish, String titleGerman,
                     List<DatedValue> values) {

    public Figure {
        values = List.copyOf(values);
    }

    /**
     * The value in force on a date: the latest one that starts on or before it, unless that one has ended
     * ({@code validUntil}) before the date. Empty when nothing covers the date, e.g. a year whose thresholds are
     * not announced yet: a figure is never carried over into a period it was not published for.
     */
    public Optional<DatedValue> valueOn(LocalDate date) {
        DatedValue current = null;
        for (DatedValue value : values) {
            if (!value.validFrom().isAfter(date)) {
                current = value;
            }
        }
        if (current == null || (current.validUntil() != null && current.validUntil().isBefore(date))) {
            return Optional.empty();
        }
        return Optional.of(current);
    }

    /** What the values of a figure are; checked when the content is read. */
    public enum Kind {
        /** one amount in euros, e.g. {@code 50700.00} */
        AMOUNT,
        /** one whole number, e.g. a quota */
        COUNT,
        /** ISO 3166-1 alpha-2 codes ({@code XK} for Kosovo) */
        COUNTRIES,
        /** ISCO-08 codes or groups, 1 to 4 digits */
        OCCUPATIONS
    }

    /**
     * One value of a figure and the period it applies to.
     *
     * @param validUntil last day it applies, for figures announced per period; {@code null}: until the next value
     * @param values     one value, or the members of a list
     * @param source     where the value was checked
     */
    public record DatedValue(LocalDate validFrom, @Nullable LocalDate validUntil, List<String> values, String source) {

        public DatedValue {
            values = List.copyOf(values);
        }

        public String single() {
            return values.getFirst();
        }
    }
}
