package de.welcomeportal.portal.booking;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.vaadin.flow.i18n.I18NProvider;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import de.welcomeportal.portal.site.PortalLocales;
import de.welcomeportal.portal.site.SiteProperties;
import de.welcomeportal.portal.staff.AuditLog;
import de.welcomeportal.portal.webapi.AccessTokens;
import de.welcomeportal.portal.webapi.ApiRequests;
import de.welcomeportal.portal.webapi.FieldProblem;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * Advice appointments from the free time to the visit: availability, booking with double opt-in, confirmation,
 * cancellation, moving, the waiting list, reminders, expiry of unconfirmed holds and retention.
 *
 * <p>Every change of a booking's status and the slot accounting it implies happen in one transaction; the slot
 * counts are only changed through {@link SlotLoads}, which enforces the capacity in the database. Employers act
 * through links (reference + token, stored as hashes); staff act with their role, and every staff action is
 * audited. Mails follow from the events this service publishes.
 */
@Service
public class BookingService {

    static final String CONFIRM_PATH = "booking/confirm";
    static final String MANAGE_PATH = "booking/manage";
    private static final String MANAGE_PURPOSE = "booking-manage";
    private static final List<BookingStatus> OPEN = List.of(BookingStatus.HELD, BookingStatus.CONFIRMED);
    private static final int MAX_RANGE_DAYS = 62;
    private static final int NEXT_FREE_TIMES = 5;
    private static final int NEXT_FREE_SEARCH_DAYS = 28;
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(BookingService.class);

    private final OfficeRepository offices;
    private final AppointmentTypeRepository types;
    private final BookingRepository bookings;
    private final WaitingEntryRepository waiting;
    private final SlotLoads loads;
    private final PublicHolidays holidays;
    private final AppointmentCalendar calendarFiles;
    private final ApiRequests validation;
    private final I18NProvider texts;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final BookingProperties properties;
    private final SiteProperties site;
    private final Clock clock;
    private final TransactionTemplate transactions;

    BookingService(OfficeRepository offices, AppointmentTypeRepository types, BookingRepository bookings,
                   WaitingEntryRepository waiting, SlotLoads loads, PublicHolidays holidays,
                   AppointmentCalendar calendarFiles, ApiRequests validation, I18NProvider texts, AuditLog auditLog,
                   ApplicationEventPublisher events, BookingProperties properties, SiteProperties site, Clock clock,
                   TransactionTemplate transactions) {
        this.offices = offices;
        this.types = types;
        this.bookings = bookings;
        this.waiting = waiting;
        this.loads = loads;
        this.holidays = holidays;
        this.calendarFiles = calendarFiles;
        this.validation = validation;
        this.texts = texts;
        this.auditLog = auditLog;
        this.events = events;
        this.properties = properties;
        this.site = site;
        this.clock = clock;
        this.transactions = transactions;
    }

    // ------------------------------------------------------------------ offices and free times

    /** The active offices with the types they offer, in their order; an office without opening hours is left out. */
    public List<BookingViews.OfficeSummary> offices(Locale locale) {
        return offices.findAllByOrderBySortOrderAscNameAsc().stream()
                .filter(Office::active)
                .filter(office -> !office.offeredTypes().isEmpty() && !office.plan().windows().isEmpty())
                .map(office -> summary(office, locale))
                .toList();
    }

    /** An active office by its id. */
    public Optional<BookingViews.OfficeSummary> office(String officeId, Locale locale) {
        return offices.findByKey(officeId).filter(Office::active).map(office -> summary(office, locale));
    }

    private static BookingViews.OfficeSummary summary(Office office, Locale locale) {
        return new BookingViews.OfficeSummary(office.key(), office.name(), office.street(), office.postcode(),
                office.city(), office.accessibility(locale),
                office.offeredTypes().stream().map(type -> new BookingViews.TypeSummary(type.key(),
                        type.name(locale), type.description(locale), (int) type.duration().toMinutes(),
                        List.copyOf(type.modes()))).toList());
    }

    /**
     * The days from {@code from} to {@code to} (inclusive, at most 62) with the times an appointment of the type can
     * start and how many places are free at each. Times outside the booking window are left out; closed days carry
     * the reason.
     *
     * @throws InvalidRequestException for an unknown office or type, or a range the wrong way round or too long
     */
    public List<BookingViews.Day> availability(String officeId, String typeId, LocalDate from, LocalDate to,
                                               Locale locale) {
        Office office = activeOffice(officeId, locale);
        AppointmentType type = offeredType(office, typeId, locale);
        if (to.isBefore(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw invalid("to", "Range", "booking.validation.range", locale, MAX_RANGE_DAYS);
        }
        return availability(office, type, from, to, clock.instant(), false, locale);
    }

    /**
     * The free times as staff see them when booking for a caller: also at short notice (inside the office's notice
     * period), but never in the past.
     */
    @PreAuthorize("hasRole('STAFF')")
    public List<BookingViews.Day> availabilityForStaff(String officeId, String typeId, LocalDate from, LocalDate to,
                                                       Locale locale) {
        Office office = anyOffice(officeId, locale);
        AppointmentType type = offeredType(office, typeId, locale);
        if (to.isBefore(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw invalid("to", "Range", "booking.validation.range", locale, MAX_RANGE_DAYS);
        }
        return availability(office, type, from, to, clock.instant(), true, locale);
    }

    private List<BookingViews.Day> availability(Office office, AppointmentType type, LocalDate from, LocalDate to,
                                                Instant now, boolean byStaff, Locale locale) {
        OpeningPlan plan = office.plan();
        SlotCalendar calendar = calendar(plan, locale);
        Map<Instant, Integer> booked = loads.booked(office.id(), startOfDay(from), startOfDay(to.plusDays(1)));
        List<BookingViews.Day> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            SlotCalendar.Day day = calendar.day(date);
            if (day.closed() != null) {
                days.add(new BookingViews.Day(date, day.closed().name(), List.of()));
                continue;
            }
            List<BookingViews.FreeTime> times = new ArrayList<>();
            for (SlotCalendar.StartTime start : calendar.startTimes(date, type.duration())) {
                if (!bookable(plan, start, now, byStaff)) {
                    continue;
                }
                int free = plan.capacity();
                for (Instant slot : start.slots()) {
                    free = Math.min(free, plan.capacity() - booked.getOrDefault(slot, 0));
                }
                times.add(new BookingViews.FreeTime(local(start.start()), local(start.end()), plan.capacity(),
                        Math.max(free, 0)));
            }
            days.add(new BookingViews.Day(date, null, times));
        }
        return days;
    }

    /**
     * The next times after {@code after} with a free place for the type, at most five within four weeks: what an
     * employer is offered when the chosen time was just taken.
     */
    public List<BookingViews.FreeTime> nextFreeTimes(String officeId, String typeId, Instant after, Locale locale) {
        Office office = activeOffice(officeId, locale);
        return nextFreeTimes(office, offeredType(office, typeId, locale), after, locale);
    }

    private List<BookingViews.FreeTime> nextFreeTimes(Office office, AppointmentType type, Instant after,
                                                      Locale locale) {
        LocalDate from = LocalDate.ofInstant(after, properties.zone());
        return availability(office, type, from, from.plusDays(NEXT_FREE_SEARCH_DAYS), clock.instant(), false, locale)
                .stream()
                .flatMap(day -> day.times().stream())
                .filter(time -> time.free() > 0 && time.start().toInstant().isAfter(after))
                .limit(NEXT_FREE_TIMES)
                .toList();
    }

    // ------------------------------------------------------------------ booking

    /**
     * Books a time for an employer: the time is held until the e-mail address is confirmed through the link in the
     * mail, for {@code portal.booking.hold-duration}.
     *
     * @throws InvalidRequestException naming each invalid field, in the locale's language
     * @throws SlotTakenException      when the time has no free place (any more), with the next free times
     */
    public BookingViews.Receipt book(BookingRequest request, Locale locale) {
        return place(request, locale, null);
    }

    /**
     * Books a time for a caller, confirmed at once (the caseworker spoke with them). The e-mail address is optional;
     * with one, the caller gets the confirmation with the appointment file and the manage link.
     */
    @PreAuthorize("hasRole('STAFF')")
    public BookingViews.Receipt bookOnBehalf(BookingRequest request, Locale locale) {
        return place(request, locale, auditLog.currentActor());
    }

    private BookingViews.Receipt place(BookingRequest request, Locale locale, @Nullable String staffMember) {
        boolean byStaff = staffMember != null;
        validate(request, locale, byStaff);
        Office office = activeOffice(required(request.office()), locale);
        AppointmentType type = offeredType(office, required(request.type()), locale);
        AppointmentMode mode = required(request.mode());
        if (!type.modes().contains(mode)) {
            throw invalid("mode", "Mode", "booking.validation.mode", locale);
        }
        Instant now = clock.instant();
        SlotCalendar.StartTime time = startTime(office, type, required(request.start()).toInstant(), now, byStaff,
                locale);
        String email = blankToNull(request.email());
        if (!byStaff && email != null && bookings.countOpen(Booking.emailKey(email), OPEN, now)
                >= properties.maxOpenBookingsPerEmail()) {
            throw invalid("email", "TooManyOpenBookings", "booking.validation.too-many", locale,
                    properties.maxOpenBookingsPerEmail());
        }
        Booking.Contact contact = new Booking.Contact(required(request.name()).strip(),
                required(request.company()).strip(), email == null ? null : email.strip(),
                blankToNull(request.phone()), required(request.topic()).strip(),
                blankToNull(request.precheckReference()));
        loads.ensureRows(office.id(), time.slots());
        String confirmToken = AccessTokens.newToken();
        String manageToken = AccessTokens.derive(confirmToken, MANAGE_PURPOSE);
        Booking booking = transactions.execute(status -> {
            if (!takeAll(office, time.slots())) {
                status.setRollbackOnly();
                return null;
            }
            Booking placed = new Booking(newReference(), office, type, mode, time, contact, locale, now);
            if (staffMember != null) {
                placed.confirmByStaff(staffMember, now, hash(confirmToken), hash(manageToken));
            } else {
                placed.hold(now.plus(properties.holdDuration()), hash(confirmToken), hash(manageToken));
            }
            bookings.save(placed);
            if (staffMember != null) {
                auditLog.record("booking.book-on-behalf", placed.reference(), office.key());
                publishConfirmed(placed, office, type, manageToken);
            } else {
                publishHeld(placed, office, type, confirmToken, manageToken);
            }
            return placed;
        });
        if (booking == null) {
            throw new SlotTakenException(nextFreeTimes(office, type, time.start(), locale));
        }
        return receipt(booking, manageToken);
    }

    private void validate(BookingRequest request, Locale locale, boolean byStaff) {
        try {
            validation.validate(request, locale);
        } catch (InvalidRequestException e) {
            // staff may book for a caller without an e-mail address
            List<FieldProblem> problems = e.problems().stream()
                    .filter(problem -> !(byStaff && "email".equals(problem.field()) && "NotBlank".equals(problem.code())))
                    .toList();
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
        }
    }

    /** The offered start time at this instant, or the reason why it is none. */
    private SlotCalendar.StartTime startTime(Office office, AppointmentType type, Instant start, Instant now,
                                             boolean byStaff, Locale locale) {
        OpeningPlan plan = office.plan();
        LocalDate date = LocalDate.ofInstant(start, properties.zone());
        SlotCalendar.StartTime time = calendar(plan, locale).startTimes(date, type.duration()).stream()
                .filter(candidate -> candidate.start().equals(start))
                .findFirst()
                .orElseThrow(() -> invalid("start", "NotOffered", "booking.validation.not-offered", locale));
        if (!bookable(plan, time, now, byStaff)) {
            throw invalid("start", "OutsideBookingWindow", "booking.validation.booking-window", locale,
                    plan.earliestAhead().toHours(), plan.latestDaysAhead());
        }
        return time;
    }

    /** Employers book within the office's window; staff may also book at short notice, but never in the past. */
    private boolean bookable(OpeningPlan plan, SlotCalendar.StartTime time, Instant now, boolean byStaff) {
        if (byStaff) {
            return time.start().isAfter(now);
        }
        LocalDate latest = LocalDate.ofInstant(now, properties.zone()).plusDays(plan.latestDaysAhead());
        return !time.start().isBefore(now.plus(plan.earliestAhead())) && !time.date().isAfter(latest);
    }

    /** Takes a place in each slot, in ascending order of time; {@code false} (roll back!) when one is full. */
    private boolean takeAll(Office office, List<Instant> slots) {
        for (Instant slot : new TreeSet<>(slots)) {
            if (!loads.take(office.id(), slot, office.capacity())) {
                return false;
            }
        }
        return true;
    }

    private void releaseAll(Booking booking, Office office) {
        for (Instant slot : slotsOf(booking, office)) {
            loads.release(office.id(), slot);
        }
    }

    /** The slots a booking occupies: from its start, as many slots of the plan's length as it counted when made. */
    private static List<Instant> slotsOf(Booking booking, Office office) {
        Duration length = office.plan().slotLength();
        List<Instant> slots = new ArrayList<>();
        for (int i = 0; i < booking.slotCount(); i++) {
            slots.add(booking.startsAt().plus(length.multipliedBy(i)));
        }
        return slots;
    }

    // ------------------------------------------------------------------ the employer's links

    /**
     * Confirms a held time through the link from the mail. Confirming twice is harmless.
     *
     * @throws BookingNotFoundException for a wrong reference or token
     * @throws BookingStateException    {@code hold-expired} when the time was not confirmed in time (it is free again)
     */
    public BookingViews.EmployerBooking confirm(String reference, @Nullable String confirmToken, Locale locale) {
        String hash = AccessTokens.hash(confirmToken);
        if (hash == null) {
            throw new BookingNotFoundException();
        }
        Booking found = bookings.findByReferenceAndConfirmTokenHash(reference, hash)
                .orElseThrow(BookingNotFoundException::new);
        if (found.status() == BookingStatus.HELD && found.holdExpired(clock.instant())) {
            expire(found.id());
            throw new BookingStateException("hold-expired", BookingStatus.EXPIRED);
        }
        String manageToken = AccessTokens.derive(required(confirmToken), MANAGE_PURPOSE);
        return changing(() -> transactions.execute(status -> {
            Booking booking = bookings.findById(found.id()).orElseThrow(BookingNotFoundException::new);
            if (booking.status() == BookingStatus.HELD) {
                booking.confirm(clock.instant());
                Office office = office(booking);
                publishConfirmed(booking, office, type(booking), manageToken);
            } else if (booking.status() != BookingStatus.CONFIRMED && booking.status() != BookingStatus.ATTENDED) {
                throw new BookingStateException("not-open", booking.status());
            }
            return employerView(booking, locale);
        }));
    }

    /**
     * The booking as the employer sees it through the manage link.
     *
     * @throws BookingNotFoundException for a wrong reference or token, and once the personal data is deleted
     */
    public BookingViews.EmployerBooking openAsEmployer(String reference, @Nullable String manageToken, Locale locale) {
        return employerView(byManageLink(reference, manageToken), locale);
    }

    /**
     * Cancels the appointment through the manage link; the time is free again, and the first employer waiting for
     * that day is offered a time.
     *
     * @throws BookingStateException {@code not-open} when it is over, already cancelled or expired
     */
    public void cancel(String reference, @Nullable String manageToken) {
        Booking found = byManageLink(reference, manageToken);
        Booking cancelled = changing(() -> transactions.execute(status -> {
            Booking booking = bookings.findById(found.id()).orElseThrow(BookingNotFoundException::new);
            requireOpenAndAhead(booking);
            boolean hadCalendarEntry = booking.status() == BookingStatus.CONFIRMED;
            Office office = office(booking);
            releaseAll(booking, office);
            booking.cancel(Booking.CancelledBy.EMPLOYER, clock.instant());
            lapseOffer(booking);
            publishCancelled(booking, office, type(booking), null, hadCalendarEntry);
            return booking;
        }));
        offerFreedTime(cancelled.officeId(), LocalDate.ofInstant(cancelled.startsAt(), properties.zone()));
    }

    /**
     * Moves a confirmed appointment to another offered time of the same office and type. The new places are taken
     * and the old ones given back in one transaction, in ascending order of time.
     *
     * @throws SlotTakenException when the new time has no free place, with the next free times
     */
    public BookingViews.EmployerBooking move(String reference, @Nullable String manageToken, OffsetDateTime newStart,
                                             Locale locale) {
        Booking found = byManageLink(reference, manageToken);
        requireOpenAndAhead(found);
        if (found.status() != BookingStatus.CONFIRMED) {
            throw new BookingStateException("not-confirmed", found.status());
        }
        Office office = office(found);
        AppointmentType type = type(found);
        Instant now = clock.instant();
        SlotCalendar.StartTime time = startTime(office, type, newStart.toInstant(), now, false, locale);
        loads.ensureRows(office.id(), time.slots());
        LocalDate oldDay = LocalDate.ofInstant(found.startsAt(), properties.zone());
        Booking moved = changing(() -> transactions.execute(status -> {
            Booking booking = bookings.findById(found.id()).orElseThrow(BookingNotFoundException::new);
            requireOpenAndAhead(booking);
            List<Instant> old = slotsOf(booking, office);
            for (Instant slot : new TreeSet<>(union(old, time.slots()))) {
                boolean wanted = time.slots().contains(slot);
                boolean held = old.contains(slot);
                if (wanted && !held && !loads.take(office.id(), slot, office.capacity())) {
                    status.setRollbackOnly();
                    return null;
                }
                if (held && !wanted) {
                    loads.release(office.id(), slot);
                }
            }
            booking.move(time);
            publishMoved(booking, office, type, required(manageToken));
            return booking;
        }));
        if (moved == null) {
            throw new SlotTakenException(nextFreeTimes(office, type, time.start(), locale));
        }
        offerFreedTime(moved.officeId(), oldDay);
        return employerView(moved, locale);
    }

    private static List<Instant> union(List<Instant> first, List<Instant> second) {
        List<Instant> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private Booking byManageLink(String reference, @Nullable String manageToken) {
        String hash = AccessTokens.hash(manageToken);
        if (hash == null) {
            throw new BookingNotFoundException();
        }
        return bookings.findByReferenceAndManageTokenHash(reference, hash).orElseThrow(BookingNotFoundException::new);
    }

    private void requireOpenAndAhead(Booking booking) {
        if (!booking.status().isOpen() || !booking.startsAt().isAfter(clock.instant())) {
            throw new BookingStateException("not-open", booking.status());
        }
    }

    // ------------------------------------------------------------------ waiting list

    /**
     * Puts an employer on the waiting list of an office for a day; when a time of that day becomes free, the first
     * one waiting is offered it by e-mail.
     */
    public void joinWaitingList(WaitingListRequest request, Locale locale) {
        validation.validate(request, locale);
        Office office = activeOffice(required(request.office()), locale);
        AppointmentType type = offeredType(office, required(request.type()), locale);
        AppointmentMode mode = required(request.mode());
        if (!type.modes().contains(mode)) {
            throw invalid("mode", "Mode", "booking.validation.mode", locale);
        }
        LocalDate day = required(request.day());
        boolean hasTimes = availability(office, type, day, day, clock.instant(), false, locale).stream()
                .anyMatch(found -> !found.times().isEmpty());
        if (!hasTimes) {
            throw invalid("day", "NotOpen", "booking.validation.day-not-open", locale);
        }
        Booking.Contact contact = new Booking.Contact(required(request.name()).strip(),
                required(request.company()).strip(), required(request.email()).strip(), blankToNull(request.phone()),
                required(request.topic()).strip(), null);
        waiting.save(new WaitingEntry(office, type, mode, day, contact, locale, clock.instant()));
    }

    /**
     * Offers a free time of the day to the first employer waiting for it whose type still fits: the time is held
     * for them for {@code portal.booking.offer-hold-duration}, and they confirm it by e-mail like any booking.
     */
    void offerFreedTime(long officeId, LocalDate day) {
        try {
            Office office = offices.findById(officeId).orElse(null);
            if (office == null) {
                return;
            }
            for (WaitingEntry entry : waiting.findByOfficeIdAndWantedDayAndStatusOrderByCreatedAtAscIdAsc(officeId, day,
                    WaitingEntry.Status.WAITING)) {
                if (offer(office, entry)) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // the cancellation itself is done; a later cancellation or the staff can still help the waiting
            log.warn("Offering a freed time at office {} on {} failed: {}", officeId, day, e.getClass().getSimpleName());
        }
    }

    private boolean offer(Office office, WaitingEntry entry) {
        AppointmentType type = types.findById(entry.typeId()).orElse(null);
        if (type == null || !type.active()) {
            return false;
        }
        Locale language = entry.language();
        Instant now = clock.instant();
        SlotCalendar calendar = calendar(office.plan(), language);
        Map<Instant, Integer> booked = loads.booked(office.id(), startOfDay(entry.wantedDay()),
                startOfDay(entry.wantedDay().plusDays(1)));
        for (SlotCalendar.StartTime time : calendar.startTimes(entry.wantedDay(), type.duration())) {
            boolean free = bookable(office.plan(), time, now, false) && time.slots().stream()
                    .allMatch(slot -> booked.getOrDefault(slot, 0) < office.capacity());
            if (!free) {
                continue;
            }
            loads.ensureRows(office.id(), time.slots());
            String confirmToken = AccessTokens.newToken();
            String manageToken = AccessTokens.derive(confirmToken, MANAGE_PURPOSE);
            Boolean offered = transactions.execute(status -> {
                WaitingEntry current = waiting.findById(entry.id()).orElse(null);
                if (current == null || current.status() != WaitingEntry.Status.WAITING
                        || !takeAll(office, time.slots())) {
                    status.setRollbackOnly();
                    return false;
                }
                Booking booking = new Booking(newReference(), office, type, entry.mode(), time, current.contact(),
                        language, now);
                Instant until = now.plus(properties.offerHoldDuration());
                booking.hold(until.isBefore(time.start()) ? until : time.start(), hash(confirmToken),
                        hash(manageToken));
                bookings.save(booking);
                current.offered(booking.reference());
                events.publishEvent(new BookingEvents.WaitingListOffer(contact(booking), appointment(booking, office,
                        type), link(CONFIRM_PATH, booking, confirmToken), link(MANAGE_PATH, booking, manageToken),
                        zoned(required(booking.holdExpiresAt()))));
                return true;
            });
            if (Boolean.TRUE.equals(offered)) {
                return true;
            }
        }
        return false;
    }

    private void lapseOffer(Booking booking) {
        waiting.findByOfferedReference(booking.reference()).ifPresent(WaitingEntry::lapse);
    }

    // ------------------------------------------------------------------ jobs

    /** Frees the times of holds not confirmed in time; returns how many. Each node may run it. */
    int expireHolds() {
        int expired = 0;
        List<Long> due = bookings.findExpiredHolds(BookingStatus.HELD, clock.instant(), PageRequest.of(0, 200));
        for (Long id : due) {
            try {
                if (expire(id)) {
                    expired++;
                }
            } catch (ObjectOptimisticLockingFailureException e) {
                // confirmed or expired by someone else at this moment
            }
        }
        return expired;
    }

    private boolean expire(long id) {
        Booking expired = transactions.execute(status -> {
            Booking booking = bookings.findById(id).orElse(null);
            if (booking == null || !booking.holdExpired(clock.instant())) {
                return null;
            }
            releaseAll(booking, office(booking));
            booking.expire();
            lapseOffer(booking);
            return booking;
        });
        if (expired == null) {
            return false;
        }
        offerFreedTime(expired.officeId(), LocalDate.ofInstant(expired.startsAt(), properties.zone()));
        return true;
    }

    /** Sends the reminders for the appointments of the reminder day; returns how many. Each node may run it. */
    int sendReminders() {
        LocalDate day = LocalDate.now(clock.withZone(properties.zone())).plusDays(properties.reminderLeadDays());
        List<Long> due = bookings.findDueForReminder(BookingStatus.CONFIRMED, startOfDay(day),
                startOfDay(day.plusDays(1)), PageRequest.of(0, 500));
        int sent = 0;
        for (Long id : due) {
            try {
                Boolean reminded = transactions.execute(status -> {
                    Booking booking = bookings.findById(id).orElse(null);
                    if (booking == null || booking.status() != BookingStatus.CONFIRMED
                            || booking.reminderSentAt() != null || booking.contactEmail() == null) {
                        return false;
                    }
                    booking.reminderSent(clock.instant());
                    events.publishEvent(new BookingEvents.Reminder(contact(booking),
                            appointment(booking, office(booking), type(booking))));
                    return true;
                });
                if (Boolean.TRUE.equals(reminded)) {
                    sent++;
                }
            } catch (ObjectOptimisticLockingFailureException e) {
                // another node reminded at this moment
            }
        }
        return sent;
    }

    /**
     * Deletes the personal data of bookings whose appointment is longer ago than the retention period, and the
     * waiting-list entries of such days; office, type, mode, time and status remain for statistics.
     */
    int applyRetention() {
        Instant now = clock.instant();
        Instant before = now.minus(Duration.ofDays(properties.retentionDays()));
        int anonymised = 0;
        List<Long> due;
        do {
            due = bookings.findPastRetention(before, PageRequest.of(0, 200));
            for (Long id : due) {
                transactions.executeWithoutResult(status -> bookings.findById(id)
                        .ifPresent(booking -> booking.anonymise(now)));
                anonymised++;
            }
        } while (due.size() == 200);
        LocalDate cutOff = LocalDate.ofInstant(before, properties.zone());
        Integer removed = transactions.execute(status -> waiting.deleteBefore(cutOff));
        return anonymised + (removed == null ? 0 : removed);
    }

    // ------------------------------------------------------------------ staff

    /**
     * The bookings of an office whose appointment starts on the days from {@code from} to {@code to}, optionally
     * only those matching the search (name, company, e-mail, phone, reference or pre-check reference).
     */
    @PreAuthorize("hasRole('STAFF')")
    public List<BookingViews.AgendaEntry> agenda(String officeId, LocalDate from, LocalDate to, @Nullable String search,
                                                 Locale locale) {
        Office office = anyOffice(officeId, locale);
        Map<Long, AppointmentType> typesById = new HashMap<>();
        types.findAll().forEach(type -> typesById.put(type.id(), type));
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return bookings.findAgenda(office.id(), startOfDay(from), startOfDay(to.plusDays(1))).stream()
                .filter(booking -> needle.isEmpty() || matches(booking, needle))
                .map(booking -> new BookingViews.AgendaEntry(booking.reference(), booking.version(), booking.status(),
                        office.key(), office.name(), typesById.get(booking.typeId()).name(locale), booking.mode(),
                        local(booking.startsAt()), local(booking.endsAt()), booking.contactName(),
                        booking.companyName(), booking.contactEmail(), booking.contactPhone(), booking.topic(),
                        booking.precheckReference(), booking.bookedByStaff(),
                        booking.holdExpiresAt() == null ? null : local(booking.holdExpiresAt())))
                .toList();
    }

    private static boolean matches(Booking booking, String needle) {
        for (String value : new String[] {booking.reference(), booking.contactName(), booking.companyName(),
                booking.contactEmail(), booking.contactPhone(), booking.precheckReference()}) {
            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** The slots of an office from {@code from} to {@code to} with their load: the opening plan as it turns out. */
    @PreAuthorize("hasRole('STAFF')")
    public List<BookingViews.CalendarDay> calendar(String officeId, LocalDate from, LocalDate to, Locale locale) {
        Office office = anyOffice(officeId, locale);
        OpeningPlan plan = office.plan();
        SlotCalendar calendar = calendar(plan, locale);
        Map<Instant, Integer> booked = loads.booked(office.id(), startOfDay(from), startOfDay(to.plusDays(1)));
        List<BookingViews.CalendarDay> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            SlotCalendar.Day day = calendar.day(date);
            days.add(new BookingViews.CalendarDay(date, day.closed() == null ? null : day.closed().name(),
                    day.slots().stream().map(slot -> new BookingViews.SlotLoad(local(slot.start()), local(slot.end()),
                            booked.getOrDefault(slot.start(), 0), plan.capacity())).toList()));
        }
        return days;
    }

    /** The waiting list of an office for the days from {@code from} to {@code to}. */
    @PreAuthorize("hasRole('STAFF')")
    public List<BookingViews.WaitingListEntry> waitingList(String officeId, LocalDate from, LocalDate to,
                                                           Locale locale) {
        Office office = anyOffice(officeId, locale);
        Map<Long, AppointmentType> typesById = new HashMap<>();
        types.findAll().forEach(type -> typesById.put(type.id(), type));
        return waiting.findByOfficeIdAndWantedDayBetweenOrderByWantedDayAscCreatedAtAsc(office.id(), from, to).stream()
                .map(entry -> new BookingViews.WaitingListEntry(entry.id(), entry.wantedDay(),
                        typesById.get(entry.typeId()).name(locale), entry.mode(), entry.status().name(),
                        entry.contact().name(), entry.contact().company(), null))
                .toList();
    }

    /**
     * Cancels an appointment for the Welcome-Center, with a message to the employer.
     *
     * @param version the version the staff member saw; {@code changed} when someone else changed it meanwhile
     */
    @PreAuthorize("hasRole('STAFF')")
    public void cancelByStaff(String reference, long version, String message) {
        String words = message.strip();
        Booking cancelled = changing(() -> transactions.execute(status -> {
            Booking booking = bookings.findByReference(reference).orElseThrow(BookingNotFoundException::new);
            if (booking.version() != version) {
                throw new BookingStateException("changed", booking.status());
            }
            if (!booking.status().isOpen()) {
                throw new BookingStateException("not-open", booking.status());
            }
            boolean hadCalendarEntry = booking.status() == BookingStatus.CONFIRMED;
            Office office = office(booking);
            releaseAll(booking, office);
            booking.cancel(Booking.CancelledBy.STAFF, clock.instant());
            lapseOffer(booking);
            auditLog.record("booking.cancel", reference, words.isEmpty() ? null : "with message");
            publishCancelled(booking, office, type(booking), words.isEmpty() ? null : words, hadCalendarEntry);
            return booking;
        }));
        if (cancelled.startsAt().isAfter(clock.instant())) {
            offerFreedTime(cancelled.officeId(), LocalDate.ofInstant(cancelled.startsAt(), properties.zone()));
        }
    }

    /** Records whether the employer came; possible from the start of the appointment's day. */
    @PreAuthorize("hasRole('STAFF')")
    public void markAttendance(String reference, long version, boolean attended) {
        changing(() -> transactions.execute(status -> {
            Booking booking = bookings.findByReference(reference).orElseThrow(BookingNotFoundException::new);
            if (booking.version() != version) {
                throw new BookingStateException("changed", booking.status());
            }
            LocalDate day = LocalDate.ofInstant(booking.startsAt(), properties.zone());
            boolean begun = !LocalDate.now(clock.withZone(properties.zone())).isBefore(day);
            boolean markable = booking.status() == BookingStatus.CONFIRMED || booking.status() == BookingStatus.ATTENDED
                    || booking.status() == BookingStatus.NO_SHOW;
            if (!markable || !begun) {
                throw new BookingStateException("not-markable", booking.status());
            }
            booking.markAttendance(attended);
            auditLog.record(attended ? "booking.attended" : "booking.no-show", reference, null);
            return booking;
        }));
    }

    /** The ids and names of all offices, active or not, for the staff views. */
    @PreAuthorize("hasRole('STAFF')")
    public List<BookingViews.OfficeSummary> allOffices(Locale locale) {
        return offices.findAllByOrderBySortOrderAscNameAsc().stream().map(office -> summary(office, locale)).toList();
    }

    // ------------------------------------------------------------------ shared

    /** Runs a change; a version conflict with another node or request becomes {@code changed}. */
    private <T> T changing(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BookingStateException("changed", BookingStatus.HELD);
        }
    }

    private Office activeOffice(String officeId, Locale locale) {
        return offices.findByKey(officeId).filter(Office::active)
                .orElseThrow(() -> invalid("office", "UnknownOffice", "booking.validation.office", locale));
    }

    private Office anyOffice(String officeId, Locale locale) {
        return offices.findByKey(officeId)
                .orElseThrow(() -> invalid("office", "UnknownOffice", "booking.validation.office", locale));
    }

    private AppointmentType offeredType(Office office, String typeId, Locale locale) {
        return office.offeredTypes().stream().filter(type -> type.key().equals(typeId)).findFirst()
                .orElseThrow(() -> invalid("type", "UnknownType", "booking.validation.type", locale));
    }

    private Office office(Booking booking) {
        return offices.findById(booking.officeId()).orElseThrow();
    }

    private AppointmentType type(Booking booking) {
        return types.findById(booking.typeId()).orElseThrow();
    }

    private SlotCalendar calendar(OpeningPlan plan, Locale locale) {
        return new SlotCalendar(plan, properties.zone(), day -> holidays.on(day, locale));
    }

    private Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(properties.zone()).toInstant();
    }

    private OffsetDateTime local(Instant instant) {
        return instant.atZone(properties.zone()).toOffsetDateTime();
    }

    private ZonedDateTime zoned(Instant instant) {
        return instant.atZone(properties.zone());
    }

    private String newReference() {
        for (int attempt = 0; attempt < 5; attempt++) {
            StringBuilder reference = new StringBuilder("T-");
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    reference.append('-');
                }
                reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
            }
            if (!bookings.existsByReference(reference.toString())) {
                return reference.toString();
            }
        }
        throw new IllegalStateException("No free booking reference after five attempts");
    }

    private static String hash(String token) {
        return required(AccessTokens.hash(token));
    }

    private BookingViews.Receipt receipt(Booking booking, String manageToken) {
        return new BookingViews.Receipt(booking.reference(), booking.status(), local(booking.startsAt()),
                local(booking.endsAt()), booking.holdExpiresAt() == null ? null : local(booking.holdExpiresAt()),
                link(MANAGE_PATH, booking, manageToken));
    }

    private BookingViews.EmployerBooking employerView(Booking booking, Locale locale) {
        Office office = office(booking);
        AppointmentType type = type(booking);
        Instant now = clock.instant();
        boolean ahead = booking.startsAt().isAfter(now);
        return new BookingViews.EmployerBooking(booking.reference(), booking.status(), office.key(), office.name(),
                office.address(), office.accessibility(locale), type.key(), type.name(locale), booking.mode(),
                local(booking.startsAt()), local(booking.endsAt()),
                booking.holdExpiresAt() == null ? null : local(booking.holdExpiresAt()),
                nullToEmpty(booking.contactName()), nullToEmpty(booking.companyName()), nullToEmpty(booking.topic()),
                booking.status().isOpen() && ahead, booking.status() == BookingStatus.CONFIRMED && ahead);
    }

    URI link(String path, Booking booking, String token) {
        return UriComponentsBuilder.fromUriString(site.publicUrl())
                .pathSegment(path.split("/"))
                .pathSegment(booking.reference())
                .queryParam("token", token)
                .build().toUri();
    }

    private BookingEvents.Contact contact(Booking booking) {
        return new BookingEvents.Contact(nullToEmpty(booking.contactEmail()), nullToEmpty(booking.contactName()),
                booking.language());
    }

    private BookingEvents.Appointment appointment(Booking booking, Office office, AppointmentType type) {
        Locale language = PortalLocales.supported(booking.language().toLanguageTag()).orElse(PortalLocales.GERMAN);
        return new BookingEvents.Appointment(booking.reference(), office.name(), office.address(),
                type.name(language), booking.mode(), zoned(booking.startsAt()), zoned(booking.endsAt()),
                office.accessibility(language));
    }

    private void publishHeld(Booking booking, Office office, AppointmentType type, String confirmToken,
                             String manageToken) {
        if (booking.contactEmail() == null) {
            return;
        }
        events.publishEvent(new BookingEvents.Held(contact(booking), appointment(booking, office, type),
                link(CONFIRM_PATH, booking, confirmToken), link(MANAGE_PATH, booking, manageToken),
                zoned(required(booking.holdExpiresAt()))));
    }

    private void publishConfirmed(Booking booking, Office office, AppointmentType type, String manageToken) {
        publishWithCalendar(booking, office, type, manageToken, BookingEvents.Confirmed::new);
    }

    private void publishMoved(Booking booking, Office office, AppointmentType type, String manageToken) {
        publishWithCalendar(booking, office, type, manageToken, BookingEvents.Moved::new);
    }

    /** An event with the manage link and the appointment file; none for a caller without an address. */
    private void publishWithCalendar(Booking booking, Office office, AppointmentType type, String manageToken,
                                     CalendarEvent event) {
        if (booking.contactEmail() == null) {
            return;
        }
        BookingEvents.Appointment appointment = appointment(booking, office, type);
        URI manageLink = link(MANAGE_PATH, booking, manageToken);
        events.publishEvent(event.of(contact(booking), appointment, manageLink,
                calendarFile(booking, appointment, false, manageLink)));
    }

    private interface CalendarEvent {
        Object of(BookingEvents.Contact contact, BookingEvents.Appointment appointment, URI manageLink,
                  BookingEvents.CalendarFile calendar);
    }

    private void publishCancelled(Booking booking, Office office, AppointmentType type, @Nullable String message,
                                  boolean hadCalendarEntry) {
        if (booking.contactEmail() == null) {
            return;
        }
        BookingEvents.Appointment appointment = appointment(booking, office, type);
        events.publishEvent(new BookingEvents.Cancelled(contact(booking), appointment,
                booking.cancelledBy() == Booking.CancelledBy.STAFF, message,
                hadCalendarEntry ? calendarFile(booking, appointment, true, null) : null));
    }

    private BookingEvents.CalendarFile calendarFile(Booking booking, BookingEvents.Appointment appointment,
                                                    boolean cancelled, @Nullable URI manageLink) {
        Locale language = booking.language();
        String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(language).format(appointment.start());
        String summary = texts.getTranslation("booking.calendar.summary", language, appointment.typeName(),
                site.logoText());
        StringBuilder description = new StringBuilder()
                .append(texts.getTranslation("booking.calendar.description", language, appointment.reference(),
                        texts.getTranslation("booking.mode." + appointment.mode().key(), language), time));
        if (manageLink != null) {
            description.append("\n\n").append(texts.getTranslation("booking.calendar.manage", language,
                    manageLink.toASCIIString()));
        }
        return calendarFiles.file(appointment, booking.calendarSequence(), cancelled, summary, description.toString(),
                texts.getTranslation("booking.calendar.alarm", language, appointment.typeName()), clock.instant());
    }

    private InvalidRequestException invalid(String field, String code, String key, Locale locale,
                                            Object... parameters) {
        return new InvalidRequestException(List.of(new FieldProblem(field, code,
                texts.getTranslation(key, locale, parameters))));
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("Checked by the validation before");
        }
        return value;
    }
}
