package de.welcomeportal.portal.booking;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import de.welcomeportal.portal.staff.AuditLog;

/**
 * The agenda of an office as a CSV file for spreadsheet programs: UTF-8 with byte order mark and {@code ;} as
 * separator, as German Excel expects. Cells that a spreadsheet would read as a formula are neutralised. Every
 * export is audited, since the file holds employers' contact data.
 */
@Component
class AgendaExport {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final String[] COLUMNS = {"date", "start", "end", "reference", "status", "type", "mode", "name",
            "company", "email", "phone", "topic", "precheck", "booked-by"};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final BookingService bookings;
    private final I18NProvider texts;
    private final AuditLog auditLog;

    AgendaExport(BookingService bookings, I18NProvider texts, AuditLog auditLog) {
        this.bookings = bookings;
        this.texts = texts;
        this.auditLog = auditLog;
    }

    /** The bookings of the office on the days from {@code from} to {@code to} that match the search, as CSV. */
    @PreAuthorize("hasRole('STAFF')")
    public byte[] csv(String officeId, LocalDate from, LocalDate to, @Nullable String search, Locale locale) {
        List<BookingViews.AgendaEntry> entries = bookings.agenda(officeId, from, to, search, locale);
        AgendaLabels labels = new AgendaLabels((key, params) -> texts.getTranslation(key, locale, params), locale);
        StringBuilder csv = new StringBuilder();
        String[] header = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            header[i] = texts.getTranslation("booking.staff.csv." + COLUMNS[i], locale);
        }
        line(csv, header);
        for (BookingViews.AgendaEntry entry : entries) {
            line(csv, labels.isoDay(entry.start()), labels.time(entry.start()), labels.time(entry.end()), entry.id(),
                    labels.status(entry.status()), entry.typeName(), labels.mode(entry.mode()), entry.name(),
                    entry.company(), entry.email(), entry.phone(), entry.topic(), entry.precheckReference(),
                    labels.bookedBy(entry));
        }
        auditLog.record("booking.export", officeId, from + ".." + to);
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    static String fileName(String officeId, LocalDate from, LocalDate to) {
        return "termine-" + officeId + "-" + from + (from.equals(to) ? "" : "-" + to) + ".csv";
    }

    private static void line(StringBuilder csv, @Nullable String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    /**
     * One cell: a value starting with {@code = + - @} (or a tab or carriage return) gets a leading apostrophe, so
     * that a spreadsheet shows it as text instead of running it as a formula; quoted when it holds a separator,
     * quote or line break.
     */
    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
