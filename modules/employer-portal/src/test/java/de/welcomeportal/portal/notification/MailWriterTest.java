package de.welcomeportal.portal.notification;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import de.welcomeportal.portal.booking.AppointmentMode;
import de.welcomeportal.portal.booking.BookingEvents;
import de.welcomeportal.portal.precheck.PrecheckEvents;
import de.welcomeportal.portal.precheck.PrecheckEvents.Contact;
import de.welcomeportal.portal.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails' texts: both languages, the reference in every subject, the link where there is one, nothing more. The
 * writer's clock stands at Sunday, 22 November 2026, 10:00 in Berlin.
 */
class MailWriterTest {

    private static final String REFERENCE = "WC-2026-000123";
    private static final URI LINK = URI.create("https://portal.example.org/mein-vorgang/Zk3x9QpL2mN8vR4tW6yB");
    private static final Contact ERIKA = new Contact("erika.beispiel@firma.example", "Erika Beispiel", Locale.GERMAN);
    private static final Contact JOHN = new Contact("john.example@company.example", "John Example", Locale.ENGLISH);

    private final MailWriter writer = new MailWriter(new SiteProperties("Kreis Lippe", "Welcome-Center Kreis Lippe",
            "welcome-center@kreis-lippe.example", "+49 5231 62-0", "http://localhost:8080", List.of()),
            Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/Berlin")));

    @Test
    void the_first_mail_asks_in_german_to_confirm_the_address_and_hands_out_the_case_link() {
        Mail mail = writer.submitted(new PrecheckEvents.Submitted(REFERENCE, ERIKA, LINK));

        assertThat(mail.subject()).isEqualTo("Vorprüfung WC-2026-000123: Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(mail.recipient()).isEqualTo("erika.beispiel@firma.example");
        assertThat(mail.language()).isEqualTo(Locale.GERMAN);
        assertThat(mail.body())
                .startsWith("Guten Tag Erika Beispiel,\n\nvielen Dank für Ihre Vorprüfung.")
                .contains("Ihr Vorgang hat die Nummer WC-2026-000123.")
                .contains("\n\n" + LINK + "\n\n")
                .contains("Der Link ist persönlich: Er ist der Schlüssel zu Ihrem Vorgang.")
                .contains("Bitte bewahren Sie diese E-Mail gut auf.")
                .contains("Mit freundlichen Grüßen\nWelcome-Center Kreis Lippe")
                .contains("So erreichen Sie uns: welcome-center@kreis-lippe.example, +49 5231 62-0");
    }

    @Test
    void an_english_speaking_employer_gets_the_mail_in_english() {
        Mail mail = writer.submitted(new PrecheckEvents.Submitted(REFERENCE, JOHN, LINK));

        assertThat(mail.subject()).isEqualTo("Pre-check WC-2026-000123: Please confirm your e-mail address");
        assertThat(mail.language()).isEqualTo(Locale.ENGLISH);
        assertThat(mail.body())
                .startsWith("Dear John Example,\n\nThank you for your pre-check.")
                .contains("\n\n" + LINK + "\n\n")
                .contains("the Welcome-Center's answer")
                .contains("Kind regards\nWelcome-Center Kreis Lippe");
    }

    @Test
    void the_renewed_link_replaces_the_old_one() {
        URI newLink = URI.create("https://portal.example.org/mein-vorgang/NEWtoken123");
        Mail german = writer.linkRenewed(new PrecheckEvents.LinkRenewed(REFERENCE, ERIKA, newLink));
        Mail english = writer.linkRenewed(new PrecheckEvents.LinkRenewed(REFERENCE, JOHN, newLink));

        assertThat(german.subject()).isEqualTo("Vorprüfung WC-2026-000123: Ihr neuer Link");
        assertThat(german.body()).contains("\n\n" + newLink + "\n\n")
                .contains("Der bisherige Link funktioniert ab jetzt nicht mehr.");
        assertThat(english.subject()).isEqualTo("Pre-check WC-2026-000123: Your new link");
        assertThat(english.body()).contains("\n\n" + newLink + "\n\n").contains("The previous link no longer works.");
    }

    @Test
    void question_and_answer_mails_send_the_employer_to_my_case_and_say_how_to_get_a_new_link() {
        Mail question = writer.questionAsked(new PrecheckEvents.QuestionAsked(REFERENCE, ERIKA));
        Mail answer = writer.answered(new PrecheckEvents.Answered(REFERENCE, JOHN));

        assertThat(question.subject()).isEqualTo("Vorprüfung WC-2026-000123: Das Welcome-Center hat eine Rückfrage");
        assertThat(question.body()).contains("„Mein Vorgang“ mit dem Link aus unserer ersten E-Mail")
                .contains("fordern dort einen neuen Link an");
        assertThat(answer.subject()).isEqualTo("Pre-check WC-2026-000123: The Welcome-Center's answer is available");
        assertThat(answer.body()).contains("\"My case\" with the link from our first e-mail")
                .contains("request a new link there");
    }

    @Test
    void the_confirmation_says_the_case_is_with_the_welcome_center() {
        Mail mail = writer.confirmed(new PrecheckEvents.Confirmed(REFERENCE, ERIKA));

        assertThat(mail.subject()).isEqualTo("Vorprüfung WC-2026-000123: Ihre Anfrage liegt jetzt beim Welcome-Center");
        assertThat(mail.body()).contains("liegt jetzt beim Welcome-Center").contains("Nummer WC-2026-000123");
    }

    @ParameterizedTest
    @EnumSource(value = MailKind.class, mode = EnumSource.Mode.MATCH_NONE, names = {"BOOKING_.*", "WAITING_LIST_.*"})
    void every_mail_names_the_reference_in_its_subject_in_both_languages(MailKind kind) {
        for (Contact contact : List.of(ERIKA, JOHN)) {
            Mail mail = write(kind, REFERENCE, contact, LINK);
            String product = contact == ERIKA ? "Vorprüfung " : "Pre-check ";
            assertThat(mail.kind()).isEqualTo(kind);
            assertThat(mail.subject()).startsWith(product + REFERENCE + ": ");
            assertThat(mail.body()).contains(REFERENCE)
                    .doesNotContain("{").doesNotContain("''").doesNotContain("!notification");
            boolean carriesLink = kind == MailKind.SUBMITTED || kind == MailKind.LINK_RENEWED;
            assertThat(mail.body().contains(LINK.toString())).as("%s carries the link", kind).isEqualTo(carriesLink);
        }
    }

    /**
     * The only things that differ between two employers' mails are the reference, the name and the link: nothing
     * else from an event (and the events carry nothing about the candidate) can reach the text, nor the address.
     */
    @ParameterizedTest
    @EnumSource(value = MailKind.class, mode = EnumSource.Mode.MATCH_NONE, names = {"BOOKING_.*", "WAITING_LIST_.*"})
    void a_mail_contains_the_reference_the_name_and_the_link_and_nothing_else_about_the_case(MailKind kind) {
        Contact other = new Contact("someone.else@elsewhere.example", "Zoë Ünal-Ørsted", Locale.GERMAN);
        URI otherLink = URI.create("https://portal.example.org/mein-vorgang/other");
        Mail first = write(kind, REFERENCE, ERIKA, LINK);
        Mail second = write(kind, "WC-2027-999999", other, otherLink);

        assertThat(neutral(first.body(), REFERENCE, ERIKA, LINK))
                .isEqualTo(neutral(second.body(), "WC-2027-999999", other, otherLink));
        assertThat(neutral(first.subject(), REFERENCE, ERIKA, LINK))
                .isEqualTo(neutral(second.subject(), "WC-2027-999999", other, otherLink));
        assertThat(first.body()).doesNotContain(ERIKA.email());
        assertThat(first.subject()).doesNotContain(ERIKA.name()).doesNotContain(ERIKA.email());
    }

    @Test
    void a_language_the_portal_does_not_speak_gets_german_and_regional_variants_count() {
        assertThat(writer.confirmed(new PrecheckEvents.Confirmed(REFERENCE,
                new Contact("a@b.example", "A", Locale.FRENCH))).language()).isEqualTo(Locale.GERMAN);
        assertThat(writer.confirmed(new PrecheckEvents.Confirmed(REFERENCE,
                new Contact("a@b.example", "A", Locale.UK))).subject()).startsWith("Pre-check ");
    }

    @Test
    void a_name_with_line_breaks_stays_on_the_greeting_line_and_no_name_gets_a_neutral_greeting() {
        Mail broken = writer.confirmed(new PrecheckEvents.Confirmed(REFERENCE,
                new Contact("a@b.example", "Erika\r\nBcc: x@y.example", Locale.GERMAN)));
        Mail nameless = writer.confirmed(new PrecheckEvents.Confirmed(REFERENCE,
                new Contact("a@b.example", "  ", Locale.ENGLISH)));

        assertThat(broken.body()).startsWith("Guten Tag Erika Bcc: x@y.example,\n\n");
        assertThat(nameless.body()).startsWith("Hello,\n\nThank you");
    }

    @Test
    void a_mail_never_shows_its_address_or_text_when_logged() {
        Mail mail = writer.submitted(new PrecheckEvents.Submitted(REFERENCE, ERIKA, LINK));

        assertThat(mail.toString()).isEqualTo("Mail[SUBMITTED for WC-2026-000123]");
    }

    // ------------------------------------------------------------------ advice appointments

    private static final String BOOKING = "T-7K3M-9QXA";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Tuesday, 24 November 2026, 09:30 to 10:00 in Detmold. */
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 11, 24, 9, 30, 0, 0, BERLIN);
    private static final URI CONFIRM = URI.create("http://localhost:8080/booking/confirm/T-7K3M-9QXA?token=c0nf1rm");
    private static final URI MANAGE = URI.create("http://localhost:8080/booking/manage/T-7K3M-9QXA?token=m4n4g3");
    private static final BookingEvents.Contact ERIKA_BOOKS = new BookingEvents.Contact("erika.beispiel@firma.example",
            "Erika Beispiel", Locale.GERMAN);
    private static final BookingEvents.Contact JOHN_BOOKS = new BookingEvents.Contact("john.example@company.example",
            "John Example", Locale.ENGLISH);
    private static final BookingEvents.CalendarFile ICS = new BookingEvents.CalendarFile("termin-T-7K3M-9QXA.ics",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");

    @Test
    void a_held_time_asks_in_german_to_confirm_within_the_hold_and_describes_the_appointment() {
        Mail mail = writer.bookingHeld(new BookingEvents.Held(ERIKA_BOOKS,
                appointment(AppointmentMode.ON_SITE, "Erstberatung Fachkräfteeinwanderung"), CONFIRM, MANAGE,
                ZonedDateTime.of(2026, 11, 22, 10, 15, 0, 0, BERLIN)));

        assertThat(mail.kind()).isEqualTo(MailKind.BOOKING_HELD);
        assertThat(mail.reference()).isEqualTo(BOOKING);
        assertThat(mail.recipient()).isEqualTo("erika.beispiel@firma.example");
        assertThat(mail.subject()).isEqualTo("Termin T-7K3M-9QXA: Bitte bestätigen Sie Ihren Termin");
        assertThat(mail.body())
                .startsWith("Guten Tag Erika Beispiel,\n\nvielen Dank für Ihre Buchung.")
                .contains("""
                        Wann: Dienstag, 24. November 2026, 09:30 bis 10:00 Uhr
                        Was: Erstberatung Fachkräfteeinwanderung
                        Wie: vor Ort
                        Wo: Kreishaus Detmold, Felix-Fechenbach-Straße 5, 32756 Detmold
                        Buchungsnummer: T-7K3M-9QXA

                        Barrierefreiheit: Stufenloser Eingang, Aufzug zu allen Etagen.""")
                .contains("\n\n" + CONFIRM + "\n\n")
                .contains("Bitte bestätigen Sie innerhalb von 15 Minuten, also bis 10:15 Uhr. Sonst wird die Zeit "
                        + "wieder frei")
                .contains("Mit freundlichen Grüßen\nWelcome-Center Kreis Lippe")
                .doesNotContain(MANAGE.toString());
        assertThat(mail.attachment()).isNull();
    }

    @Test
    void a_held_time_in_english_uses_day_before_month_and_the_24_hour_clock() {
        Mail mail = writer.bookingHeld(new BookingEvents.Held(JOHN_BOOKS,
                appointment(AppointmentMode.ON_SITE, "First advice on skilled immigration"), CONFIRM, MANAGE,
                ZonedDateTime.of(2026, 11, 22, 10, 15, 0, 0, BERLIN)));

        assertThat(mail.subject()).isEqualTo("Appointment T-7K3M-9QXA: Please confirm your appointment");
        assertThat(mail.language()).isEqualTo(Locale.ENGLISH);
        assertThat(mail.body())
                .startsWith("Dear John Example,\n\nThank you for your booking.")
                .contains("When: Tuesday, 24 November 2026, 09:30 to 10:00\n"
                        + "What: First advice on skilled immigration\n"
                        + "How: in person at the office\nWhere: Kreishaus Detmold,")
                .contains("Booking reference: T-7K3M-9QXA")
                .contains("\n\n" + CONFIRM + "\n\n")
                .contains("Please confirm within 15 minutes, that is by 10:15. Otherwise the time becomes free again")
                .contains("Kind regards\nWelcome-Center Kreis Lippe");
    }

    @Test
    void the_confirmation_has_the_manage_link_and_attaches_the_appointment_file() {
        Mail german = writer.bookingConfirmed(new BookingEvents.Confirmed(ERIKA_BOOKS,
                appointment(AppointmentMode.ON_SITE, "Erstberatung Fachkräfteeinwanderung"), MANAGE, ICS));
        Mail english = writer.bookingConfirmed(new BookingEvents.Confirmed(JOHN_BOOKS,
                appointment(AppointmentMode.ON_SITE, "First advice on skilled immigration"), MANAGE, ICS));

        assertThat(german.subject()).isEqualTo("Termin T-7K3M-9QXA: Ihr Termin ist bestätigt");
        assertThat(german.body())
                .contains("Ihr Termin beim Welcome-Center am Dienstag, 24. November 2026, 09:30 Uhr ist bestätigt.")
                .contains("Sie möchten den Termin absagen oder verschieben? Öffnen Sie dazu diesen Link:\n\n"
                        + MANAGE + "\n\n")
                .contains("Mit der angehängten Kalenderdatei (termin-T-7K3M-9QXA.ics) tragen Sie den Termin in Ihren "
                        + "Kalender ein.");
        assertThat(german.attachment()).isEqualTo(new Mail.Attachment("termin-T-7K3M-9QXA.ics",
                "text/calendar; charset=UTF-8", ICS.content()));
        assertThat(english.subject()).isEqualTo("Appointment T-7K3M-9QXA: Your appointment is confirmed");
        assertThat(english.body())
                .contains("Your appointment with the Welcome-Center on Tuesday, 24 November 2026, 09:30 is confirmed.")
                .contains("\n\n" + MANAGE + "\n\n")
                .contains("The attached calendar file (termin-T-7K3M-9QXA.ics) adds the appointment to your calendar");
        assertThat(english.attachment()).isNotNull();
    }

    @Test
    void a_moved_appointment_names_the_new_time_and_attaches_the_updated_file() {
        Mail mail = writer.bookingMoved(new BookingEvents.Moved(ERIKA_BOOKS,
                appointment(AppointmentMode.ON_SITE, "Erstberatung Fachkräfteeinwanderung"), MANAGE, ICS));

        assertThat(mail.subject()).isEqualTo("Termin T-7K3M-9QXA: Ihr Termin ist verschoben");
        assertThat(mail.body()).contains("Ihr neuer Termin ist am Dienstag, 24. November 2026, 09:30 Uhr.")
                .contains("Der bisherige Termin gilt nicht mehr.")
                .contains("\n\n" + MANAGE + "\n\n")
                .contains("tragen Sie den neuen Termin in Ihren Kalender ein");
        assertThat(mail.attachment()).isNotNull();
    }

    @Test
    void a_cancellation_by_staff_quotes_their_message_and_points_to_a_new_booking() {
        String message = "Frau O'Neill ist leider erkrankt.\r\nWir melden uns {0} bei Ihnen.";
        Mail german = writer.bookingCancelled(new BookingEvents.Cancelled(ERIKA_BOOKS,
                appointment(AppointmentMode.ON_SITE, "Erstberatung Fachkräfteeinwanderung"), true, message, ICS));
        Mail english = writer.bookingCancelled(new BookingEvents.Cancelled(JOHN_BOOKS,
                appointment(AppointmentMode.ON_SITE, "First advice on skilled immigration"), true,
                "Ms O'Neill is ill, sorry.", null));

        assertThat(german.subject()).isEqualTo("Termin T-7K3M-9QXA: Ihr Termin ist abgesagt");
        assertThat(german.body())
                .contains("das Welcome-Center muss Ihren Termin am Dienstag, 24. November 2026, 09:30 Uhr leider "
                        + "absagen.")
                .contains("Das Welcome-Center schreibt dazu:\n\n„Frau O'Neill ist leider erkrankt.\nWir melden uns "
                        + "{0} bei Ihnen.“")
                .contains("Buchen Sie bitte einen neuen Termin:\n\nhttp://localhost:8080/booking\n\n")
                .contains("nehmen Sie den Termin aus Ihrem Kalender heraus")
                .doesNotContain("Barrierefreiheit");
        assertThat(german.attachment()).isNotNull();
        assertThat(english.body())
                .contains("the Welcome-Center has to cancel your appointment on Tuesday, 24 November 2026, 09:30.")
                .contains("The Welcome-Center writes:\n\n“Ms O'Neill is ill, sorry.”")
                .contains("Please book a new time:\n\nhttp://localhost:8080/booking")
                .doesNotContain("calendar file");
        assertThat(english.attachment()).isNull();
    }

    @Test
    void a_cancellation_by_the_employer_confirms_it_and_staff_without_a_message_quote_nothing() {
        Mail own = writer.bookingCancelled(new BookingEvents.Cancelled(ERIKA_BOOKS,
                appointment(AppointmentMode.VIDEO, "Erstberatung Fachkräfteeinwanderung"), false, null, ICS));
        Mail silent = writer.bookingCancelled(new BookingEvents.Cancelled(ERIKA_BOOKS,
                appointment(AppointmentMode.ON_SITE, "Erstberatung Fachkräfteeinwanderung"), true, "  ", null));

        assertThat(own.body())
                .contains("Sie haben Ihren Termin am Dienstag, 24. November 2026, 09:30 Uhr abgesagt.")
                .contains("Dann buchen Sie bitte einen neuen Termin:\n\nhttp://localhost:8080/booking")
                .doesNotContain("Welcome-Center muss").doesNotContain("schreibt dazu")
                .as("how to attend is no longer of interest").doesNotContain("Link zur Video-Beratung");
        assertThat(silent.body()).contains("leider absagen. Der Termin findet nicht statt.\n\nWann:")
                .doesNotContain("schreibt dazu");
    }

    @Test
    void the_reminder_says_tomorrow_and_sends_the_employer_to_the_link_of_the_confirmation() {
        Mail german = writer.bookingReminder(new BookingEvents.Reminder(ERIKA_BOOKS,
                appointment(AppointmentMode.ON_SITE, "Erstberatung Fachkräfteeinwanderung", START.minusDays(1))));
        Mail english = writer.bookingReminder(new BookingEvents.Reminder(JOHN_BOOKS,
                appointment(AppointmentMode.PHONE, "First advice on skilled immigration", START.minusDays(1))));
        Mail later = writer.bookingReminder(new BookingEvents.Reminder(ERIKA_BOOKS,
                appointment(AppointmentMode.ON_SITE, "Erstberatung Fachkräfteeinwanderung")));

        assertThat(german.subject()).isEqualTo("Termin T-7K3M-9QXA: Erinnerung an Ihren Termin morgen");
        assertThat(german.body())
                .contains("wir erinnern Sie an Ihren Termin beim Welcome-Center morgen, am Montag, 23. November 2026, "
                        + "09:30 Uhr.")
                .contains("Nutzen Sie dazu den Link aus Ihrer Bestätigungs-E-Mail.")
                .contains("Barrierefreiheit:")
                .doesNotContain("http");
        assertThat(english.subject()).isEqualTo("Appointment T-7K3M-9QXA: Reminder of your appointment tomorrow");
        assertThat(english.body())
                .contains("your appointment with the Welcome-Center tomorrow, on Monday, 23 November 2026, 09:30.")
                .contains("Please use the link from your confirmation e-mail")
                .contains("We will call you at the agreed time")
                .doesNotContain("Where:").doesNotContain("Accessibility");
        assertThat(later.subject()).endsWith("Ihren Termin in 2 Tagen");
        assertThat(german.attachment()).isNull();
    }

    @Test
    void a_waiting_list_offer_is_held_for_hours_and_names_the_day_when_the_hold_ends_on_another_one() {
        Mail sameDay = writer.waitingListOffer(new BookingEvents.WaitingListOffer(ERIKA_BOOKS,
                appointment(AppointmentMode.ON_SITE, "Erstberatung Fachkräfteeinwanderung"), CONFIRM, MANAGE,
                ZonedDateTime.of(2026, 11, 22, 12, 0, 0, 0, BERLIN)));
        Mail nextDay = writer.waitingListOffer(new BookingEvents.WaitingListOffer(JOHN_BOOKS,
                appointment(AppointmentMode.ON_SITE, "First advice on skilled immigration"), CONFIRM, MANAGE,
                ZonedDateTime.of(2026, 11, 23, 10, 30, 0, 0, BERLIN)));

        assertThat(sameDay.subject()).isEqualTo("Termin T-7K3M-9QXA: Ein Termin ist frei geworden");
        assertThat(sameDay.body()).contains("Sie stehen auf unserer Warteliste.")
                .contains("Jetzt ist ein Termin frei geworden: am Dienstag, 24. November 2026, 09:30 Uhr.")
                .contains("\n\n" + CONFIRM + "\n\n")
                .contains("innerhalb von 2 Stunden, also bis 12:00 Uhr. Sonst wird die Zeit wieder frei")
                .doesNotContain(MANAGE.toString());
        assertThat(nextDay.subject()).isEqualTo("Appointment T-7K3M-9QXA: An appointment has become free");
        assertThat(nextDay.body())
                .as("24 1/2 hours: the whole hours, and the exact end")
                .contains("Please confirm within 24 hours, that is by Monday, 23 November 2026, 10:30.");
    }

    @Test
    void video_and_phone_appointments_say_how_they_take_place_instead_of_where() {
        Mail video = writer.bookingConfirmed(new BookingEvents.Confirmed(ERIKA_BOOKS,
                appointment(AppointmentMode.VIDEO, "Erstberatung Fachkräfteeinwanderung"), MANAGE, ICS));
        Mail phone = writer.bookingConfirmed(new BookingEvents.Confirmed(ERIKA_BOOKS,
                appointment(AppointmentMode.PHONE, "Erstberatung Fachkräfteeinwanderung"), MANAGE, ICS));

        assertThat(video.body()).contains("Wie: per Video\nBeratungsstelle: Kreishaus Detmold\n")
                .contains("Wir schicken Ihnen den Link zur Video-Beratung rechtzeitig vor dem Termin per E-Mail.")
                .doesNotContain("Wo:").doesNotContain("Felix-Fechenbach").doesNotContain("Barrierefreiheit");
        assertThat(phone.body()).contains("Wie: per Telefon")
                .contains("Wir rufen Sie zur vereinbarten Zeit an")
                .doesNotContain("Wo:").doesNotContain("Barrierefreiheit");
    }

    @ParameterizedTest
    @EnumSource(value = MailKind.class, mode = EnumSource.Mode.MATCH_ANY, names = {"BOOKING_.*", "WAITING_LIST_.*"})
    void every_booking_mail_names_reference_and_time_in_both_languages_and_formats_every_placeholder(MailKind kind) {
        for (BookingEvents.Contact contact : List.of(ERIKA_BOOKS, JOHN_BOOKS)) {
            for (AppointmentMode mode : AppointmentMode.values()) {
                Mail mail = writeBooking(kind, contact, appointment(mode, "Beratung"));
                boolean german = contact == ERIKA_BOOKS;
                assertThat(mail.kind()).isEqualTo(kind);
                assertThat(mail.subject()).startsWith((german ? "Termin " : "Appointment ") + BOOKING + ": ");
                assertThat(mail.body()).contains(BOOKING)
                        .contains(german ? "Dienstag, 24. November 2026, 09:30" : "Tuesday, 24 November 2026, 09:30")
                        .doesNotContain("{").doesNotContain("''").doesNotContain("!notification")
                        .doesNotContain(contact.email());
                assertThat(mail.subject()).doesNotContain(contact.name()).doesNotContain(contact.email());
                assertThat(mail.toString()).isEqualTo("Mail[" + kind + " for " + BOOKING
                        + (mail.attachment() == null ? "]" : " with attachment]"));
            }
        }
    }

    private Mail writeBooking(MailKind kind, BookingEvents.Contact contact, BookingEvents.Appointment appointment) {
        ZonedDateTime hold = ZonedDateTime.of(2026, 11, 22, 10, 15, 0, 0, BERLIN);
        return switch (kind) {
            case BOOKING_HELD -> writer.bookingHeld(new BookingEvents.Held(contact, appointment, CONFIRM, MANAGE,
                    hold));
            case BOOKING_CONFIRMED -> writer.bookingConfirmed(new BookingEvents.Confirmed(contact, appointment, MANAGE,
                    ICS));
            case BOOKING_MOVED -> writer.bookingMoved(new BookingEvents.Moved(contact, appointment, MANAGE, ICS));
            case BOOKING_CANCELLED -> writer.bookingCancelled(new BookingEvents.Cancelled(contact, appointment, true,
                    "Bitte entschuldigen Sie.", ICS));
            case BOOKING_REMINDER -> writer.bookingReminder(new BookingEvents.Reminder(contact, appointment));
            case WAITING_LIST_OFFER -> writer.waitingListOffer(new BookingEvents.WaitingListOffer(contact, appointment,
                    CONFIRM, MANAGE, hold));
            default -> throw new IllegalArgumentException(kind + " is a pre-check mail");
        };
    }

    private static BookingEvents.Appointment appointment(AppointmentMode mode, String typeName) {
        return appointment(mode, typeName, START);
    }

    private static BookingEvents.Appointment appointment(AppointmentMode mode, String typeName, ZonedDateTime start) {
        return new BookingEvents.Appointment(BOOKING, "Kreishaus Detmold", "Felix-Fechenbach-Straße 5, 32756 Detmold",
                typeName, mode, start, start.plusMinutes(30), "Stufenloser Eingang, Aufzug zu allen Etagen.");
    }

    private Mail write(MailKind kind, String reference, Contact contact, URI link) {
        return switch (kind) {
            case SUBMITTED -> writer.submitted(new PrecheckEvents.Submitted(reference, contact, link));
            case CONFIRMED -> writer.confirmed(new PrecheckEvents.Confirmed(reference, contact));
            case QUESTION_ASKED -> writer.questionAsked(new PrecheckEvents.QuestionAsked(reference, contact));
            case ANSWERED -> writer.answered(new PrecheckEvents.Answered(reference, contact));
            case LINK_RENEWED -> writer.linkRenewed(new PrecheckEvents.LinkRenewed(reference, contact, link));
            default -> throw new IllegalArgumentException(kind + " is a booking mail");
        };
    }

    private static String neutral(String text, String reference, Contact contact, URI link) {
        return text.replace(link.toString(), "<link>").replace(reference, "<reference>")
                .replace(contact.name(), "<name>");
    }
}
