package de.welcomeportal.portal.booking;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DateFormatSymbols;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.staff.Role;
import de.welcomeportal.portal.staff.StaffLayout;
import de.welcomeportal.portal.webapi.FieldProblem;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * The appointments of an office for the caseworkers: a day or a week, searchable, with attendance, cancellation
 * with a message to the employer and booking for a caller; beside it the office's calendar of that week as it
 * turns out (closed days with their reason, each slot's load) and the waiting list of the days shown. Every change
 * carries the version on screen, so a colleague's change in between is refused rather than overwritten.
 */
@Route(value = AgendaView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(Role.STAFF_ROLE)
class AgendaView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "staff/appointments";

    /** How many days the list shows. */
    enum Period { DAY, WEEK }

    private final BookingService service;
    private final AgendaExport export;
    private final PageTitles titles;
    private final Clock clock;
    private final BookingProperties properties;
    private final H1 heading = new H1();
    private final Select<BookingViews.OfficeSummary> office = new Select<>();
    private final DatePicker date = new DatePicker();
    private final RadioButtonGroup<Period> period = new RadioButtonGroup<>();
    private final TextField search = new TextField();
    private final Button book = new Button();
    private final Anchor print = new Anchor();
    private final Anchor csv;
    private final ProblemArea problem = new ProblemArea(this::refresh);
    private final H2 listHeading = new H2();
    private final Paragraph empty = new Paragraph();
    private final Grid<BookingViews.AgendaEntry> grid = new Grid<>();
    private final H2 calendarHeading = new H2();
    private final Div calendar = new Div();
    private final H2 waitingHeading = new H2();
    private final Paragraph waitingEmpty = new Paragraph();
    private final Grid<BookingViews.WaitingListEntry> waiting = new Grid<>();
    private AgendaLabels labels = new AgendaLabels(this::getTranslation, Locale.GERMAN);
    private List<BookingViews.AgendaEntry> entries = List.of();
    private boolean ready;

    AgendaView(BookingService service, AgendaExport export, PageTitles titles, Clock clock,
               BookingProperties properties) {
        this.service = service;
        this.export = export;
        this.titles = titles;
        this.clock = clock;
        this.properties = properties;
        addClassName("agenda");

        office.setItemLabelGenerator(BookingViews.OfficeSummary::name);
        date.setValue(today());
        period.setItems(Period.values());
        period.setValue(Period.DAY);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        office.addValueChangeListener(change -> refresh());
        date.addValueChangeListener(change -> refresh());
        period.addValueChangeListener(change -> refresh());
        search.addValueChangeListener(change -> refresh());

        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(click -> openBookDialog());
        print.setTarget(AnchorTarget.BLANK);
        print.addClassName("print-link");
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            BookingViews.OfficeSummary chosen = office.getValue();
            LocalDate from = from();
            LocalDate to = to();
            byte[] bytes = export.csv(chosen.id(), from, to, blankToNull(search.getValue()), labels.locale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), AgendaExport.fileName(chosen.id(), from, to),
                    AgendaExport.MEDIA_TYPE, bytes.length);
        }), "");
        csv.addClassName("download-link");

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addClassName("agenda-grid");
        waiting.setAllRowsVisible(true);
        waiting.addClassName("waiting-grid");
        calendar.addClassName("office-calendar");

        Div filters = new Div(office, date, period, search);
        filters.addClassName("agenda-filters");
        Div actions = new Div(book, print, csv);
        actions.addClassName("agenda-actions");
        Section list = new Section(listHeading, empty, grid);
        Section week = new Section(calendarHeading, calendar);
        Section waitingList = new Section(waitingHeading, waitingEmpty, waiting);
        add(heading, filters, actions, problem, list, week, waitingList);
    }

    /** The agenda of an office on a day, or the whole week around it. */
    static QueryParameters parameters(String officeId, LocalDate day, boolean week) {
        return QueryParameters.simple(Map.of("office", officeId, "date", day.toString(), "week",
                String.valueOf(week)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        loadOffices(event.getUI().getLocale());
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("office").flatMap(this::officeById).ifPresent(office::setValue);
        query.getSingleParameter("date").flatMap(AgendaView::parseDay).ifPresent(date::setValue);
        query.getSingleParameter("week").ifPresent(week -> period.setValue(Boolean.parseBoolean(week) ? Period.WEEK
                : Period.DAY));
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("booking.staff.agenda.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        labels = new AgendaLabels(this::getTranslation, event.getLocale());
        ready = false;
        loadOffices(event.getLocale());
        heading.setText(getTranslation("booking.staff.agenda.title"));
        office.setLabel(getTranslation("booking.staff.agenda.office"));
        date.setLabel(getTranslation("booking.staff.agenda.date"));
        date.setLocale(event.getLocale());
        date.setI18n(datePickerTexts(event.getLocale()));
        period.setLabel(getTranslation("booking.staff.agenda.period"));
        period.setItemLabelGenerator(value -> value == Period.DAY ? getTranslation("booking.staff.agenda.period.day")
                : getTranslation("booking.staff.agenda.period.week"));
        search.setLabel(getTranslation("booking.staff.agenda.search"));
        search.setHelperText(getTranslation("booking.staff.agenda.search-help"));
        book.setText(getTranslation("booking.staff.agenda.book"));
        print.setText(getTranslation("booking.staff.agenda.print"));
        print.setAriaLabel(getTranslation("booking.staff.agenda.print-label"));
        csv.setText(getTranslation("booking.staff.agenda.csv"));
        csv.setAriaLabel(getTranslation("booking.staff.agenda.csv-label"));
        grid.setAriaLabel(getTranslation("booking.staff.agenda.grid"));
        waiting.setAriaLabel(getTranslation("booking.staff.waiting.title"));
        empty.setText(getTranslation("booking.staff.agenda.none"));
        waitingEmpty.setText(getTranslation("booking.staff.waiting.none"));
        waitingHeading.setText(getTranslation("booking.staff.waiting.title"));
        columns();
        ready = true;
        refresh();
    }

    // ------------------------------------------------------------------ what is shown

    private void columns() {
        grid.removeAllColumns();
        grid.addColumn(entry -> labels.when(entry.start(), entry.end(), period.getValue() == Period.WEEK))
                .setKey("time").setHeader(getTranslation("booking.staff.column.time")).setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(entry -> labels.status(entry.status())).setKey("status")
                .setHeader(getTranslation("booking.staff.column.status")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(BookingViews.AgendaEntry::typeName).setKey("type")
                .setHeader(getTranslation("booking.staff.column.type")).setFlexGrow(1);
        grid.addColumn(entry -> labels.mode(entry.mode())).setKey("mode")
                .setHeader(getTranslation("booking.staff.column.mode")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(entry -> AgendaLabels.orNone(entry.name())).setKey("name")
                .setHeader(getTranslation("booking.staff.column.name")).setFlexGrow(1);
        grid.addColumn(entry -> AgendaLabels.orNone(entry.company())).setKey("company")
                .setHeader(getTranslation("booking.staff.column.company")).setFlexGrow(1);
        grid.addColumn(AgendaLabels::contact).setKey("contact")
                .setHeader(getTranslation("booking.staff.column.contact")).setFlexGrow(1);
        grid.addColumn(entry -> AgendaLabels.orNone(entry.topic())).setKey("topic")
                .setHeader(getTranslation("booking.staff.column.topic")).setFlexGrow(2);
        grid.addColumn(entry -> AgendaLabels.orNone(entry.precheckReference())).setKey("precheck")
                .setHeader(getTranslation("booking.staff.column.precheck")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(entry -> entry.id() + " · " + labels.bookedBy(entry)).setKey("booked-by")
                .setHeader(getTranslation("booking.staff.column.booked-by")).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::rowActions).setKey("actions")
                .setHeader(getTranslation("booking.staff.column.actions")).setWidth("11rem").setFlexGrow(0);

        waiting.removeAllColumns();
        waiting.addColumn(entry -> labels.day(entry.day())).setHeader(getTranslation("booking.staff.waiting.day"));
        waiting.addColumn(BookingViews.WaitingListEntry::typeName)
                .setHeader(getTranslation("booking.staff.column.type"));
        waiting.addColumn(entry -> labels.mode(entry.mode())).setHeader(getTranslation("booking.staff.column.mode"));
        waiting.addColumn(entry -> AgendaLabels.orNone(entry.name()))
                .setHeader(getTranslation("booking.staff.column.name"));
        waiting.addColumn(entry -> AgendaLabels.orNone(entry.company()))
                .setHeader(getTranslation("booking.staff.column.company"));
        waiting.addColumn(entry -> waitingStatus(entry.status()))
                .setHeader(getTranslation("booking.staff.column.status"));
    }

    private Div rowActions(BookingViews.AgendaEntry entry) {
        boolean markable = entry.status() == BookingStatus.CONFIRMED || entry.status() == BookingStatus.ATTENDED
                || entry.status() == BookingStatus.NO_SHOW;
        Button attended = rowButton("booking.staff.action.attended", entry,
                () -> act(() -> service.markAttendance(entry.id(), entry.version(), true)));
        attended.setEnabled(markable && entry.status() != BookingStatus.ATTENDED);
        Button noShow = rowButton("booking.staff.action.no-show", entry,
                () -> act(() -> service.markAttendance(entry.id(), entry.version(), false)));
        noShow.setEnabled(markable && entry.status() != BookingStatus.NO_SHOW);
        Button cancel = rowButton("booking.staff.action.cancel", entry, () -> openCancelDialog(entry));
        cancel.setEnabled(entry.status().isOpen());
        Div actions = new Div(attended, noShow, cancel);
        actions.addClassName("row-actions");
        return actions;
    }

    private Button rowButton(String key, BookingViews.AgendaEntry entry, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        // The visible text is the same in every row; the accessible name says which appointment it acts on.
        button.setAriaLabel(getTranslation(key + ".for", labels.time(entry.start()), AgendaLabels.orNone(entry.name()),
                entry.id()));
        return button;
    }

    void refresh() {
        if (!ready) {
            return;
        }
        BookingViews.OfficeSummary chosen = office.getValue();
        LocalDate day = date.getValue();
        boolean available = chosen != null && day != null;
        book.setEnabled(available);
        print.setEnabled(available);
        csv.setEnabled(available);
        calendar.removeAll();
        if (!available) {
            entries = List.of();
            grid.setItems(entries);
            waiting.setItems(List.of());
            return;
        }
        LocalDate from = from();
        LocalDate to = to();
        listHeading.setText(from.equals(to) ? getTranslation("booking.staff.agenda.heading-day", labels.day(from))
                : getTranslation("booking.staff.agenda.heading-week", labels.day(from), labels.day(to)));
        entries = service.agenda(chosen.id(), from, to, blankToNull(search.getValue()), labels.locale());
        grid.setItems(entries);
        grid.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
        print.setHref(AgendaPrintView.ROUTE + "?office=" + URLEncoder.encode(chosen.id(), StandardCharsets.UTF_8)
                + "&date=" + day + "&week=" + (period.getValue() == Period.WEEK));
        renderCalendar(chosen, day);
        List<BookingViews.WaitingListEntry> waitingEntries = service.waitingList(chosen.id(), from, to,
                labels.locale());
        waiting.setItems(waitingEntries);
        waiting.setVisible(!waitingEntries.isEmpty());
        waitingEmpty.setVisible(waitingEntries.isEmpty());
    }

    /** The week (Monday to Sunday) of the chosen day: each day closed with its reason, or its slots' load. */
    private void renderCalendar(BookingViews.OfficeSummary chosen, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        calendarHeading.setText(getTranslation("booking.staff.calendar.title", chosen.name(), labels.day(monday),
                labels.day(sunday)));
        for (BookingViews.CalendarDay calendarDay : service.calendar(chosen.id(), monday, sunday, labels.locale())) {
            Div column = new Div(new H3(labels.day(calendarDay.date())));
            column.addClassName("calendar-day");
            if (calendarDay.closedReason() != null) {
                Paragraph closed = new Paragraph(getTranslation("booking.staff.calendar.closed",
                        calendarDay.closedReason()));
                closed.addClassName("calendar-closed");
                column.add(closed);
                column.addClassName("closed");
            } else if (calendarDay.slots().isEmpty()) {
                column.add(new Paragraph(getTranslation("booking.staff.calendar.no-hours")));
            } else {
                UnorderedList slots = new UnorderedList();
                for (BookingViews.SlotLoad slot : calendarDay.slots()) {
                    ListItem item = new ListItem(getTranslation("booking.staff.calendar.slot",
                            labels.time(slot.start()), labels.time(slot.end()), slot.booked(), slot.capacity()));
                    item.addClassName(slot.booked() >= slot.capacity() ? "slot-full"
                            : slot.booked() > 0 ? "slot-partly" : "slot-free");
                    slots.add(item);
                }
                column.add(slots);
            }
            calendar.add(column);
        }
    }

    private String waitingStatus(String status) {
        return switch (status) {
            case "OFFERED" -> getTranslation("booking.staff.waiting.status.offered");
            case "WITHDRAWN" -> getTranslation("booking.staff.waiting.status.withdrawn");
            case "LAPSED" -> getTranslation("booking.staff.waiting.status.lapsed");
            default -> getTranslation("booking.staff.waiting.status.waiting");
        };
    }

    List<BookingViews.AgendaEntry> entries() {
        return entries;
    }

    // ------------------------------------------------------------------ actions

    /** Runs a change of a booking; a refusal is explained in the problem area. */
    private void act(Runnable change) {
        if (attempt(change, problem)) {
            problem.clear();
        }
        refresh();
    }

    /** Runs a change and says in {@code area} why it was refused; returns whether it went through. */
    private boolean attempt(Runnable change, ProblemArea area) {
        try {
            change.run();
            area.clear();
            return true;
        } catch (BookingStateException e) {
            area.show(stateProblem(e), "changed".equals(e.reason()));
        } catch (BookingNotFoundException e) {
            area.show(getTranslation("booking.staff.problem.not-found"), true);
        } catch (InvalidRequestException e) {
            area.show(String.join(" ", e.problems().stream().map(FieldProblem::message).toList()), false);
        }
        return false;
    }

    private String stateProblem(BookingStateException e) {
        return switch (e.reason()) {
            case "changed" -> getTranslation("booking.staff.problem.changed");
            case "not-open" -> getTranslation("booking.staff.problem.not-open", labels.status(e.status()));
            case "not-markable" -> getTranslation("booking.staff.problem.not-markable", labels.status(e.status()));
            default -> getTranslation("booking.staff.problem.other");
        };
    }

    private void openCancelDialog(BookingViews.AgendaEntry entry) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("booking.staff.cancel.title", entry.id()));
        Paragraph about = new Paragraph(getTranslation("booking.staff.cancel.about",
                labels.day(entry.start().toLocalDate()), labels.when(entry.start(), entry.end(), false),
                AgendaLabels.orNone(entry.company())));
        Paragraph mailNote = new Paragraph(getTranslation(entry.email() == null
                ? "booking.staff.cancel.no-email" : "booking.staff.cancel.email"));
        mailNote.addClassName("hint");
        TextArea message = new TextArea(getTranslation("booking.staff.cancel.message"));
        message.setHelperText(getTranslation("booking.staff.cancel.message-help"));
        message.setMaxLength(2000);
        message.setWidthFull();
        message.setMinHeight("6rem");
        ProblemArea dialogProblem = new ProblemArea(this::refresh);
        Button confirm = new Button(getTranslation("booking.staff.cancel.confirm"), click -> {
            if (attempt(() -> service.cancelByStaff(entry.id(), entry.version(), message.getValue()),
                    dialogProblem)) {
                dialog.close();
                Notification.show(getTranslation("booking.staff.cancel.done", entry.id()), 4000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(dialogProblem, about, mailNote, message);
        dialog.getFooter().add(new Button(getTranslation("booking.staff.dialog.back"), click -> dialog.close()),
                confirm);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
        message.focus();
    }

    private void openBookDialog() {
        BookingViews.OfficeSummary chosen = office.getValue();
        if (chosen == null) {
            return;
        }
        LocalDate day = date.getValue() == null || date.getValue().isBefore(today()) ? today() : date.getValue();
        new BookOnBehalfDialog(service, chosen, day, labels, datePickerTexts(labels.locale()), receipt -> {
            Notification.show(getTranslation("booking.staff.book.done", receipt.id(), labels.day(receipt.start()
                    .toLocalDate()), labels.time(receipt.start())), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }).open();
    }

    // ------------------------------------------------------------------ helpers

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    private LocalDate from() {
        LocalDate day = date.getValue() == null ? today() : date.getValue();
        return period.getValue() == Period.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }

    private LocalDate to() {
        return period.getValue() == Period.WEEK ? from().plusDays(6) : from();
    }

    /** The offices (inactive ones too: their bookings still take place) with type names in the language. */
    private void loadOffices(Locale locale) {
        BookingViews.OfficeSummary before = office.getValue();
        List<BookingViews.OfficeSummary> offices = service.allOffices(locale);
        office.setItems(offices);
        offices.stream().filter(candidate -> before == null || candidate.id().equals(before.id())).findFirst()
                .or(() -> offices.stream().findFirst())
                .ifPresent(office::setValue);
    }

    private Optional<BookingViews.OfficeSummary> officeById(String id) {
        return office.getListDataView().getItems().filter(candidate -> candidate.id().equals(id)).findFirst();
    }

    private static Optional<LocalDate> parseDay(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    DatePicker.DatePickerI18n datePickerTexts(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(locale.getLanguage().equals("de") ? 1 : first.getValue() % 7)
                .setDateFormat(locale.getLanguage().equals("de") ? "dd.MM.yyyy" : "yyyy-MM-dd")
                .setToday(getTranslation("booking.staff.date.today"))
                .setCancel(getTranslation("booking.staff.date.cancel"));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
