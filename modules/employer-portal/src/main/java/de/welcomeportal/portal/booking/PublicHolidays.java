package de.welcomeportal.portal.booking;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The public holidays of the district's state (North Rhine-Westphalia unless configured otherwise), from the
 * Jollyday library, whose calendars are maintained upstream; a year is computed once and kept.
 */
@Component
class PublicHolidays {

    private final HolidayManager germany = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
    private final String region;
    private final Map<Integer, Map<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();

    PublicHolidays(BookingProperties properties) {
        this.region = properties.holidayRegion();
    }

    /** The name of the public holiday on this day, in the language given, if it is one. */
    Optional<String> on(LocalDate day, Locale language) {
        Holiday holiday = byYear.computeIfAbsent(day.getYear(), this::load).get(day);
        return Optional.ofNullable(holiday).map(found -> found.getDescription(language));
    }

    private Map<LocalDate, Holiday> load(int year) {
        return germany.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, region).stream()
                .collect(Collectors.toMap(Holiday::getActualDate, holiday -> holiday, (first, second) -> first));
    }
}
