package de.welcomeportal.portal.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.jspecify.annotations.Nullable;

/**
 * The accessible day and time picker of the booking and the moving of an appointment: the days of one week as a
 * list of real buttons ("Dienstag, 24. November: 12 freie Zeiten", "Samstag, 28. November: keine Termine"), with
 * buttons for the previous and the next week, and the times of the chosen day as buttons ("09:30 Uhr, 2 Plätze
 * frei", "10:00 Uhr, ausgebucht"). Whether a day or time is free is said in words, not by colour alone; the chosen
 * day and time carry {@code aria-pressed="true"}, and a polite live region announces each choice.
 */
class SlotPicker extends Div implements LocaleChangeObserver {

    /** Weeks ahead the picker goes: the longest booking window of an office (60 days) and a little more. */
    static final int WEEKS_AHEAD = 9;

    private final BookingService service;
    private final Clock clock;
    private final BookingProperties properties;

    private final Button previousWeek = new Button();
    private final Button nextWeek = new Button();
    private final H3 weekHeading = new H3();
    private final UnorderedList dayList = new UnorderedList();
    private final H3 timesHeading = new H3();
    private final Paragraph dayNote = new Paragraph();
    private final UnorderedList timeList = new UnorderedList();
    private final Div waitingOffer = new Div();
    private final Paragraph waitingText = new Paragraph();
    private final Button waitingButton = new Button();
    private final Paragraph error = new Paragraph();
    private final Paragraph live = new Paragraph();

    private @Nullable String officeId;
    private @Nullable String typeId;
    private LocalDate weekStart;
    private List<BookingViews.Day> days = List.of();
    private BookingViews.@Nullable Day chosenDay;
    private BookingViews.@Nullable FreeTime chosenTime;
    private @Nullable String errorMessage;
    private Consumer<BookingViews.FreeTime> onTimeChosen = time -> { };
    private @Nullable Consumer<LocalDate> onWaitingList;

    SlotPicker(BookingService service, Clock clock, BookingProperties properties) {
        this.service = service;
        this.clock = clock;
        this.properties = properties;
        this.weekStart = monday(today());
        addClassName("slot-picker");

        weekHeading.setId("slot-picker-week-" + System.identityHashCode(this));
        weekHeading.getElement().setAttribute("tabindex", "-1");
        weekHeading.addClassName("slot-picker-week");
        previousWeek.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previousWeek.addClickListener(click -> moveWeek(-1));
        nextWeek.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        nextWeek.addClickListener(click -> moveWeek(1));
        Div weekBar = new Div(previousWeek, weekHeading, nextWeek);
        weekBar.addClassName("slot-picker-week-bar");

        dayList.addClassName("slot-picker-days");
        dayList.getElement().setAttribute("aria-labelledby", weekHeading.getId().orElseThrow());
        timesHeading.setId("slot-picker-times-" + System.identityHashCode(this));
        timesHeading.getElement().setAttribute("tabindex", "-1");
        timesHeading.addClassName("slot-picker-times-heading");
        timeList.addClassName("slot-picker-times");
        timeList.getElement().setAttribute("aria-labelledby", timesHeading.getId().orElseThrow());
        dayNote.addClassName("slot-picker-note");

        waitingButton.addClickListener(click -> {
            BookingViews.Day day = chosenDay;
            Consumer<LocalDate> listener = onWaitingList;
            if (day != null && listener != null) {
                listener.accept(day.date());
            }
        });
        waitingOffer.add(waitingText, waitingButton);
        waitingOffer.addClassName("slot-picker-waiting");

        error.addClassName("slot-picker-error");
        error.getElement().setAttribute("role", "alert");
        live.addClassName("slot-picker-live");
        live.getElement().setAttribute("aria-live", "polite");
        live.getElement().setAttribute("role", "status");

        add(weekBar, dayList, timesHeading, dayNote, timeList, waitingOffer, error, live);
    }

    /** What happens when a time is chosen. */
    void onTimeChosen(Consumer<BookingViews.FreeTime> listener) {
        this.onTimeChosen = listener;
    }

    /** Offers the waiting list on a day without a free place; without a listener there is no such offer. */
    void onWaitingList(Consumer<LocalDate> listener) {
        this.onWaitingList = listener;
    }

    /** Shows the free times of an office for a type, from the first week with a free time; nothing is chosen. */
    void show(String office, String type) {
        officeId = office;
        typeId = type;
        chosenDay = null;
        chosenTime = null;
        errorMessage = null;
        live.setText("");
        LocalDate first = monday(today());
        weekStart = first;
        for (int week = 0; week <= WEEKS_AHEAD; week++) {
            LocalDate start = first.plusWeeks(week);
            if (load(start).stream().anyMatch(BookingViews.Day::hasFreeTime)) {
                weekStart = start;
                break;
            }
        }
        reload();
    }

    /** Loads the week anew (e.g. after someone else took a time); a chosen time that is no longer free goes. */
    void refresh() {
        reload();
    }

    /** Chooses a time (e.g. one of the next free times offered after a time was taken) as if its button was pressed. */
    void choose(BookingViews.FreeTime time) {
        LocalDate date = time.start().atZoneSameInstant(properties.zone()).toLocalDate();
        weekStart = monday(date);
        reload();
        days.stream().filter(day -> day.date().equals(date)).findFirst().ifPresent(day -> {
            chosenDay = day;
            chosenTime = day.times().stream().filter(t -> t.start().isEqual(time.start()) && t.free() > 0)
                    .findFirst().orElse(null);
        });
        render();
        BookingViews.FreeTime chosen = chosenTime;
        if (chosen != null) {
            announce(chosen);
            onTimeChosen.accept(chosen);
        }
    }

    BookingViews.@Nullable FreeTime chosen() {
        return chosenTime;
    }

    /** A problem with the chosen day or time, from the service (e.g. the time is outside the booking window). */
    void setError(@Nullable String message) {
        errorMessage = message;
        render();
    }

    boolean hasError() {
        return errorMessage != null;
    }

    void focusWeek() {
        weekHeading.getElement().executeJs("this.focus()");
    }

    /**
     * "Diese Zeit wurde gerade vergeben", with the next free times as buttons that choose them. The caller puts it
     * where the employer looks, next to the button that failed.
     */
    Div takenNotice(List<BookingViews.FreeTime> nextFreeTimes) {
        Div notice = new Div();
        notice.addClassName("slot-taken");
        notice.getElement().setAttribute("role", "alert");
        notice.getElement().setAttribute("tabindex", "-1");
        Paragraph title = new Paragraph(getTranslation("booking.problem.slot-taken"));
        title.addClassName("slot-taken-title");
        notice.add(title);
        if (nextFreeTimes.isEmpty()) {
            notice.add(new Paragraph(getTranslation("booking.public.taken.none")));
            return notice;
        }
        notice.add(new Paragraph(getTranslation("booking.public.taken.next")));
        UnorderedList list = new UnorderedList();
        list.addClassName("slot-taken-times");
        for (BookingViews.FreeTime time : nextFreeTimes) {
            Button pick = new Button(getTranslation("booking.public.taken.time", dateText(time.start()),
                    clockTime(time.start()), time.free()), click -> choose(time));
            list.add(new ListItem(pick));
        }
        notice.add(list);
        return notice;
    }

    // ------------------------------------------------------------------ loading and choosing

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private List<BookingViews.Day> load(LocalDate start) {
        String office = officeId;
        String type = typeId;
        if (office == null || type == null) {
            return List.of();
        }
        return service.availability(office, type, start, start.plusDays(6), getLocale());
    }

    private void reload() {
        days = load(weekStart);
        BookingViews.Day day = chosenDay;
        if (day != null) {
            chosenDay = days.stream().filter(d -> d.date().equals(day.date())).findFirst().orElse(null);
        }
        BookingViews.FreeTime time = chosenTime;
        BookingViews.Day newDay = chosenDay;
        if (time != null) {
            chosenTime = newDay == null ? null : newDay.times().stream()
                    .filter(t -> t.start().isEqual(time.start()) && t.free() > 0).findFirst().orElse(null);
        }
        render();
    }

    private void moveWeek(int weeks) {
        weekStart = weekStart.plusWeeks(weeks);
        chosenDay = null;
        chosenTime = null;
        reload();
        live.setText(getTranslation("booking.public.picker.week-shown", weekText()));
        focusWeek();
    }

    private void chooseDay(BookingViews.Day day) {
        chosenDay = day;
        chosenTime = null;
        errorMessage = null;
        render();
        live.setText(getTranslation("booking.public.picker.chosen-day", fullDate(day.date())));
        timesHeading.getElement().executeJs("this.focus()");
    }

    private void chooseTime(BookingViews.FreeTime time) {
        chosenTime = time;
        errorMessage = null;
        render();
        announce(time);
        onTimeChosen.accept(time);
    }

    private void announce(BookingViews.FreeTime time) {
        live.setText(getTranslation("booking.public.picker.chosen-time", dateText(time.start()),
                clockTime(time.start())));
    }

    // ------------------------------------------------------------------ rendering

    private void render() {
        LocalDate firstWeek = monday(today());
        previousWeek.setText(getTranslation("booking.public.picker.previous-week"));
        nextWeek.setText(getTranslation("booking.public.picker.next-week"));
        previousWeek.setEnabled(weekStart.isAfter(firstWeek));
        nextWeek.setEnabled(weekStart.isBefore(firstWeek.plusWeeks(WEEKS_AHEAD)));
        weekHeading.setText(getTranslation("booking.public.picker.week", weekText()));

        dayList.removeAll();
        for (BookingViews.Day day : days) {
            Button button = new Button(dayText(day), click -> chooseDay(day));
            button.addClassName("slot-picker-day");
            boolean pressed = chosenDay != null && chosenDay.date().equals(day.date());
            button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
            button.getElement().getClassList().set("chosen", pressed);
            button.getElement().getClassList().set("full", !day.times().isEmpty() && !day.hasFreeTime());
            button.getElement().getClassList().set("closed", day.times().isEmpty());
            if (pressed) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            // a day without any time cannot be chosen; its text still says why
            button.setEnabled(!day.times().isEmpty());
            dayList.add(new ListItem(button));
        }

        BookingViews.Day day = chosenDay;
        timesHeading.setVisible(day != null);
        timeList.setVisible(day != null);
        timeList.removeAll();
        dayNote.setVisible(false);
        waitingOffer.setVisible(false);
        if (day != null) {
            timesHeading.setText(getTranslation("booking.public.picker.times", fullDate(day.date())));
            for (BookingViews.FreeTime time : day.times()) {
                boolean free = time.free() > 0;
                Button button = new Button(free
                        ? getTranslation("booking.public.picker.time-free", clockTime(time.start()), time.free())
                        : getTranslation("booking.public.picker.time-full", clockTime(time.start())),
                        click -> chooseTime(time));
                button.addClassName("slot-picker-time");
                boolean pressed = chosenTime != null && chosenTime.start().isEqual(time.start());
                button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
                button.getElement().getClassList().set("chosen", pressed);
                if (pressed) {
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                button.setEnabled(free);
                timeList.add(new ListItem(button));
            }
            if (!day.hasFreeTime()) {
                dayNote.setText(getTranslation("booking.public.picker.day-full-note"));
                dayNote.setVisible(true);
                if (onWaitingList != null) {
                    waitingText.setText(getTranslation("booking.public.waiting.offer"));
                    waitingButton.setText(getTranslation("booking.public.waiting.button"));
                    waitingOffer.setVisible(true);
                }
            }
        }
        error.setText(errorMessage == null ? "" : errorMessage);
        error.setVisible(errorMessage != null);
    }

    private String dayText(BookingViews.Day day) {
        String date = DateTimeFormatter.ofPattern(getTranslation("booking.public.picker.day-pattern"), getLocale())
                .format(day.date());
        if (day.closedReason() != null) {
            return getTranslation("booking.public.picker.day-closed-reason", date, day.closedReason());
        }
        if (day.times().isEmpty()) {
            return getTranslation("booking.public.picker.day-none", date);
        }
        long free = day.times().stream().filter(time -> time.free() > 0).count();
        return free == 0 ? getTranslation("booking.public.picker.day-full", date)
                : getTranslation("booking.public.picker.day-free", date, free);
    }

    private String weekText() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        return getTranslation("booking.public.picker.week-range", format.format(weekStart),
                format.format(weekStart.plusDays(6)));
    }

    private String fullDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(date);
    }

    /** The date of a time in the offices' zone, written out: "Dienstag, 24. November 2026". */
    String dateText(OffsetDateTime time) {
        return fullDate(time.atZoneSameInstant(properties.zone()).toLocalDate());
    }

    /** The clock time in the offices' zone: "09:30". */
    String clockTime(OffsetDateTime time) {
        return DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(time.atZoneSameInstant(properties.zone()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (officeId != null && typeId != null) {
            reload(); // holiday names come in the visitor's language
        } else {
            render();
        }
        BookingViews.FreeTime time = chosenTime;
        if (time != null) {
            announce(time);
        } else if (!Objects.equals(live.getText(), "")) {
            live.setText("");
        }
    }
}
