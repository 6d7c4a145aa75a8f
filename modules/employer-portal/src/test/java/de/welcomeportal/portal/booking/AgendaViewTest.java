package de.welcomeportal.portal.booking;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import de.welcomeportal.portal.staff.AuditEntry;
import de.welcomeportal.portal.staff.AuditLog;
import de.welcomeportal.testapp.KaribuTest;
import de.welcomeportal.testapp.MutableClock;
import de.welcomeportal.testapp.TestSecurity;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The caseworkers' agenda in the browserless UI, on Monday 23 November 2026, 08:00 in Detmold: listing and search,
 * the office's week calendar, attendance, cancellation, booking for a caller, CSV export and print view. Each test
 * uses its own days, since the tests share one database.
 */
@Import(AgendaViewTest.FixedClock.class)
class AgendaViewTest extends KaribuTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant MONDAY_MORNING = LocalDateTime.of(2026, 11, 23, 8, 0).atZone(BERLIN).toInstant();
    private static final String CASEWORKER = "c.weber";

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        MutableClock bookingTestClock() {
            return new MutableClock(MONDAY_MORNING, BERLIN);
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    BookingService bookings;
    @Autowired
    AuditLog auditLog;

    @BeforeEach
    void backToMondayMorning() {
        clock.advance(Duration.between(clock.instant(), MONDAY_MORNING));
    }

    @Test
    void the_agenda_lists_the_bookings_of_the_office_and_day_and_the_search_filters_them() {
        book(LocalDate.of(2026, 11, 25), 9, 0, "Maria Muster", "Muster Pflege GmbH", "maria@muster.example", "Pflege");
        BookingViews.Receipt other = book(LocalDate.of(2026, 11, 25), 10, 0, "Otto Ohnemail", "Beispiel AG", null,
                "Beschleunigtes Verfahren");
        book(LocalDate.of(2026, 11, 26), 9, 0, "Tanja Donnerstag", "Andere KG", null, "Anderer Tag");

        openAgenda(LocalDate.of(2026, 11, 25));

        Grid<BookingViews.AgendaEntry> grid = agendaGrid();
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormatted(grid, 0, "time")).isEqualTo("09:00–09:30");
        assertThat(_getFormatted(grid, 0, "status")).isEqualTo("Bestätigt");
        assertThat(_getFormatted(grid, 0, "mode")).isEqualTo("vor Ort");
        assertThat(_getFormatted(grid, 0, "name")).isEqualTo("Maria Muster");
        assertThat(_getFormatted(grid, 0, "contact")).isEqualTo("maria@muster.example, +49 5231 62-0");
        assertThat(_getFormatted(grid, 0, "type")).isEqualTo("Erstberatung Fachkräfteeinwanderung");
        assertThat(_getFormatted(grid, 0, "booked-by")).endsWith("desk");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "muster pflege");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "name")).isEqualTo("Maria Muster");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), other.id());
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "company")).isEqualTo("Beispiel AG");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Suche")), "");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AgendaView.Period> period = _get(RadioButtonGroup.class);
        _setValue(period, AgendaView.Period.WEEK);
        assertThat(_size(grid)).isGreaterThanOrEqualTo(3);
        assertThat(java.util.stream.IntStream.range(0, _size(grid)).mapToObj(row -> _getFormatted(grid, row, "time")))
                .contains("Mi., 25.11.2026 09:00–09:30", "Mi., 25.11.2026 10:00–10:30");
    }

    @Test
    void the_week_calendar_shows_public_holidays_as_closed_and_the_load_of_each_slot() {
        book(LocalDate.of(2026, 12, 22), 9, 0, "Paul Vorweihnacht", "Tannen GmbH", null, "Vor dem Fest");

        openAgenda(LocalDate.of(2026, 12, 25));

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("calendar-closed")))
                .extracting(Paragraph::getText)
                .contains("geschlossen: 1. Weihnachtsfeiertag", "geschlossen: 2. Weihnachtsfeiertag");
        List<String> slots = _find(ListItem.class).stream().map(item -> item.getElement().getText()).toList();
        assertThat(slots).contains("09:00–09:15: 1/2", "09:30–09:45: 1/2", "09:45–10:00: 0/2");
        _assertOne(Paragraph.class, spec -> spec.withText("Im gewählten Zeitraum gibt es keine Termine."));
    }

    @Test
    void attendance_is_recorded_from_the_day_of_the_appointment() {
        book(LocalDate.of(2026, 11, 23), 10, 0, "Anna Anwesend", "Gekommen GmbH", null, "Heute");
        book(LocalDate.of(2026, 11, 23), 11, 0, "Nils Nichtda", "Ferne KG", null, "Heute");
        book(LocalDate.of(2026, 12, 1), 10, 0, "Zoe Zukunft", "Später GmbH", null, "Nächste Woche");

        openAgenda(LocalDate.of(2026, 11, 23));
        clickInRow("Anna Anwesend", "Erschienen");
        clickInRow("Nils Nichtda", "Nicht erschienen");
        assertThat(statusOf("Anna Anwesend")).isEqualTo("Wahrgenommen");
        assertThat(statusOf("Nils Nichtda")).isEqualTo("Nicht erschienen");

        openAgenda(LocalDate.of(2026, 12, 1));
        clickInRow("Zoe Zukunft", "Erschienen");
        assertThat(visibleProblem()).startsWith("Die Anwesenheit können Sie nur für bestätigte Termine und erst ab"
                + " dem Tag des Termins eintragen.");
        assertThat(statusOf("Zoe Zukunft")).isEqualTo("Bestätigt");

        clock.advance(Duration.ofDays(8)); // Tuesday 1 December
        openAgenda(LocalDate.of(2026, 12, 1));
        clickInRow("Zoe Zukunft", "Nicht erschienen");
        assertThat(statusOf("Zoe Zukunft")).isEqualTo("Nicht erschienen");
    }

    @Test
    void staff_cancel_with_a_message_to_the_employer() {
        BookingViews.Receipt receipt = book(LocalDate.of(2026, 11, 26), 10, 0, "Carla Absage", "Storno GmbH",
                "carla@storno.example", "Absage");

        openAgenda(LocalDate.of(2026, 11, 26));
        clickInRow("Carla Absage", "Absagen");
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Termin " + receipt.id() + " absagen");
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Nachricht an den Arbeitgeber")),
                "Die Beraterin ist leider krank. Bitte buchen Sie einen neuen Termin.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Termin absagen")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(statusOf("Carla Absage")).isEqualTo("Abgesagt");
        assertThat(agenda(LocalDate.of(2026, 11, 26)).stream().filter(entry -> entry.id().equals(receipt.id()))
                .findFirst().orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        Button cancelAgain = button(rowActions("Carla Absage"), "Absagen");
        assertThat(cancelAgain.isEnabled()).isFalse();
    }

    @Test
    void booking_for_a_caller_shows_field_errors_and_a_taken_time_keeping_the_input() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        openAgenda(friday);
        _click(_get(Button.class, spec -> spec.withText("Für Anrufer buchen")));
        BookOnBehalfDialog dialog = _get(BookOnBehalfDialog.class);
        @SuppressWarnings("unchecked")
        Select<BookingViews.FreeTime> time = _get(dialog, Select.class, spec -> spec.withLabel("Uhrzeit"));
        BookingViews.FreeTime nine = time.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(nine.start().toLocalTime()).hasToString("09:00");
        _setValue(time, nine);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Firma")), "Anrufer GmbH");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Telefon")), "05231 4711");
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Anliegen")), "Pflegekräfte aus Indien");
        _click(_get(dialog, Button.class, spec -> spec.withText("Termin buchen")));

        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("Name der Ansprechperson"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isNotBlank();
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Firma")).getValue())
                .isEqualTo("Anrufer GmbH");

        _setValue(name, "Ralf Rufer");
        book(friday, 9, 0, "Erste Belegung", "Voll GmbH", null, "Kapazität");
        book(friday, 9, 0, "Zweite Belegung", "Voll GmbH", null, "Kapazität");
        _click(_get(dialog, Button.class, spec -> spec.withText("Termin buchen")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(visibleProblem()).startsWith("Diese Zeit ist inzwischen belegt. Die nächsten freien Zeiten: Fr., "
                + "27.11.2026 09:45, Fr., 27.11.2026 10:00");
        assertThat(name.getValue()).isEqualTo("Ralf Rufer");
        assertThat(time.getValue()).isNull();

        _setValue(time, time.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(dialog, Button.class, spec -> spec.withText("Termin buchen")));

        assertThat(dialog.isOpened()).isFalse();
        BookingViews.AgendaEntry booked = agenda(friday).stream().filter(entry -> "Ralf Rufer".equals(entry.name()))
                .findFirst().orElseThrow();
        assertThat(booked.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booked.start().toLocalTime()).hasToString("09:45");
        assertThat(booked.email()).isNull();
        assertThat(booked.bookedByStaff()).isEqualTo(CASEWORKER);
        assertThat(statusOf("Ralf Rufer")).isEqualTo("Bestätigt");
    }

    @Test
    void the_csv_export_holds_the_shown_bookings_neutralises_formulas_and_is_audited() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        BookingViews.Receipt receipt = book(day, 9, 0, "Eva Export", "Tabellen GmbH", "eva@tabellen.example",
                "=HYPERLINK(\"http://example.org\";\"klick\")");

        openAgenda(day);
        byte[] csv = _download(_get(Anchor.class, spec -> spec.withText("CSV-Export")));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Datum;Beginn;Ende;Terminnummer;Status;Beratungsart;Form;Name;Firma;"
                + "E-Mail;Telefon;Anliegen;Vorgangsnummer;Gebucht von");
        assertThat(lines).contains("2026-11-30;09:00;09:30;" + receipt.id() + ";Bestätigt;Erstberatung "
                + "Fachkräfteeinwanderung;vor Ort;Eva Export;Tabellen GmbH;eva@tabellen.example;'+49 5231 62-0;"
                + "\"'=HYPERLINK(\"\"http://example.org\"\";\"\"klick\"\")\";;desk");
        assertThat(text).contains("\r\n");

        List<AuditEntry> exports = TestSecurity.actingAs(context, TestSecurity.staffMember("admin", "ADMIN"),
                () -> auditLog.newestFirst("booking.export", 0, 10));
        assertThat(exports).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(CASEWORKER);
            assertThat(entry.target()).isEqualTo("detmold");
            assertThat(entry.detail()).isEqualTo("2026-11-30..2026-11-30");
        });
    }

    @Test
    void csv_cells_that_a_spreadsheet_would_run_are_neutralised() {
        assertThat(AgendaExport.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(AgendaExport.cell("+49 5231")).isEqualTo("'+49 5231");
        assertThat(AgendaExport.cell("-3")).isEqualTo("'-3");
        assertThat(AgendaExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AgendaExport.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(AgendaExport.cell("Zeile 1\nZeile 2")).isEqualTo("\"Zeile 1\nZeile 2\"");
        assertThat(AgendaExport.cell("Müller & Söhne")).isEqualTo("Müller & Söhne");
        assertThat(AgendaExport.cell(null)).isEmpty();
    }

    @Test
    void the_print_view_renders_the_week_as_a_plain_table() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        book(day, 11, 0, "Petra Druck", "Papier GmbH", null, "Ausdruck");

        openAgenda(day);
        Anchor print = _get(Anchor.class, spec -> spec.withText("Druckansicht"));
        assertThat(print.getHref()).isEqualTo("staff/appointments/print?office=detmold&date=2026-12-02&week=false");

        UI.getCurrent().navigate(AgendaPrintView.ROUTE, AgendaView.parameters("detmold", day, true));
        _assertOne(AgendaPrintView.class);
        assertThat(_get(H1.class).getText())
                .isEqualTo("Kreishaus Detmold: Termine vom Mo., 30.11.2026 bis So., 06.12.2026");
        NativeTable table = _get(NativeTable.class);
        List<String> rows = table.getBody().getChildren().map(row -> ((NativeTableRow) row).getDataCells().stream()
                .map(cell -> cell.getElement().getText()).toList().toString()).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("Mi., 02.12.2026 11:00–11:30", "Petra Druck",
                "Papier GmbH", "Bestätigt"));
        _assertOne(Button.class, spec -> spec.withText("Drucken"));
    }

    @Test
    void the_navigation_leads_staff_to_the_appointments() {
        loginAs(CASEWORKER, "STAFF");
        UI.getCurrent().navigate("staff");
        assertThat(_get(Anchor.class, spec -> spec.withText("Termine")).getHref()).isEqualTo(AgendaView.ROUTE);
        _assertNone(Anchor.class, spec -> spec.withText("Standorte"));
    }

    @Test
    void only_staff_open_the_agenda_and_only_administrators_the_offices() {
        loginAs("editor", "EDITOR");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AgendaView.ROUTE)).hasMessageContaining("Access is denied");
        _assertNone(AgendaView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(AgendaPrintView.ROUTE))
                .hasMessageContaining("Access is denied");

        loginAs(CASEWORKER, "STAFF");
        assertThatThrownBy(() -> UI.getCurrent().navigate(OfficesView.ROUTE)).hasMessageContaining("Access is denied");
        _assertNone(OfficesView.class);
    }

    // ------------------------------------------------------------------ helpers

    private BookingViews.Receipt book(LocalDate day, int hour, int minute, String name, String company,
                                      @Nullable String email, String topic) {
        OffsetDateTime start = day.atTime(hour, minute).atZone(BERLIN).toOffsetDateTime();
        BookingRequest request = new BookingRequest("detmold", "first-advice", AppointmentMode.ON_SITE, start, name,
                company, email, "+49 5231 62-0", topic, null);
        return TestSecurity.actingAs(context, TestSecurity.staffMember("desk", "STAFF"),
                () -> bookings.bookOnBehalf(request, Locale.GERMAN));
    }

    private List<BookingViews.AgendaEntry> agenda(LocalDate day) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("desk", "STAFF"),
                () -> bookings.agenda("detmold", day, day, null, Locale.GERMAN));
    }

    private void openAgenda(LocalDate day) {
        loginAs(CASEWORKER, "STAFF");
        UI.getCurrent().navigate(AgendaView.ROUTE, AgendaView.parameters("detmold", day, false));
        _assertOne(AgendaView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<BookingViews.AgendaEntry> agendaGrid() {
        return _get(Grid.class, spec -> spec.withClasses("agenda-grid"));
    }

    private static int rowOf(String name) {
        List<BookingViews.AgendaEntry> entries = _get(AgendaView.class).entries();
        for (int i = 0; i < entries.size(); i++) {
            if (name.equals(entries.get(i).name())) {
                return i;
            }
        }
        throw new AssertionError("No row for " + name + " in " + entries);
    }

    private static String statusOf(String name) {
        return _getFormatted(agendaGrid(), rowOf(name), "status");
    }

    private static Component rowActions(String name) {
        return _getCellComponent(agendaGrid(), rowOf(name), "actions");
    }

    private static Button button(Component actions, String text) {
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> text.equals(button.getText())).findFirst().orElseThrow();
    }

    private static void clickInRow(String name, String text) {
        button(rowActions(name), text).click();
    }

    private static String visibleProblem() {
        return _find(ProblemArea.class).stream().filter(Component::isVisible).map(ProblemArea::text).findFirst()
                .orElse("");
    }
}
