package de.welcomeportal.portal.booking;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;

/** An appointment as the employer sees it on the confirmation and manage pages: a list of terms and values. */
final class BookingFacts {

    private final BookingProperties properties;

    BookingFacts(BookingProperties properties) {
        this.properties = properties;
    }

    DescriptionList of(Component page, Locale locale, BookingViews.EmployerBooking booking) {
        DescriptionList list = new DescriptionList();
        list.addClassName("booking-facts");
        add(list, page, "booking.public.booked.reference", booking.id());
        add(list, page, "booking.public.manage.status", page.getTranslation("booking.status." + booking.status().key()));
        add(list, page, "booking.public.time.label", page.getTranslation("booking.public.time-range",
                date(booking.start(), locale), time(booking.start()), time(booking.end())));
        add(list, page, "booking.public.type.label", booking.typeName());
        add(list, page, "booking.public.mode.label", page.getTranslation("booking.mode." + booking.mode().key()));
        add(list, page, "booking.public.office.label", booking.officeName());
        add(list, page, "booking.public.manage.address", booking.officeAddress());
        if (!booking.accessibility().isBlank()) {
            add(list, page, "booking.public.manage.accessibility", booking.accessibility());
        }
        return list;
    }

    private static void add(DescriptionList list, Component page, String termKey, String value) {
        list.add(new DescriptionList.Term(page.getTranslation(termKey)), new DescriptionList.Description(value));
    }

    /** "Dienstag, 24. November 2026", in the offices' zone. */
    String date(OffsetDateTime at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale)
                .format(at.atZoneSameInstant(properties.zone()));
    }

    /** "09:30", in the offices' zone. */
    String time(OffsetDateTime at) {
        return DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(at.atZoneSameInstant(properties.zone()));
    }
}
