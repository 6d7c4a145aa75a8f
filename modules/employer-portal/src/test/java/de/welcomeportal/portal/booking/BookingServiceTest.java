package de.welcomeportal.portal.booking;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.util.UriComponentsBuilder;

import de.welcomeportal.portal.staff.AuditLog;
import de.welcomeportal.portal.webapi.InvalidRequestException;
import de.welcomeportal.testapp.MutableClock;
import de.welcomeportal.testapp.PortalTestApplication;
import de.welcomeportal.testapp.TestSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Booking from hold to visit on the sample offices (Detmold: capacity 2, 15-minute slots, 15 minutes buffer,
 * bookable from 24 hours to 60 days ahead), with the clock on Monday, 23 November 2026, 08:00.
 */
@SpringBootTest(classes = {PortalTestApplication.class, BookingServiceTest.MovableClock.class})
@RecordApplicationEvents
class BookingServiceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T07:00:00Z");
    /** Tuesday, 24 November 2026, 09:00 in Detmold. */
    static final OffsetDateTime TUESDAY_NINE = OffsetDateTime.parse("2026-11-24T09:00:00+01:00");

    @Autowired
    BookingService service;
    @Autowired
    BookingRepository bookings;
    @Autowired
    WaitingEntryRepository waiting;
    @Autowired
    SlotLoads loads;
    @Autowired
    OfficeRepository offices;
    @Autowired
    AuditLog auditLog;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void emptyCalendar() {
        jdbc.sql("delete from booking_waiting").update();
        jdbc.sql("delete from booking_appointment").update();
        jdbc.sql("delete from booking_slot").update();
        clock.set(MONDAY_MORNING);
    }

    static BookingRequest request(String type, AppointmentMode mode, OffsetDateTime start, String email) {
        return new BookingRequest("detmold", type, mode, start, "Erika Mustermann", "Tischlerei Mustermann GmbH",
                email, "+49 5231 12345", "Einstellung einer Tischlerin aus Bosnien-Herzegowina", null);
    }

    static BookingRequest firstAdvice(OffsetDateTime start, String email) {
        return request("first-advice", AppointmentMode.ON_SITE, start, email);
    }

    private long detmold() {
        return offices.findByKey("detmold").orElseThrow().id();
    }

    private int booked(OffsetDateTime slot) {
        return loads.booked(detmold(), slot.toInstant());
    }

    private String confirmToken(String reference) {
        return token(events.stream(BookingEvents.Held.class)
                .filter(held -> held.appointment().reference().equals(reference))
                .reduce((first, second) -> second).orElseThrow().confirmLink());
    }

    private static String token(URI link) {
        return UriComponentsBuilder.fromUri(link).build().getQueryParams().getFirst("token");
    }

    private static String manageToken(BookingViews.Receipt receipt) {
        return token(receipt.manageUrl());
    }

    private static boolean valid(BookingEvents.CalendarFile file) {
        try {
            net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                    .build(new java.io.StringReader(file.content()));
            return !calendar.validate().hasErrors();
        } catch (java.io.IOException | net.fortuna.ical4j.data.ParserException e) {
            throw new AssertionError(e);
        }
    }

    private <T> T asStaff(Supplier<T> action) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("kim", "STAFF"), action);
    }

    private <T> T asAdmin(Supplier<T> action) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("admin", "ADMIN"), action);
    }

    @Test
    void a_time_is_held_until_the_employer_confirms_it_through_the_mailed_link() {
        BookingViews.Receipt receipt = service.book(firstAdvice(TUESDAY_NINE, "erika@example.org"), Locale.GERMAN);

        assertThat(receipt.id()).matches("T-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(receipt.status()).isEqualTo(BookingStatus.HELD);
        assertThat(receipt.holdExpiresAt().toInstant()).isEqualTo(MONDAY_MORNING.plus(Duration.ofMinutes(15)));
        assertThat(receipt.manageUrl().toString()).startsWith("http://localhost:8080/booking/manage/" + receipt.id()
                + "?token=");
        // 30 minutes + 15 minutes buffer = three 15-minute slots
        assertThat(List.of(booked(TUESDAY_NINE), booked(TUESDAY_NINE.plusMinutes(15)),
                booked(TUESDAY_NINE.plusMinutes(30)), booked(TUESDAY_NINE.plusMinutes(45)))).containsExactly(1, 1, 1, 0);
        BookingEvents.Held held = events.stream(BookingEvents.Held.class).findFirst().orElseThrow();
        assertThat(held.appointment().officeName()).isEqualTo("Kreishaus Detmold");
        assertThat(held.appointment().typeName()).isEqualTo("Erstberatung Fachkräfteeinwanderung");
        assertThat(held.manageLink()).isEqualTo(receipt.manageUrl());
        assertThat(held.confirmLink().toString()).contains("/booking/confirm/" + receipt.id() + "?token=");

        assertThatThrownBy(() -> service.confirm(receipt.id(), manageToken(receipt), Locale.GERMAN))
                .as("the manage link from the API answer cannot confirm: that needs the mailbox")
                .isInstanceOf(BookingNotFoundException.class);
        BookingViews.EmployerBooking confirmed = service.confirm(receipt.id(), confirmToken(receipt.id()),
                Locale.GERMAN);
        assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(confirmed.holdExpiresAt()).isNull();
        assertThat(service.confirm(receipt.id(), confirmToken(receipt.id()), Locale.GERMAN).status())
                .as("confirming twice").isEqualTo(BookingStatus.CONFIRMED);
        BookingEvents.Confirmed mail = events.stream(BookingEvents.Confirmed.class).collect(
                java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), List::getFirst));
        assertThat(mail.manageLink()).as("the confirmation mail carries the same manage link")
                .isEqualTo(receipt.manageUrl());
        assertThat(mail.calendar().content()).contains("BEGIN:VEVENT", "DTSTART:20261124T080000Z", "BEGIN:VALARM",
                "UID:" + receipt.id());
        assertThat(events.stream(BookingEvents.Confirmed.class)).hasSize(1);
        assertThat(valid(mail.calendar())).as("a valid file without a contact address configured").isTrue();
        assertThat(service.openAsEmployer(receipt.id(), manageToken(receipt), Locale.ENGLISH).typeName())
                .isEqualTo("First advice on skilled immigration");
    }

    @Test
    void the_slot_takes_as_many_appointments_as_caseworkers_and_then_offers_the_next_free_times() {
        service.book(firstAdvice(TUESDAY_NINE, "a@example.org"), Locale.GERMAN);
        service.book(firstAdvice(TUESDAY_NINE, "b@example.org"), Locale.GERMAN);

        assertThatThrownBy(() -> service.book(firstAdvice(TUESDAY_NINE, "c@example.org"), Locale.GERMAN))
                .isInstanceOfSatisfying(SlotTakenException.class, taken -> assertThat(taken.nextFreeTimes())
                        .isNotEmpty()
                        .allSatisfy(time -> assertThat(time.free()).isPositive())
                        .first().satisfies(time -> assertThat(time.start()).isEqualTo(TUESDAY_NINE.plusMinutes(45))));
        assertThatThrownBy(() -> service.book(firstAdvice(TUESDAY_NINE.plusMinutes(30), "c@example.org"),
                Locale.GERMAN)).as("09:30 is still the buffer of the 09:00 appointments")
                .isInstanceOf(SlotTakenException.class);
        assertThat(booked(TUESDAY_NINE)).isEqualTo(2);
        assertThat(service.book(firstAdvice(TUESDAY_NINE.plusMinutes(45), "c@example.org"), Locale.GERMAN).status())
                .isEqualTo(BookingStatus.HELD);

        BookingViews.Day tuesday = service.availability("detmold", "first-advice", TUESDAY_NINE.toLocalDate(),
                TUESDAY_NINE.toLocalDate(), Locale.GERMAN).getFirst();
        assertThat(tuesday.times().getFirst()).isEqualTo(new BookingViews.FreeTime(TUESDAY_NINE,
                TUESDAY_NINE.plusMinutes(30), 2, 0));
        assertThat(bookings.findAll()).hasSize(3);
    }

    @Test
    void an_unconfirmed_hold_expires_and_frees_its_time() {
        BookingViews.Receipt receipt = service.book(firstAdvice(TUESDAY_NINE, "erika@example.org"), Locale.GERMAN);
        clock.advance(Duration.ofMinutes(14));
        assertThat(service.expireHolds()).isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(service.expireHolds()).isEqualTo(1);

        assertThat(bookings.findByReference(receipt.id()).orElseThrow().status()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(booked(TUESDAY_NINE)).isZero();
        assertThatThrownBy(() -> service.confirm(receipt.id(), confirmToken(receipt.id()), Locale.GERMAN))
                .isInstanceOfSatisfying(BookingStateException.class,
                        e -> assertThat(e.reason()).isEqualTo("not-open"));
    }

    @Test
    void confirming_after_the_hold_ran_out_frees_the_time_even_before_the_job_comes_by() {
        BookingViews.Receipt receipt = service.book(firstAdvice(TUESDAY_NINE, "erika@example.org"), Locale.GERMAN);
        clock.advance(Duration.ofMinutes(16));

        assertThatThrownBy(() -> service.confirm(receipt.id(), confirmToken(receipt.id()), Locale.GERMAN))
                .isInstanceOfSatisfying(BookingStateException.class,
                        e -> assertThat(e.reason()).isEqualTo("hold-expired"));
        assertThat(booked(TUESDAY_NINE)).isZero();
        assertThat(service.expireHolds()).isZero();
    }

    @Test
    void one_address_may_hold_only_the_configured_number_of_open_bookings() {
        for (int i = 0; i < 3; i++) {
            service.book(firstAdvice(TUESDAY_NINE.plusMinutes(45L * i), "Erika@Example.org"), Locale.GERMAN);
        }
        assertThatThrownBy(() -> service.book(firstAdvice(TUESDAY_NINE.plusDays(1), "erika@example.ORG"),
                Locale.GERMAN))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("email");
                            assertThat(problem.code()).isEqualTo("TooManyOpenBookings");
                            assertThat(problem.message()).contains("3 Termine");
                        }));
    }

    @Test
    void times_outside_the_plan_or_the_booking_window_and_unknown_choices_are_refused_at_their_field() {
        assertThat(problem(firstAdvice(TUESDAY_NINE.plusMinutes(5), "x@example.org"))).isEqualTo("start:NotOffered");
        assertThat(problem(firstAdvice(OffsetDateTime.parse("2026-11-23T10:00:00+01:00"), "x@example.org")))
                .isEqualTo("start:OutsideBookingWindow");
        assertThat(problem(firstAdvice(TUESDAY_NINE.plusDays(63), "x@example.org")))
                .isEqualTo("start:OutsideBookingWindow");
        assertThat(problem(firstAdvice(OffsetDateTime.parse("2026-12-25T09:00:00+01:00"), "x@example.org")))
                .as("Christmas Day").isEqualTo("start:NotOffered");
        assertThat(problem(request("accelerated-procedure", AppointmentMode.PHONE, TUESDAY_NINE, "x@example.org")))
                .isEqualTo("mode:Mode");
        assertThat(problem(new BookingRequest("hamburg", "first-advice", AppointmentMode.ON_SITE, TUESDAY_NINE,
                "A", "B", "x@example.org", null, "T", null))).isEqualTo("office:UnknownOffice");
        assertThat(problem(new BookingRequest("detmold", "first-advice", AppointmentMode.ON_SITE, TUESDAY_NINE,
                "A", "B", "not an address", "12", "T", "WC-26-1"))).isEqualTo("email:Email,phone:Pattern,precheckReference:Pattern");
        assertThat(bookings.count()).isZero();
        assertThat(booked(TUESDAY_NINE)).isZero();
    }

    private String problem(BookingRequest request) {
        try {
            service.book(request, Locale.GERMAN);
            return "booked";
        } catch (InvalidRequestException e) {
            return String.join(",", e.problems().stream().map(p -> p.field() + ":" + p.code()).toList());
        }
    }

    @Test
    void cancelling_frees_the_time_and_the_first_employer_waiting_for_that_day_is_offered_a_time() {
        BookingViews.Receipt first = service.book(firstAdvice(TUESDAY_NINE, "a@example.org"), Locale.GERMAN);
        service.confirm(first.id(), confirmToken(first.id()), Locale.GERMAN);
        service.joinWaitingList(new WaitingListRequest("detmold", "first-advice", AppointmentMode.VIDEO,
                TUESDAY_NINE.toLocalDate(), "Ali Yilmaz", "Pflegedienst Yilmaz", "ali@example.org", null,
                "Pflegefachkräfte"), Locale.ENGLISH);
        // the waiting one is offered a time once any time of that day becomes free; fill the day first
        fillDay(TUESDAY_NINE.toLocalDate());

        service.cancel(first.id(), manageToken(first));

        assertThat(bookings.findByReference(first.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        BookingEvents.Cancelled cancelled = events.stream(BookingEvents.Cancelled.class).findFirst().orElseThrow();
        assertThat(cancelled.byStaff()).isFalse();
        assertThat(cancelled.calendar()).isNotNull();
        assertThat(cancelled.calendar().content()).contains("STATUS:CANCELLED", "SEQUENCE:1");
        BookingEvents.WaitingListOffer offer = events.stream(BookingEvents.WaitingListOffer.class).findFirst()
                .orElseThrow();
        assertThat(offer.contact().language()).isEqualTo(Locale.ENGLISH);
        assertThat(offer.appointment().start().toOffsetDateTime()).isEqualTo(TUESDAY_NINE);
        assertThat(offer.appointment().mode()).isEqualTo(AppointmentMode.VIDEO);
        assertThat(offer.holdExpiresAt().toInstant()).isEqualTo(MONDAY_MORNING.plus(Duration.ofHours(2)));
        Booking offered = bookings.findByReference(offer.appointment().reference()).orElseThrow();
        assertThat(offered.status()).isEqualTo(BookingStatus.HELD);
        assertThat(offered.contactName()).isEqualTo("Ali Yilmaz");
        assertThat(waiting.findAll()).singleElement().satisfies(entry ->
                assertThat(entry.status()).isEqualTo(WaitingEntry.Status.OFFERED));
        assertThat(booked(TUESDAY_NINE)).isEqualTo(2);
        assertThatThrownBy(() -> service.cancel(first.id(), manageToken(first)))
                .isInstanceOf(BookingStateException.class);
    }

    private void fillDay(LocalDate day) {
        int i = 0;
        for (BookingViews.Day found : service.availability("detmold", "first-advice", day, day, Locale.GERMAN)) {
            for (BookingViews.FreeTime time : found.times()) {
                for (int place = 0; place < time.free(); place++) {
                    try {
                        asStaff(() -> service.bookOnBehalf(new BookingRequest("detmold", "first-advice",
                                AppointmentMode.PHONE, time.start(), "Anrufer", "Firma", null, null, "Telefon", null),
                                Locale.GERMAN));
                    } catch (SlotTakenException e) {
                        // an earlier booking's buffer reaches into this time
                    }
                    i++;
                }
            }
        }
        assertThat(i).isPositive();
        assertThat(service.availability("detmold", "first-advice", day, day, Locale.GERMAN).getFirst().hasFreeTime())
                .isFalse();
    }

    @Test
    void moving_takes_the_new_time_and_gives_back_the_old_one_or_changes_nothing_when_it_is_taken() {
        BookingViews.Receipt mine = service.book(firstAdvice(TUESDAY_NINE, "a@example.org"), Locale.GERMAN);
        service.confirm(mine.id(), confirmToken(mine.id()), Locale.GERMAN);
        OffsetDateTime later = TUESDAY_NINE.plusHours(2).minusMinutes(15); // 10:45
        service.book(firstAdvice(later, "b@example.org"), Locale.GERMAN);
        service.book(firstAdvice(later, "c@example.org"), Locale.GERMAN);

        assertThatThrownBy(() -> service.move(mine.id(), manageToken(mine), later, Locale.GERMAN))
                .isInstanceOf(SlotTakenException.class);
        assertThat(booked(TUESDAY_NINE)).isEqualTo(1);

        BookingViews.EmployerBooking moved = service.move(mine.id(), manageToken(mine), TUESDAY_NINE.plusMinutes(15),
                Locale.GERMAN);

        assertThat(moved.start()).isEqualTo(TUESDAY_NINE.plusMinutes(15));
        assertThat(List.of(booked(TUESDAY_NINE), booked(TUESDAY_NINE.plusMinutes(15)),
                booked(TUESDAY_NINE.plusMinutes(30)), booked(TUESDAY_NINE.plusMinutes(45)))).containsExactly(0, 1, 1, 1);
        BookingEvents.Moved event = events.stream(BookingEvents.Moved.class).findFirst().orElseThrow();
        assertThat(event.calendar().content()).contains("DTSTART:20261124T081500Z", "SEQUENCE:1");
        assertThat(event.manageLink()).isEqualTo(mine.manageUrl());
    }

    @Test
    void staff_book_for_a_caller_at_short_notice_without_an_address_and_record_attendance() {
        OffsetDateTime today = OffsetDateTime.parse("2026-11-23T10:00:00+01:00");
        BookingViews.Receipt receipt = asStaff(() -> service.bookOnBehalf(new BookingRequest("detmold",
                "first-advice", AppointmentMode.PHONE, today, "Anrufer Müller", "Bäckerei Müller", null, null,
                "Rückruf wegen Anerkennung", "WC-2026-000042"), Locale.GERMAN));

        assertThat(receipt.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(events.stream(BookingEvents.Held.class)).isEmpty();
        assertThat(events.stream(BookingEvents.Confirmed.class)).as("no address, no mail").isEmpty();
        assertThat(asAdmin(() -> auditLog.newestFirst("booking.", 0, 5))).extracting(entry -> entry.action() + " " + entry.target())
                .contains("booking.book-on-behalf " + receipt.id());
        Booking stored = bookings.findByReference(receipt.id()).orElseThrow();
        assertThat(stored.bookedByStaff()).isEqualTo("kim");

        asStaff(() -> {
            service.markAttendance(receipt.id(), stored.version(), true);
            return null;
        });
        assertThat(bookings.findByReference(receipt.id()).orElseThrow().status()).isEqualTo(BookingStatus.ATTENDED);
        assertThatThrownBy(() -> asStaff(() -> {
            service.markAttendance(receipt.id(), stored.version(), false);
            return null;
        })).as("with the version seen before the change").isInstanceOfSatisfying(BookingStateException.class,
                e -> assertThat(e.reason()).isEqualTo("changed"));
        assertThatThrownBy(() -> service.bookOnBehalf(firstAdvice(TUESDAY_NINE, "x@example.org"), Locale.GERMAN))
                .as("without a staff login").isInstanceOf(
                        org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void staff_cancel_with_a_message_to_the_employer() {
        BookingViews.Receipt receipt = service.book(firstAdvice(TUESDAY_NINE, "a@example.org"), Locale.GERMAN);
        service.confirm(receipt.id(), confirmToken(receipt.id()), Locale.GERMAN);
        long version = bookings.findByReference(receipt.id()).orElseThrow().version();

        asStaff(() -> {
            service.cancelByStaff(receipt.id(), version, "Die Beraterin ist erkrankt. Bitte buchen Sie neu.");
            return null;
        });

        BookingEvents.Cancelled cancelled = events.stream(BookingEvents.Cancelled.class).findFirst().orElseThrow();
        assertThat(cancelled.byStaff()).isTrue();
        assertThat(cancelled.message()).isEqualTo("Die Beraterin ist erkrankt. Bitte buchen Sie neu.");
        assertThat(booked(TUESDAY_NINE)).isZero();
        assertThat(asAdmin(() -> auditLog.newestFirst("booking.cancel", 0, 5))).singleElement()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo(receipt.id()));
    }

    @Test
    void the_reminder_goes_out_once_on_the_day_before() {
        BookingViews.Receipt tomorrow = service.book(firstAdvice(TUESDAY_NINE, "a@example.org"), Locale.GERMAN);
        service.confirm(tomorrow.id(), confirmToken(tomorrow.id()), Locale.GERMAN);
        BookingViews.Receipt later = service.book(firstAdvice(TUESDAY_NINE.plusDays(1), "b@example.org"),
                Locale.GERMAN);
        service.confirm(later.id(), confirmToken(later.id()), Locale.GERMAN);
        service.book(firstAdvice(TUESDAY_NINE.plusMinutes(45), "c@example.org"), Locale.GERMAN); // only held

        assertThat(service.sendReminders()).isEqualTo(1);
        assertThat(service.sendReminders()).isZero();
        assertThat(events.stream(BookingEvents.Reminder.class)).singleElement()
                .satisfies(reminder -> assertThat(reminder.appointment().reference()).isEqualTo(tomorrow.id()));

        clock.advance(Duration.ofDays(1));
        assertThat(service.sendReminders()).isEqualTo(1);
    }

    @Test
    void personal_data_is_deleted_thirty_days_after_the_appointment_and_the_counts_remain() {
        BookingViews.Receipt receipt = service.book(firstAdvice(TUESDAY_NINE, "a@example.org"), Locale.GERMAN);
        service.confirm(receipt.id(), confirmToken(receipt.id()), Locale.GERMAN);
        service.joinWaitingList(new WaitingListRequest("detmold", "first-advice", AppointmentMode.ON_SITE,
                TUESDAY_NINE.toLocalDate(), "W", "F", "w@example.org", null, "T"), Locale.GERMAN);

        clock.set(TUESDAY_NINE.toInstant().plus(Duration.ofDays(30)).minusSeconds(60));
        assertThat(service.applyRetention()).isZero();

        clock.advance(Duration.ofMinutes(2));
        assertThat(service.applyRetention()).as("the booking; the waiting list of that whole day a day later")
                .isEqualTo(1);
        assertThat(waiting.count()).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        assertThat(service.applyRetention()).isEqualTo(1);

        Booking kept = bookings.findByReference(receipt.id()).orElseThrow();
        assertThat(kept.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(kept.startsAt()).isEqualTo(TUESDAY_NINE.toInstant());
        assertThat(kept.anonymisedAt()).isNotNull();
        assertThat(List.of(String.valueOf(kept.contactName()), String.valueOf(kept.contactEmail()),
                String.valueOf(kept.companyName()), String.valueOf(kept.topic()), String.valueOf(kept.contactPhone())))
                .containsOnly("null");
        assertThat(waiting.count()).isZero();
        assertThatThrownBy(() -> service.openAsEmployer(receipt.id(), manageToken(receipt), Locale.GERMAN))
                .isInstanceOf(BookingNotFoundException.class);
        assertThat(service.applyRetention()).isZero();
    }

    @Test
    void public_holidays_and_the_booking_window_shape_the_free_times() {
        List<BookingViews.Day> days = service.availability("detmold", "first-advice", LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 26), Locale.GERMAN);

        assertThat(days).extracting(BookingViews.Day::closedReason).containsExactly(null, "1. Weihnachtsfeiertag",
                "2. Weihnachtsfeiertag");
        assertThat(days.getFirst().times()).as("09:00 to 11:15 every quarter hour").hasSize(10);
        assertThat(service.availability("detmold", "first-advice", LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 23), Locale.GERMAN).getFirst().times())
                .as("today is inside the 24 hours notice").isEmpty();
        assertThatThrownBy(() -> service.availability("detmold", "first-advice", LocalDate.of(2026, 11, 23),
                LocalDate.of(2027, 3, 1), Locale.GERMAN)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void staff_see_the_free_times_of_today_that_employers_may_no_longer_book() {
        LocalDate today = LocalDate.of(2026, 11, 23);

        List<BookingViews.FreeTime> forStaff = asStaff(() -> service.availabilityForStaff("detmold", "first-advice",
                today, today, Locale.GERMAN)).getFirst().times();

        assertThat(forStaff).isNotEmpty().allSatisfy(time -> assertThat(time.start().toInstant()).isAfter(
                MONDAY_MORNING));
        assertThat(service.availability("detmold", "first-advice", today, today, Locale.GERMAN).getFirst().times())
                .isEmpty();
    }

    @Test
    void an_added_closure_is_in_the_answer_and_closes_the_days_at_once(@Autowired OfficeAdministration administration) {
        LocalDate day = LocalDate.of(2026, 12, 2);
        OfficeAdministration.OfficeDetails details = asAdmin(() -> administration.addClosure("lemgo", day, day,
                "Fortbildung", Locale.GERMAN));

        assertThat(details.closures()).extracting(OfficeAdministration.ClosureDetails::reason).contains("Fortbildung");
        assertThat(service.availability("lemgo", "first-advice", day, day, Locale.GERMAN).getFirst().closedReason())
                .isEqualTo("Fortbildung");

        OfficeAdministration.OfficeDetails removed = asAdmin(() -> administration.removeClosure("lemgo",
                details.closures().stream().filter(c -> c.reason().equals("Fortbildung")).findFirst().orElseThrow()
                        .id()));
        assertThat(removed.closures()).extracting(OfficeAdministration.ClosureDetails::reason)
                .doesNotContain("Fortbildung");
    }

    @TestConfiguration
    static class MovableClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(MONDAY_MORNING, BERLIN);
        }
    }
}
