package de.welcomeportal.portal.notification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import de.welcomeportal.portal.booking.AppointmentMode;
import de.welcomeportal.portal.booking.BookingEvents;
import de.welcomeportal.portal.precheck.PrecheckEvents;
import de.welcomeportal.portal.site.PortalLocales;
import de.welcomeportal.portal.site.SiteProperties;

/**
 * Writes the mails to employers from the texts in {@code i18n/notification_*.properties}: greeting with the
 * contact's name, the kind's text with the reference (and the case link where the event carries one), closing
 * with the Welcome-Center's name and public contact.
 *
 * <p>Plain text only. Every mail program shows it, screen readers read it as it is, and every program turns the
 * case link on its own line into a link; the outbox keeps exactly the text that went out, so a retry sends the
 * same mail an administrator sees. An HTML part would add nothing the employer needs, only a second body to keep
 * accessible and escaped.
 *
 * <p>What a mail may contain is decided here: the reference, the contact's name, the case link and the
 * Welcome-Center's public details. The events carry nothing about the candidate, and nothing else goes in.
 *
 * <p>Mails about advice appointments follow the same frame; their text says when, what, how and where the
 * appointment is (dates and times in the offices' zone, written out in the employer's language), carries the link
 * the employer needs next and, for a confirmation, a move or a cancellation, the appointment file from the booking
 * module as an attachment. Their placeholders are listed at the top of the properties files.
 */
@Component
class MailWriter {

    private static final String BUNDLE = "i18n/notification";
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");
    /** English mails: day before month and the 24-hour clock, as the appointments are at German local times. */
    private static final Locale ENGLISH_FORMATS = Locale.UK;

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final SiteProperties site;
    private final Clock clock;

    MailWriter(SiteProperties site, Clock clock) {
        this.site = site;
        this.clock = clock;
        texts.setBasename(BUNDLE);
        texts.setDefaultEncoding(StandardCharsets.UTF_8.name());
        texts.setFallbackToSystemLocale(false);
    }

    Mail submitted(PrecheckEvents.Submitted event) {
        return write(MailKind.SUBMITTED, event.reference(), event.contact(), event.caseLink());
    }

    Mail confirmed(PrecheckEvents.Confirmed event) {
        return write(MailKind.CONFIRMED, event.reference(), event.contact(), null);
    }

    Mail questionAsked(PrecheckEvents.QuestionAsked event) {
        return write(MailKind.QUESTION_ASKED, event.reference(), event.contact(), null);
    }

    Mail answered(PrecheckEvents.Answered event) {
        return write(MailKind.ANSWERED, event.reference(), event.contact(), null);
    }

    Mail linkRenewed(PrecheckEvents.LinkRenewed event) {
        return write(MailKind.LINK_RENEWED, event.reference(), event.contact(), event.caseLink());
    }

    // ------------------------------------------------------------------ advice appointments

    Mail bookingHeld(BookingEvents.Held event) {
        return writeBooking(BookingText.of(MailKind.BOOKING_HELD, event.contact(), event.appointment())
                .link(event.confirmLink()).holdUntil(event.holdExpiresAt()));
    }

    Mail bookingConfirmed(BookingEvents.Confirmed event) {
        return writeBooking(BookingText.of(MailKind.BOOKING_CONFIRMED, event.contact(), event.appointment())
                .link(event.manageLink()).calendar(event.calendar()));
    }

    Mail bookingMoved(BookingEvents.Moved event) {
        return writeBooking(BookingText.of(MailKind.BOOKING_MOVED, event.contact(), event.appointment())
                .link(event.manageLink()).calendar(event.calendar()));
    }

    Mail bookingCancelled(BookingEvents.Cancelled event) {
        BookingText text = BookingText.of(MailKind.BOOKING_CANCELLED, event.contact(), event.appointment())
                .calendar(event.calendar());
        if (event.byStaff()) {
            text.staffMessage(event.message() == null ? "" : event.message());
        }
        return writeBooking(text);
    }

    Mail bookingReminder(BookingEvents.Reminder event) {
        return writeBooking(BookingText.of(MailKind.BOOKING_REMINDER, event.contact(), event.appointment()));
    }

    Mail waitingListOffer(BookingEvents.WaitingListOffer event) {
        return writeBooking(BookingText.of(MailKind.WAITING_LIST_OFFER, event.contact(), event.appointment())
                .link(event.confirmLink()).holdUntil(event.holdExpiresAt()));
    }

    private Mail write(MailKind kind, String reference, PrecheckEvents.Contact contact, @Nullable URI caseLink) {
        Locale language = language(contact.language());
        String link = caseLink == null ? "" : caseLink.toASCIIString();
        String prefix = "notification.mail." + kind.key();
        String body = frame(language, contact.name(), text(prefix + ".body", language, reference, link));
        return new Mail(kind, reference, contact.email().strip(), language,
                text(prefix + ".subject", language, reference), body);
    }

    /**
     * A mail about an appointment. The kind's subject and body are filled with the arguments listed at the top of
     * the properties files, in this order: reference, start, type, link, confirm-until, confirm-within, booking page,
     * day, details, staff message.
     */
    private Mail writeBooking(BookingText mail) {
        Locale language = language(mail.contact.language());
        BookingEvents.Appointment appointment = mail.appointment;
        ZonedDateTime start = appointment.start().withZoneSameInstant(OFFICE_ZONE);
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(OFFICE_ZONE);
        String prefix = "notification.mail." + mail.kind.key();

        String confirmUntil = "";
        String confirmWithin = "";
        if (mail.holdExpiresAt != null) {
            ZonedDateTime until = mail.holdExpiresAt.withZoneSameInstant(OFFICE_ZONE);
            confirmUntil = until.toLocalDate().equals(now.toLocalDate())
                    ? text("notification.mail.booking.time", language, time(until, language))
                    : when(until, language);
            confirmWithin = within(Duration.between(now, until), language);
        }
        String staffMessage = mail.staffMessage == null || mail.staffMessage.isEmpty() ? ""
                : "\n\n" + text("notification.mail.booking.staff-message", language, mail.staffMessage);
        Object[] arguments = {
                appointment.reference(),
                when(start, language),
                oneLine(appointment.typeName()),
                mail.link == null ? "" : mail.link.toASCIIString(),
                confirmUntil,
                confirmWithin,
                bookingPage(),
                relativeDay(start.toLocalDate(), now.toLocalDate(), language),
                details(appointment, mail.kind != MailKind.BOOKING_CANCELLED, language),
                staffMessage};

        String bodyKey = mail.staffMessage != null ? prefix + ".body-by-staff" : prefix + ".body";
        StringBuilder text = new StringBuilder(text(bodyKey, language, arguments));
        Mail.Attachment attachment = null;
        if (mail.calendar != null) {
            attachment = Mail.Attachment.calendar(mail.calendar.fileName(), mail.calendar.content());
            text.append("\n\n").append(text(prefix + ".calendar", language, attachment.fileName()));
        }
        String body = frame(language, mail.contact.name(), text.toString());
        return new Mail(mail.kind, appointment.reference(), mail.contact.email().strip(), language,
                text(prefix + ".subject", language, arguments), body, attachment);
    }

    /** When, what, how and where, one fact a line; for the mode what happens, and the office's accessibility. */
    private String details(BookingEvents.Appointment appointment, boolean howToAttend, Locale language) {
        String mode = text("notification.mail.booking.mode." + appointment.mode().key(), language);
        StringBuilder details = new StringBuilder()
                .append(text("notification.mail.booking.details.when", language, date(appointment.start(), language),
                        time(appointment.start(), language), time(appointment.end(), language))).append('\n')
                .append(text("notification.mail.booking.details.type", language, oneLine(appointment.typeName())))
                .append('\n')
                .append(text("notification.mail.booking.details.mode", language, mode)).append('\n');
        if (appointment.mode() == AppointmentMode.ON_SITE) {
            details.append(text("notification.mail.booking.details.place", language,
                    joined(appointment.officeName(), appointment.officeAddress()))).append('\n');
        } else {
            details.append(text("notification.mail.booking.details.office", language,
                    oneLine(appointment.officeName()))).append('\n');
        }
        details.append(text("notification.mail.booking.details.reference", language, appointment.reference()));
        if (!howToAttend) {
            return details.toString();
        }
        String accessibility = oneLine(appointment.accessibility());
        switch (appointment.mode()) {
            case ON_SITE -> {
                if (!accessibility.isEmpty()) {
                    details.append("\n\n").append(text("notification.mail.booking.accessibility", language,
                            accessibility));
                }
            }
            case VIDEO -> details.append("\n\n").append(text("notification.mail.booking.how.video", language));
            case PHONE -> details.append("\n\n").append(text("notification.mail.booking.how.phone", language));
        }
        return details.toString();
    }

    /** Greeting with the contact's name, the kind's text, closing with the Welcome-Center's public contact. */
    private String frame(Locale language, @Nullable String contactName, String text) {
        String name = oneLine(contactName);
        String greeting = name.isEmpty() ? text("notification.mail.greeting-without-name", language)
                : text("notification.mail.greeting", language, name);
        String contactLine = Stream.of(site.contactEmail(), site.contactPhone())
                .filter(value -> value != null && !value.isBlank())
                .collect(Collectors.joining(", "));
        StringBuilder body = new StringBuilder()
                .append(greeting).append("\n\n")
                .append(text).append("\n\n")
                .append(text("notification.mail.closing", language, site.logoText())).append("\n\n");
        if (!contactLine.isEmpty()) {
            body.append(text("notification.mail.contact", language, contactLine)).append('\n');
        }
        body.append(text("notification.mail.automatic", language)).append('\n');
        return body.toString();
    }

    /** E.g. "Dienstag, 24. November 2026, 09:30 Uhr" or "Tuesday, 24 November 2026, 09:30". */
    private String when(ZonedDateTime at, Locale language) {
        return text("notification.mail.booking.when", language, date(at, language), time(at, language));
    }

    /** E.g. "Dienstag, 24. November 2026" or "Tuesday, 24 November 2026". */
    private static String date(ZonedDateTime at, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(formats(language))
                .format(at.withZoneSameInstant(OFFICE_ZONE));
    }

    /** E.g. "09:30": the "Uhr" is part of the texts. */
    private static String time(ZonedDateTime at, Locale language) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(formats(language))
                .format(at.withZoneSameInstant(OFFICE_ZONE))
                .replace('\u202f', '\u00a0'); // CLDR's narrow space is missing in some mail programs' fonts
    }

    private static Locale formats(Locale language) {
        return language.getLanguage().equals(PortalLocales.ENGLISH.getLanguage()) ? ENGLISH_FORMATS
                : Locale.GERMANY;
    }

    /**
     * How long the employer has to confirm, e.g. "15 Minuten" or "2 Stunden": from two hours on in whole hours
     * (rounded down; the text names the exact end as well), at least one minute.
     */
    private String within(Duration left, Locale language) {
        long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
        return minutes % 60 == 0 || minutes >= 120
                ? text("notification.mail.booking.hours", language, minutes / 60)
                : text("notification.mail.booking.minutes", language, minutes);
    }

    /** "heute", "morgen" or "in 3 Tagen", seen from today in the offices' zone. */
    private String relativeDay(LocalDate day, LocalDate today, Locale language) {
        long days = ChronoUnit.DAYS.between(today, day);
        if (days <= 0) {
            return text("notification.mail.booking.day.today", language);
        }
        return days == 1 ? text("notification.mail.booking.day.tomorrow", language)
                : text("notification.mail.booking.day.later", language, days);
    }

    /** Where employers book a new time: the portal's public address with {@code /booking}. */
    private String bookingPage() {
        String base = site.publicUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/booking";
    }

    private static Locale language(Locale requested) {
        return PortalLocales.supported(requested.toLanguageTag()).orElse(PortalLocales.GERMAN);
    }

    private String text(String key, Locale language, Object... arguments) {
        return texts.getMessage(key, arguments, language);
    }

    private static String joined(String name, String address) {
        String office = oneLine(name);
        String street = oneLine(address);
        return street.isEmpty() ? office : office.isEmpty() ? street : office + ", " + street;
    }

    /** A name typed by the employer, as one line: line breaks and control characters would break the layout. */
    private static String oneLine(@Nullable String value) {
        return value == null ? "" : value.replaceAll("\\p{Cntrl}+", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * A staff member's message as a paragraph: line breaks kept (at most one empty line), other control characters
     * removed, each line stripped.
     */
    static String paragraph(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\\n]]+", " ")
                .lines().map(line -> line.replaceAll("\\s+", " ").strip())
                .collect(Collectors.joining("\n"));
        return text.replaceAll("\n{3,}", "\n\n").strip();
    }

    /** What a booking mail is made of, collected from an event. */
    private static final class BookingText {

        private final MailKind kind;
        private final BookingEvents.Contact contact;
        private final BookingEvents.Appointment appointment;
        private @Nullable URI link;
        private @Nullable ZonedDateTime holdExpiresAt;
        private BookingEvents.@Nullable CalendarFile calendar;
        /** {@code null}: not cancelled by staff; empty: by staff without a message. */
        private @Nullable String staffMessage;

        private BookingText(MailKind kind, BookingEvents.Contact contact, BookingEvents.Appointment appointment) {
            this.kind = kind;
            this.contact = contact;
            this.appointment = appointment;
        }

        static BookingText of(MailKind kind, BookingEvents.Contact contact, BookingEvents.Appointment appointment) {
            return new BookingText(kind, contact, appointment);
        }

        BookingText link(URI value) {
            this.link = value;
            return this;
        }

        BookingText holdUntil(ZonedDateTime value) {
            this.holdExpiresAt = value;
            return this;
        }

        BookingText calendar(BookingEvents.@Nullable CalendarFile value) {
            this.calendar = value;
            return this;
        }

        BookingText staffMessage(String value) {
            this.staffMessage = paragraph(value);
            return this;
        }
    }
}
