package de.welcomeportal.portal.precheck;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.selfcheck.rules.GermanLevel;
import de.welcomeportal.portal.selfcheck.rules.Outcome;
import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.Recognition;
import de.welcomeportal.portal.selfcheck.rules.ResidenceStatus;

/**
 * How staff read the values of a case, in their language: statuses, pathways and the other codes by name, dates
 * and amounts as people write them. The review views and the PDF summary share it, so both say the same.
 */
final class CaseLabels {

    /** An empty value; a dash rather than nothing, so a screen reader says the field was read. */
    static final String NONE = "–";
    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Berlin");

    /** Where the texts come from: a view's own {@code getTranslation}, or the portal's I18NProvider. */
    @FunctionalInterface
    interface Translator {
        String getTranslation(String key, Object... params);
    }

    private final Translator texts;
    private final Locale locale;

    CaseLabels(Translator texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    String text(String key, Object... params) {
        return texts.getTranslation(key, params);
    }

    Locale locale() {
        return locale;
    }

    String status(@Nullable CaseStatus status) {
        return status == null ? NONE : text("precheck.staff.status." + status.name());
    }

    String pathway(@Nullable Pathway pathway) {
        return pathway == null ? NONE : text(pathway.messageKey());
    }

    String outcome(@Nullable Outcome outcome) {
        return outcome == null ? NONE : text(outcome.messageKey());
    }

    String entryKind(CaseEntryKind kind) {
        return text("precheck.staff.entry." + kind.name());
    }

    String qualification(@Nullable QualificationKind kind) {
        return kind == null ? NONE : text("precheck.staff.qualification." + kind.name());
    }

    String recognition(@Nullable Recognition recognition) {
        return recognition == null ? NONE : text("precheck.staff.recognition." + recognition.name());
    }

    String residenceStatus(@Nullable ResidenceStatus status) {
        return status == null ? NONE : text("precheck.staff.residence." + status.name());
    }

    String germanLevel(@Nullable GermanLevel level) {
        if (level == null) {
            return NONE;
        }
        return level == GermanLevel.NONE ? text("precheck.staff.german.NONE") : level.name();
    }

    String yesNo(boolean value) {
        return text(value ? "precheck.staff.yes" : "precheck.staff.no");
    }

    /** The country's name in the reader's language, with its ISO code, e.g. "Serbien (RS)". */
    String country(@Nullable String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return NONE;
        }
        String name = Locale.of("", isoCode).getDisplayCountry(locale);
        return name.isBlank() || name.equals(isoCode) ? isoCode : name + " (" + isoCode + ")";
    }

    String countries(Collection<String> isoCodes) {
        return isoCodes.isEmpty() ? NONE : isoCodes.stream().map(this::country).collect(Collectors.joining(", "));
    }

    String date(@Nullable LocalDate date) {
        return date == null ? NONE : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(date);
    }

    String dateTime(@Nullable Instant instant) {
        return instant == null ? NONE : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(PORTAL_ZONE).format(instant);
    }

    String money(@Nullable BigDecimal euros) {
        if (euros == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(euros);
    }

    String number(@Nullable BigDecimal value) {
        return value == null ? NONE : NumberFormat.getNumberInstance(locale).format(value);
    }

    /** An address on one line: "Lange Straße 1, 32756 Detmold". */
    String address(@Nullable String street, @Nullable String postcode, @Nullable String city) {
        String place = join(" ", postcode, city);
        String line = join(", ", street, place);
        return line.isEmpty() ? NONE : line;
    }

    static String orNone(@Nullable String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    /** Who made a timeline entry: the employer, the system, or a staff member by login. */
    String author(String author) {
        return switch (author) {
            case PrecheckService.EMPLOYER -> text("precheck.staff.author.employer");
            case PrecheckService.SYSTEM -> text("precheck.staff.author.system");
            default -> author;
        };
    }

    /** What a timeline entry says; a status change is named, not shown as its code. */
    String entryText(PrecheckViews.TimelineEntry entry) {
        if (entry.kind() == CaseEntryKind.STATUS && entry.text() != null) {
            try {
                return status(CaseStatus.valueOf(entry.text()));
            } catch (IllegalArgumentException unknown) {
                return entry.text();
            }
        }
        return orNone(entry.text());
    }

    private static String join(String separator, @Nullable String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!joined.isEmpty()) {
                    joined.append(separator);
                }
                joined.append(part.strip());
            }
        }
        return joined.toString();
    }
}
