package de.welcomeportal.portal.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Slot generation from an opening plan: clock changes, public holidays of the state, closures, spans and buffers. */
class SlotCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final PublicHolidays NRW = holidays("nw");

    private static PublicHolidays holidays(String region) {
        return new PublicHolidays(new BookingProperties(Duration.ofMinutes(15), Duration.ofHours(2), 3, 30, region,
                BERLIN, 1));
    }

    private static OpeningPlan plan(int slotMinutes, int bufferMinutes, List<OpeningPlan.Window> windows,
                                    OpeningPlan.Closure... closures) {
        return new OpeningPlan(Duration.ofMinutes(slotMinutes), 2, Duration.ofMinutes(bufferMinutes),
                Duration.ofHours(24), 60, windows, List.of(closures));
    }

    private static OpeningPlan.Window window(DayOfWeek day, String opens, String closes) {
        return new OpeningPlan.Window(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    private static SlotCalendar calendar(OpeningPlan plan, PublicHolidays holidays) {
        return new SlotCalendar(plan, BERLIN, day -> holidays.on(day, Locale.GERMAN));
    }

    @Test
    void the_same_local_opening_hours_are_an_hour_earlier_in_utc_after_the_clocks_go_forward() {
        SlotCalendar calendar = calendar(plan(30, 0, List.of(window(DayOfWeek.FRIDAY, "09:00", "12:00"),
                window(DayOfWeek.MONDAY, "09:00", "12:00"))), NRW);

        List<SlotCalendar.Slot> friday = calendar.day(LocalDate.of(2026, 3, 27)).slots();
        List<SlotCalendar.Slot> monday = calendar.day(LocalDate.of(2026, 3, 30)).slots();

        assertThat(friday).hasSize(6);
        assertThat(monday).hasSize(6);
        assertThat(friday.getFirst().start()).isEqualTo(Instant.parse("2026-03-27T08:00:00Z"));
        assertThat(monday.getFirst().start()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        assertThat(monday.getLast().end()).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
    }

    @Test
    void local_times_that_do_not_exist_on_the_night_the_clocks_go_forward_are_left_out() {
        SlotCalendar calendar = calendar(plan(15, 0, List.of(window(DayOfWeek.SUNDAY, "01:00", "04:00"))), NRW);

        SlotCalendar.Day day = calendar.day(LocalDate.of(2026, 3, 29));

        assertThat(day.slots()).extracting(SlotCalendar.Slot::localStart)
                .noneMatch(time -> !time.isBefore(LocalTime.of(2, 0)) && time.isBefore(LocalTime.of(3, 0)))
                .hasSize(8);
        // 01:45 CET and 03:00 CEST are back to back in real time, so an appointment may span them
        assertThat(calendar.startTimes(LocalDate.of(2026, 3, 29), Duration.ofMinutes(30)))
                .extracting(SlotCalendar.StartTime::start)
                .contains(Instant.parse("2026-03-29T00:45:00Z"));
    }

    @Test
    void the_repeated_hour_when_the_clocks_go_back_is_offered_once_and_never_spanned_across_the_gap() {
        SlotCalendar calendar = calendar(plan(15, 0, List.of(window(DayOfWeek.SUNDAY, "01:00", "04:00"))), NRW);
        LocalDate day = LocalDate.of(2026, 10, 25);

        List<SlotCalendar.Slot> slots = calendar.day(day).slots();
        List<SlotCalendar.StartTime> halfHours = calendar.startTimes(day, Duration.ofMinutes(30));

        assertThat(slots).hasSize(12);
        assertThat(slots).extracting(SlotCalendar.Slot::start).doesNotHaveDuplicates();
        // 02:45 (summer time) ends at 01:00 UTC, the next local slot 03:00 (winter time) starts at 02:00 UTC
        assertThat(halfHours).extracting(SlotCalendar.StartTime::localStart)
                .doesNotContain(LocalTime.of(2, 45))
                .contains(LocalTime.of(2, 30), LocalTime.of(3, 0));
        assertThat(halfHours).allSatisfy(start ->
                assertThat(Duration.between(start.slots().getFirst(), start.slots().getLast()))
                        .isEqualTo(Duration.ofMinutes(15)));
    }

    @Test
    void a_public_holiday_of_the_state_closes_the_office_with_its_name() {
        OpeningPlan plan = plan(30, 0, List.of(window(DayOfWeek.THURSDAY, "09:00", "12:00"),
                window(DayOfWeek.FRIDAY, "09:00", "12:00")));

        SlotCalendar.Day christmas = calendar(plan, NRW).day(LocalDate.of(2026, 12, 25));
        SlotCalendar.Day corpusChristiNrw = calendar(plan, NRW).day(LocalDate.of(2026, 6, 4));
        SlotCalendar.Day corpusChristiBerlin = calendar(plan, holidays("be")).day(LocalDate.of(2026, 6, 4));
        SlotCalendar.Day ordinaryThursday = calendar(plan, NRW).day(LocalDate.of(2026, 6, 11));

        assertThat(christmas.closed()).isNotNull();
        assertThat(christmas.closed().reason()).isEqualTo(SlotCalendar.Reason.PUBLIC_HOLIDAY);
        assertThat(christmas.closed().name()).contains("Weihnacht");
        assertThat(christmas.slots()).isEmpty();
        assertThat(corpusChristiNrw.closed()).isNotNull();
        assertThat(corpusChristiNrw.closed().name()).contains("Fronleichnam");
        assertThat(corpusChristiBerlin.closed()).as("Corpus Christi is no public holiday in Berlin").isNull();
        assertThat(corpusChristiBerlin.slots()).hasSize(6);
        assertThat(ordinaryThursday.slots()).hasSize(6);
        assertThat(NRW.on(LocalDate.of(2026, 12, 25), Locale.ENGLISH)).map(String::isBlank).contains(false);
    }

    @Test
    void a_closure_closes_every_day_of_its_range_and_no_other() {
        OpeningPlan plan = plan(30, 0, List.of(window(DayOfWeek.MONDAY, "09:00", "12:00"),
                        window(DayOfWeek.TUESDAY, "09:00", "12:00"), window(DayOfWeek.WEDNESDAY, "09:00", "12:00")),
                new OpeningPlan.Closure(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29), "Betriebsferien"));
        SlotCalendar calendar = calendar(plan, NRW);

        assertThat(calendar.day(LocalDate.of(2026, 12, 28)).closed()).isEqualTo(
                new SlotCalendar.Closed(SlotCalendar.Reason.CLOSURE, "Betriebsferien"));
        assertThat(calendar.day(LocalDate.of(2026, 12, 29)).closed()).isNotNull();
        assertThat(calendar.day(LocalDate.of(2026, 12, 30)).closed()).isNull();
        assertThat(calendar.day(LocalDate.of(2026, 12, 30)).slots()).hasSize(6);
        assertThat(calendar.day(LocalDate.of(2026, 12, 22)).slots()).hasSize(6);
    }

    @Test
    void an_appointment_occupies_its_length_plus_buffer_in_whole_slots_inside_one_window() {
        OpeningPlan plan = plan(15, 15, List.of(window(DayOfWeek.TUESDAY, "09:00", "10:00"),
                window(DayOfWeek.TUESDAY, "14:00", "15:00")));
        SlotCalendar calendar = calendar(plan, NRW);
        LocalDate tuesday = LocalDate.of(2026, 11, 24);

        List<SlotCalendar.StartTime> firstAdvice = calendar.startTimes(tuesday, Duration.ofMinutes(30));
        List<SlotCalendar.StartTime> accelerated = calendar.startTimes(tuesday, Duration.ofMinutes(45));

        assertThat(plan.slotsFor(Duration.ofMinutes(30))).isEqualTo(3);
        assertThat(plan.slotsFor(Duration.ofMinutes(40))).isEqualTo(4);
        assertThat(firstAdvice).extracting(SlotCalendar.StartTime::localStart).containsExactly(
                LocalTime.of(9, 0), LocalTime.of(9, 15), LocalTime.of(14, 0), LocalTime.of(14, 15));
        assertThat(firstAdvice.getFirst().end()).isEqualTo(Instant.parse("2026-11-24T08:30:00Z"));
        assertThat(firstAdvice.getFirst().slots()).hasSize(3);
        assertThat(accelerated).extracting(SlotCalendar.StartTime::localStart).containsExactly(
                LocalTime.of(9, 0), LocalTime.of(14, 0));
    }

    @Test
    void a_day_without_a_window_is_open_but_has_no_slots() {
        SlotCalendar calendar = calendar(plan(15, 0, List.of(window(DayOfWeek.MONDAY, "09:00", "12:00"))),
                day -> Optional.empty());

        SlotCalendar.Day saturday = calendar.day(LocalDate.of(2026, 11, 28));

        assertThat(saturday.closed()).isNull();
        assertThat(saturday.slots()).isEmpty();
    }

    private static SlotCalendar calendar(OpeningPlan plan, java.util.function.Function<LocalDate, Optional<String>> h) {
        return new SlotCalendar(plan, BERLIN, h);
    }
}
