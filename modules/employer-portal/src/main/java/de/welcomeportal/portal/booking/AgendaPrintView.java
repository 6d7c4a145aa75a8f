package de.welcomeportal.portal.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.staff.Role;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * The agenda of an office for a day or a week as a plain table to print and lay on the desk: no layout, no grid,
 * one row per appointment. Opened from the agenda with {@code ?office=detmold&date=2026-11-23&week=false}.
 */
@Route(AgendaPrintView.ROUTE)
@RolesAllowed(Role.STAFF_ROLE)
class AgendaPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = AgendaView.ROUTE + "/print";

    private final BookingService service;
    private final PageTitles titles;
    private final H1 heading = new H1();
    private final Paragraph summary = new Paragraph();
    private final Button printButton = new Button();
    private final NativeTable table = new NativeTable();
    private @Nullable String officeId;
    private @Nullable LocalDate day;
    private boolean week;

    AgendaPrintView(BookingService service, PageTitles titles) {
        this.service = service;
        this.titles = titles;
        addClassName("agenda-print");
        printButton.addClassName("no-print");
        printButton.addClickListener(click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        table.addClassName("print-table");
        add(heading, summary, printButton, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        officeId = query.getSingleParameter("office").orElse(null);
        day = query.getSingleParameter("date").map(AgendaPrintView::parseDay).orElse(null);
        week = query.getSingleParameter("week").map(Boolean::parseBoolean).orElse(false);
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("booking.staff.print.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        printButton.setText(getTranslation("booking.staff.print.print"));
        render(event.getLocale());
    }

    private void render(Locale locale) {
        AgendaLabels labels = new AgendaLabels(this::getTranslation, locale);
        List.copyOf(table.getBodies()).forEach(table::removeBody);
        table.removeHead();
        LocalDate shown = day;
        String chosen = officeId;
        BookingViews.OfficeSummary office = chosen == null ? null : service.allOffices(locale).stream()
                .filter(candidate -> candidate.id().equals(chosen)).findFirst().orElse(null);
        if (office == null || shown == null) {
            heading.setText(getTranslation("booking.staff.print.title"));
            summary.setText(getTranslation("booking.staff.print.unknown"));
            table.setVisible(false);
            printButton.setVisible(false);
            return;
        }
        LocalDate from = week ? shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : shown;
        LocalDate to = week ? from.plusDays(6) : from;
        heading.setText(from.equals(to)
                ? getTranslation("booking.staff.print.heading-day", office.name(), labels.day(from))
                : getTranslation("booking.staff.print.heading-week", office.name(), labels.day(from),
                        labels.day(to)));
        List<BookingViews.AgendaEntry> entries;
        try {
            entries = service.agenda(office.id(), from, to, null, locale);
        } catch (InvalidRequestException e) {
            entries = List.of();
        }
        summary.setText(getTranslation("booking.staff.print.count", entries.size()));
        table.setVisible(!entries.isEmpty());
        printButton.setVisible(true);
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("booking.staff.column.time", "booking.staff.column.status",
                "booking.staff.column.type", "booking.staff.column.mode", "booking.staff.column.name",
                "booking.staff.column.company", "booking.staff.column.contact", "booking.staff.column.topic",
                "booking.staff.column.precheck", "booking.staff.column.reference")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        for (BookingViews.AgendaEntry entry : entries) {
            NativeTableRow row = table.getBody().addRow();
            for (String value : List.of(labels.when(entry.start(), entry.end(), week), labels.status(entry.status()),
                    entry.typeName(), labels.mode(entry.mode()), AgendaLabels.orNone(entry.name()),
                    AgendaLabels.orNone(entry.company()), AgendaLabels.contact(entry),
                    AgendaLabels.orNone(entry.topic()), AgendaLabels.orNone(entry.precheckReference()), entry.id())) {
                row.addDataCell().setText(value);
            }
        }
    }

    private static @Nullable LocalDate parseDay(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
