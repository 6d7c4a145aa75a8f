package de.welcomeportal.portal.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The slots that follow from an opening plan, day by day: plain Java, no clock, no database.
 *
 * <p>Windows are in the office's local time; every slot is also an instant, which is what bookings and the
 * database keep. On the day the clocks go forward, local times that do not exist are left out; on the day they go
 * back, the repeated hour is offered once. An appointment occupies consecutive slots of one window (its length
 * plus the buffer, rounded up to whole slots); slots that are not back to back in real time (around a clock
 * change) never carry one appointment together.
 */
final class SlotCalendar {

    private final OpeningPlan plan;
    private final ZoneId zone;
    private final Function<LocalDate, Optional<String>> publicHoliday;

    /** @param publicHoliday the name of the public holiday on a day, if it is one */
    SlotCalendar(OpeningPlan plan, ZoneId zone, Function<LocalDate, Optional<String>> publicHoliday) {
        this.plan = plan;
        this.zone = zone;
        this.publicHoliday = publicHoliday;
    }

    /** One slot: the unit of the calendar in which capacity is counted. */
    record Slot(Instant start, Instant end, LocalTime localStart) {
    }

    /** A day of the calendar: closed (with the reason), or open with its slots per window. */
    record Day(LocalDate date, @Nullable Closed closed, List<List<Slot>> windows) {

        List<Slot> slots() {
            return windows.stream().flatMap(List::stream).toList();
        }
    }

    /** Why a day has no slots although the plan has windows on its weekday. */
    record Closed(Reason reason, String name) {
    }

    enum Reason { PUBLIC_HOLIDAY, CLOSURE }

    /** A time at which an appointment can start, with the slots it occupies (buffer included). */
    record StartTime(Instant start, Instant end, LocalDate date, LocalTime localStart, List<Instant> slots) {
    }

    Day day(LocalDate date) {
        Optional<String> holiday = publicHoliday.apply(date);
        if (holiday.isPresent()) {
            return new Day(date, new Closed(Reason.PUBLIC_HOLIDAY, holiday.get()), List.of());
        }
        Optional<OpeningPlan.Closure> closure = plan.closureOn(date);
        if (closure.isPresent()) {
            return new Day(date, new Closed(Reason.CLOSURE, closure.get().reason()), List.of());
        }
        List<List<Slot>> windows = new ArrayList<>();
        for (OpeningPlan.Window window : plan.windows()) {
            if (window.day() == date.getDayOfWeek()) {
                windows.add(slotsOf(date, window));
            }
        }
        return new Day(date, null, windows);
    }

    private List<Slot> slotsOf(LocalDate date, OpeningPlan.Window window) {
        List<Slot> slots = new ArrayList<>();
        Duration length = plan.slotLength();
        int minutes = (int) length.toMinutes();
        int closes = window.closes().toSecondOfDay() / 60;
        for (int minute = window.opens().toSecondOfDay() / 60; minute + minutes <= closes; minute += minutes) {
            LocalTime time = LocalTime.ofSecondOfDay(minute * 60L);
            ZonedDateTime local = ZonedDateTime.of(date, time, zone);
            if (local.toLocalTime().equals(time)) { // not in the gap of a clock change
                Instant start = local.toInstant();
                slots.add(new Slot(start, start.plus(length), time));
            }
        }
        return slots;
    }

    /** The times on a day at which an appointment of this length fits, without regard to bookings. */
    List<StartTime> startTimes(LocalDate date, Duration appointmentLength) {
        int span = plan.slotsFor(appointmentLength);
        List<StartTime> starts = new ArrayList<>();
        for (List<Slot> window : day(date).windows()) {
            for (int first = 0; first + span <= window.size(); first++) {
                List<Slot> covered = window.subList(first, first + span);
                if (backToBack(covered)) {
                    Slot start = covered.getFirst();
                    starts.add(new StartTime(start.start(), start.start().plus(appointmentLength), date,
                            start.localStart(), covered.stream().map(Slot::start).toList()));
                }
            }
        }
        return starts;
    }

    private static boolean backToBack(List<Slot> slots) {
        for (int i = 1; i < slots.size(); i++) {
            if (!slots.get(i - 1).end().equals(slots.get(i).start())) {
                return false;
            }
        }
        return true;
    }
}
