package de.welcomeportal.portal.booking;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import de.welcomeportal.portal.site.SiteProperties;

/**
 * Appointment files (iCalendar, RFC 5545) made with ical4j: one event in UTC with a reminder alarm, the same UID
 * for the life of a booking and a sequence number that grows with each move or cancellation, so calendar programs
 * update the entry instead of adding a second one. The Welcome-Center is named as organizer when it has a public
 * e-mail address ({@code portal.site.contact-email}).
 *
 * <p>No {@code METHOD}: that would make the file an iTIP scheduling message (RFC 5546), which requires an organizer
 * mailbox that answers invitations. The employer only imports the appointment into a calendar, and the file is
 * valid RFC 5545 with or without a contact address configured.
 */
@Component
class AppointmentCalendar {

    private static final Duration ALARM_BEFORE = Duration.ofHours(1);

    private final String uidDomain;
    private final String productId;
    private final String organizerName;
    private final @Nullable String organizerEmail;

    AppointmentCalendar(SiteProperties site) {
        this.uidDomain = URI.create(site.publicUrl()).getHost();
        this.productId = "-//" + site.logoText().replace("//", "/") + "//Welcome Portal//DE";
        this.organizerName = site.logoText();
        String contactEmail = site.contactEmail();
        this.organizerEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
    }

    /**
     * @param summary     the title in the calendar, e.g. "Erstberatung Fachkräfteeinwanderung – Welcome-Center"
     * @param description what to bring, how to change it; plain text
     * @param alarmText   the text of the reminder alarm
     */
    BookingEvents.CalendarFile file(BookingEvents.Appointment appointment, int sequence, boolean cancelled,
                                    String summary, String description, String alarmText, java.time.Instant now) {
        VEvent event = new VEvent(appointment.start().toInstant(), appointment.end().toInstant(), summary);
        event.add(new Uid(appointment.reference() + "@" + uidDomain));
        // The constructor stamps the event with the system time; one DTSTAMP only, from the portal's clock.
        event.replace(new DtStamp(now));
        event.add(new Sequence(sequence));
        event.add(new Location(appointment.mode() == AppointmentMode.ON_SITE
                ? appointment.officeName() + ", " + appointment.officeAddress() : appointment.officeName()));
        event.add(new Description(description));
        if (organizerEmail != null) {
            Organizer organizer = new Organizer(URI.create("mailto:" + organizerEmail));
            organizer.add(new Cn(organizerName));
            event.add(organizer);
        }
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (!cancelled) {
            VAlarm alarm = new VAlarm(ALARM_BEFORE.negated());
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(alarmText));
            event.add(alarm);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(productId));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(event);
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, text);
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        }
        return new BookingEvents.CalendarFile("termin-" + appointment.reference() + ".ics", text.toString());
    }
}
