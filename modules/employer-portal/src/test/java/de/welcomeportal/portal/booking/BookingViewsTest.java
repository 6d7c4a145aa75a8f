package de.welcomeportal.portal.booking;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.util.UriComponentsBuilder;

import de.welcomeportal.portal.site.PortalLocales;
import de.welcomeportal.testapp.KaribuTest;
import de.welcomeportal.testapp.PortalTestApplication;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public booking pages without a browser, on Monday 23 November 2026 at 08:00 in Detmold: the journey from the
 * office to the held booking, the confirmation and manage links, wrong input, a time taken a moment before, the
 * waiting list, the language switch and the accessibility attributes of the day and time picker.
 */
@SpringBootTest(classes = {PortalTestApplication.class, BookingViewsTest.FixedClock.class})
@RecordApplicationEvents
class BookingViewsTest extends KaribuTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant MONDAY_MORNING = LocalDateTime.parse("2026-11-23T08:00").atZone(BERLIN).toInstant();

    @Autowired
    BookingService service;
    @Autowired
    BookingRepository bookings;
    @Autowired
    WaitingEntryRepository waiting;
    @Autowired
    SettableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void freshCalendar() {
        clock.set(MONDAY_MORNING);
        jdbc.update("delete from booking_waiting");
        jdbc.update("delete from booking_appointment");
        jdbc.update("delete from booking_slot");
        MockVaadin.clientRoundtrip(false);
    }

    // ------------------------------------------------------------------ the journey

    @Test
    void an_employer_books_confirms_and_cancels_in_german() {
        UI.getCurrent().navigate("booking");
        assertThat(_find(H1.class)).singleElement().extracting(H1::getText).isEqualTo("Beratungstermin buchen");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Beratungstermin buchen – Welcome-Center Kreis Lippe");
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("1. Standort wählen");
        RadioButtonGroup<String> offices = radio("Standort");
        assertThat(offices.getListDataView().getItems().toList())
                .containsExactly("detmold", "lemgo", "bad-salzuflen", "blomberg");
        assertThat(offices.getElement().getTextRecursively()).as("name, address and accessibility of each office")
                .contains("Kreishaus Detmold", "Felix-Fechenbach-Straße 5, 32756 Detmold",
                        "Barrierefreiheit: Stufenloser Eingang an der Felix-Fechenbach-Straße");

        chooseDetmold();
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("1. Standort wählen",
                "2. Beratungsart und Form wählen", "3. Tag und Uhrzeit wählen");
        assertThat(dayButtons()).extracting(Button::getText).containsExactly(
                "Montag, 23. November: keine Termine",
                "Dienstag, 24. November: 20 freie Zeiten",
                "Mittwoch, 25. November: 10 freie Zeiten",
                "Donnerstag, 26. November: 10 freie Zeiten",
                "Freitag, 27. November: 10 freie Zeiten",
                "Samstag, 28. November: keine Termine",
                "Sonntag, 29. November: keine Termine");
        assertThat(dayButtons().getFirst().isEnabled()).as("nothing to choose, but readable").isFalse();

        _click(button("Dienstag, 24. November: 20 freie Zeiten"));
        assertThat(button("Dienstag, 24. November: 20 freie Zeiten").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(button("Mittwoch, 25. November: 10 freie Zeiten").getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat(timeButtons()).extracting(Button::getText).startsWith("09:00 Uhr, 2 Plätze frei",
                "09:15 Uhr, 2 Plätze frei", "09:30 Uhr, 2 Plätze frei").hasSize(20);

        _click(button("09:30 Uhr, 2 Plätze frei"));
        assertThat(button("09:30 Uhr, 2 Plätze frei").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(liveRegion().getText()).isEqualTo("Gewählt: Dienstag, 24. November 2026, 09:30 Uhr");
        assertThat(_get(H2.class, spec -> spec.withText("4. Ihre Angaben"))).isNotNull();
        assertThat(_get(BookingView.class).getElement().getTextRecursively())
                .contains("Ihr Termin: Erstberatung Fachkräfteeinwanderung, vor Ort, Kreishaus Detmold, am Dienstag, "
                        + "24. November 2026 um 09:30 Uhr.")
                .contains("30 Tage nach dem Termin löschen wir sie");

        fillContact("erika@example.org");
        _click(button("Termin buchen"));

        Booking booked = onlyBooking();
        assertThat(booked.status()).isEqualTo(BookingStatus.HELD);
        assertThat(booked.startsAt()).isEqualTo(at("2026-11-24T09:30"));
        assertThat(booked.contactName()).isEqualTo("Erika Mustermann");
        assertThat(booked.precheckReference()).isNull();
        assertThat(_find(H1.class)).singleElement().extracting(H1::getText)
                .isEqualTo("Fast geschafft: Bitte bestätigen Sie Ihren Termin");
        String page = _get(BookingView.class).getElement().getTextRecursively();
        assertThat(page).contains("Wir haben Ihnen eine E-Mail an erika@example.org geschickt.",
                "innerhalb von 15 Minuten", "also bis 08:15 Uhr", "Sonst wird die Zeit wieder freigegeben",
                booked.reference(), "Dienstag, 24. November 2026, 09:30 bis 10:00 Uhr");
        Anchor manage = _get(Anchor.class, spec -> spec.withText("Ihren Termin verwalten"));
        assertThat(manage.getHref()).contains("/booking/manage/" + booked.reference() + "?token=");

        BookingEvents.Held held = held(booked.reference());
        UI.getCurrent().navigate("booking/confirm/" + booked.reference(), token(held.confirmLink()));
        assertThat(_get(H1.class).getText()).isEqualTo("Termin bestätigen");
        assertThat(bookings.findByReference(booked.reference()).orElseThrow().status())
                .as("a mail scanner opening the link confirms nothing").isEqualTo(BookingStatus.HELD);
        _click(button("Termin verbindlich bestätigen"));
        assertThat(bookings.findByReference(booked.reference()).orElseThrow().status())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(_get(H1.class).getText()).isEqualTo("Ihr Termin ist bestätigt");
        assertThat(_get(BookingConfirmView.class).getElement().getTextRecursively())
                .contains("Kreishaus Detmold", "Bestätigt", "Dienstag, 24. November 2026, 09:30 bis 10:00 Uhr");

        UI.getCurrent().navigate("booking/manage/" + booked.reference(), token(held.manageLink()));
        assertThat(_get(H1.class).getText()).isEqualTo("Ihr Termin " + booked.reference());
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Ihr Termin " + booked.reference());
        assertThat(_get(ManageBookingView.class).getElement().getTextRecursively()).contains("Bestätigt",
                "Kreishaus Detmold", "Felix-Fechenbach-Straße 5, 32756 Detmold", "Stufenloser Eingang",
                "Erstberatung Fachkräfteeinwanderung", "vor Ort");
        _click(button("Termin absagen"));
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Termin wirklich absagen?");
        _click(_get(dialog, Button.class, spec -> spec.withText("Nein, Termin behalten")));
        assertThat(bookings.findByReference(booked.reference()).orElseThrow().status())
                .isEqualTo(BookingStatus.CONFIRMED);
        _click(button("Termin absagen"));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Ja, Termin absagen")));
        assertThat(bookings.findByReference(booked.reference()).orElseThrow().status())
                .isEqualTo(BookingStatus.CANCELLED);
        assertThat(_get(ManageBookingView.class).getElement().getTextRecursively())
                .contains("Ihr Termin ist abgesagt.", "Abgesagt", "Dieser Termin kann nicht mehr geändert werden.");
        assertThat(_find(Button.class, spec -> spec.withText("Termin absagen"))).isEmpty();
    }

    @Test
    void the_first_steps_work_in_english_too() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("booking");
        assertThat(_get(H1.class).getText()).isEqualTo("Book an advice appointment");
        _setValue(radio("Office"), "detmold");
        assertThat(_get(H2.class, spec -> spec.withText("2. Choose the kind and form of advice"))).isNotNull();
        _setValue(radio("Kind of advice"), "first-advice");
        RadioButtonGroup<AppointmentMode> modes = radio("Form of advice");
        assertThat(modes.getItemLabelGenerator().apply(AppointmentMode.VIDEO)).isEqualTo("by video");
        _setValue(modes, AppointmentMode.VIDEO);
        assertThat(dayButtons()).extracting(Button::getText).contains("Tuesday, 24 November: 20 free times",
                "Saturday, 28 November: no appointments");
        _click(button("Tuesday, 24 November: 20 free times"));
        _click(button("09:30, 2 places free"));
        assertThat(liveRegion().getText()).isEqualTo("Chosen: Tuesday, November 24, 2026, 09:30");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Your name"))).isNotNull();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Phone number (optional)"))).isNotNull();
        fillContact("john@example.org", "Your name", "Company", "E-mail address", "Your question");
        _click(button("Book appointment"));
        assertThat(onlyBooking().status()).isEqualTo(BookingStatus.HELD);
        assertThat(onlyBooking().mode()).isEqualTo(AppointmentMode.VIDEO);
        assertThat(_get(H1.class).getText()).isEqualTo("Almost done: please confirm your appointment");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Please confirm your appointment");
    }

    @Test
    void switching_the_language_keeps_every_choice_and_everything_typed() {
        UI.getCurrent().navigate("booking");
        chooseDetmold();
        _click(button("Dienstag, 24. November: 20 freie Zeiten"));
        _click(button("09:30 Uhr, 2 Plätze frei"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Ihr Name")), "Erika Mustermann");

        PortalLocales.switchTo(UI.getCurrent(), Locale.ENGLISH);

        assertThat(_get(H1.class).getText()).isEqualTo("Book an advice appointment");
        assertThat(radio("Office").getValue()).isEqualTo("detmold");
        assertThat(button("Tuesday, 24 November: 20 free times").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(button("09:30, 2 places free").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Your name")).getValue()).isEqualTo("Erika Mustermann");
        assertThat(_get(BookingView.class).getElement().getTextRecursively())
                .contains("First advice on skilled immigration (30 minutes)", "Step-free entrance");
    }

    // ------------------------------------------------------------------ wrong input and races

    @Test
    void wrong_input_is_shown_at_its_field_and_nothing_typed_is_lost() {
        UI.getCurrent().navigate("booking", QueryParameters.of("precheck", "WC-2026-000123"));
        chooseDetmold();
        _click(button("Dienstag, 24. November: 20 freie Zeiten"));
        _click(button("10:00 Uhr, 2 Plätze frei"));
        TextField precheck = _get(TextField.class, spec -> spec.withLabel("Vorgangsnummer Ihrer Vorprüfung (optional)"));
        assertThat(precheck.getValue()).as("prefilled from the link").isEqualTo("WC-2026-000123");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Ihr Name")), "Erika Mustermann");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-Mail-Adresse")), "erika-at-example");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Telefonnummer (optional)")), "call me");

        _click(button("Termin buchen"));

        assertThat(bookings.count()).isZero();
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("E-Mail-Adresse"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getValue()).isEqualTo("erika-at-example");
        TextField company = _get(TextField.class, spec -> spec.withLabel("Unternehmen"));
        assertThat(company.isInvalid()).isTrue();
        assertThat(company.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        TextField phone = _get(TextField.class, spec -> spec.withLabel("Telefonnummer (optional)"));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).startsWith("Bitte geben Sie eine Telefonnummer");
        assertThat(phone.getValue()).isEqualTo("call me");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Ihr Anliegen")).isInvalid()).isTrue();
        TextField name = _get(TextField.class, spec -> spec.withLabel("Ihr Name"));
        assertThat(name.isInvalid()).isFalse();
        assertThat(name.getValue()).isEqualTo("Erika Mustermann");
        Div summary = _get(Div.class, spec -> spec.withClasses("precheck-error-summary"));
        assertThat(summary.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(summary.getElement().getTextRecursively()).contains("Bitte korrigieren Sie 4 Angaben:",
                "Unternehmen: Bitte ausfüllen.");
        assertThat(button("10:00 Uhr, 2 Plätze frei").getElement().getAttribute("aria-pressed")).isEqualTo("true");

        _setValue(company, "Tischlerei Beispiel GmbH");
        _setValue(email, "erika@example.org");
        _setValue(phone, "");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Ihr Anliegen")), "Schweißerin aus Serbien");
        _click(button("Termin buchen"));

        Booking booked = onlyBooking();
        assertThat(booked.status()).isEqualTo(BookingStatus.HELD);
        assertThat(booked.precheckReference()).isEqualTo("WC-2026-000123");
        assertThat(booked.startsAt()).isEqualTo(at("2026-11-24T10:00"));
    }

    @Test
    void a_time_taken_a_moment_before_is_said_plainly_with_the_next_free_times_and_the_input_kept() {
        UI.getCurrent().navigate("booking");
        chooseDetmold();
        _click(button("Dienstag, 24. November: 20 freie Zeiten"));
        _click(button("09:30 Uhr, 2 Plätze frei"));
        fillContact("erika@example.org");
        bookDirectly("2026-11-24T09:30", "first@example.org");
        bookDirectly("2026-11-24T09:30", "second@example.org");

        _click(button("Termin buchen"));

        assertThat(bookings.count()).isEqualTo(2);
        Div notice = _get(Div.class, spec -> spec.withClasses("slot-taken"));
        assertThat(notice.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(notice.getElement().getTextRecursively()).contains("Diese Zeit wurde gerade vergeben",
                "Ihre Angaben bleiben erhalten");
        List<Button> offered = _find(notice, Button.class);
        assertThat(offered).extracting(Button::getText).first()
                .isEqualTo("Dienstag, 24. November 2026, 10:15 Uhr (2 Plätze frei)");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Ihr Name")).getValue()).isEqualTo("Erika Mustermann");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Ihr Anliegen")).getValue())
                .isEqualTo("Schweißerin aus Serbien");
        assertThat(button("09:30 Uhr, ausgebucht").isEnabled()).as("the picker shows it taken").isFalse();

        _click(offered.getFirst());
        assertThat(liveRegion().getText()).isEqualTo("Gewählt: Dienstag, 24. November 2026, 10:15 Uhr");
        assertThat(_find(Div.class, spec -> spec.withClasses("slot-taken"))).isEmpty();
        _click(button("Termin buchen"));

        assertThat(bookings.count()).isEqualTo(3);
        assertThat(bookings.findAll()).anySatisfy(booking -> {
            assertThat(booking.contactEmail()).isEqualTo("erika@example.org");
            assertThat(booking.startsAt()).isEqualTo(at("2026-11-24T10:15"));
        });
    }

    @Test
    void a_full_day_says_so_in_words_and_offers_the_waiting_list() {
        for (String time : List.of("09:00", "09:45", "10:30", "11:15")) {
            service.book(new BookingRequest("lemgo", "first-advice", AppointmentMode.ON_SITE,
                    at("2026-11-24T" + time).atZone(BERLIN).toOffsetDateTime(), "Max Muster", "Muster GmbH",
                    "max" + time.replace(":", "") + "@example.org", null, "Beratung", null), Locale.GERMAN);
        }
        UI.getCurrent().navigate("booking");
        _setValue(radio("Standort"), "lemgo");
        _setValue(radio("Beratungsart"), "first-advice");
        _setValue(radio("Form der Beratung"), AppointmentMode.PHONE);
        Button tuesday = button("Dienstag, 24. November: ausgebucht");
        _click(tuesday);
        assertThat(timeButtons()).allSatisfy(time -> {
            assertThat(time.getText()).endsWith("Uhr, ausgebucht");
            assertThat(time.isEnabled()).isFalse();
        });
        assertThat(_get(BookingView.class).getElement().getTextRecursively())
                .contains("An diesem Tag sind alle Zeiten ausgebucht.");

        _click(button("Auf die Warteliste"));
        assertThat(_get(BookingView.class).getElement().getTextRecursively())
                .contains("Sie melden sich für die Warteliste am Dienstag, 24. November 2026 an.");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Vorgangsnummer Ihrer Vorprüfung (optional)")))
                .isEmpty();
        fillContact("erika@example.org");
        _click(button("Auf die Warteliste setzen"));

        assertThat(waiting.findAll()).singleElement().satisfies(entry -> {
            assertThat(entry.wantedDay()).isEqualTo(java.time.LocalDate.parse("2026-11-24"));
            assertThat(entry.mode()).isEqualTo(AppointmentMode.PHONE);
        });
        assertThat(_get(H1.class).getText()).isEqualTo("Sie stehen auf der Warteliste");
    }

    // ------------------------------------------------------------------ links

    @Test
    void moving_a_confirmed_appointment_reuses_the_picker() {
        BookingViews.Receipt receipt = bookDirectly("2026-11-24T09:30", "erika@example.org");
        BookingEvents.Held held = held(receipt.id());
        service.confirm(receipt.id(), token(held.confirmLink()).getSingleParameter("token").orElseThrow(),
                Locale.GERMAN);
        UI.getCurrent().navigate("booking/manage/" + receipt.id(), token(held.manageLink()));

        _click(button("Termin verschieben"));
        assertThat(_get(H2.class, spec -> spec.withText("Neue Zeit wählen"))).isNotNull();
        _click(button("Mittwoch, 25. November: 10 freie Zeiten"));
        _click(button("10:00 Uhr, 2 Plätze frei"));
        assertThat(_get(ManageBookingView.class).getElement().getTextRecursively())
                .contains("Neue Zeit: Mittwoch, 25. November 2026, 10:00 Uhr");
        _click(button("Auf diese Zeit verschieben"));

        Booking moved = bookings.findByReference(receipt.id()).orElseThrow();
        assertThat(moved.startsAt()).isEqualTo(at("2026-11-25T10:00"));
        assertThat(moved.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(_get(ManageBookingView.class).getElement().getTextRecursively())
                .contains("Ihr Termin ist verschoben.", "Mittwoch, 25. November 2026, 10:00 bis 10:30 Uhr");
    }

    @Test
    void a_hold_not_confirmed_in_time_says_so_and_leads_back_to_the_booking() {
        BookingViews.Receipt receipt = bookDirectly("2026-11-24T09:30", "erika@example.org");
        clock.set(MONDAY_MORNING.plus(Duration.ofMinutes(16)));
        UI.getCurrent().navigate("booking/confirm/" + receipt.id(), token(held(receipt.id()).confirmLink()));
        _click(button("Termin verbindlich bestätigen"));

        assertThat(_get(H1.class).getText()).isEqualTo("Die Vormerkung ist abgelaufen");
        assertThat(_get(Anchor.class, spec -> spec.withText("Einen Termin buchen")).getHref()).isEqualTo("booking");
        assertThat(bookings.findByReference(receipt.id()).orElseThrow().status()).isEqualTo(BookingStatus.EXPIRED);
    }

    @Test
    void wrong_links_get_the_same_neutral_answer() {
        BookingViews.Receipt receipt = bookDirectly("2026-11-24T09:30", "erika@example.org");
        BookingEvents.Held held = held(receipt.id());

        UI.getCurrent().navigate("booking/confirm/" + receipt.id(), QueryParameters.of("token", "forged"));
        _click(button("Termin verbindlich bestätigen"));
        assertThat(_get(H1.class).getText()).isEqualTo("Link nicht gültig");
        UI.getCurrent().navigate("booking/confirm/T-AAAA-BBBB", token(held.confirmLink()));
        _click(button("Termin verbindlich bestätigen"));
        assertThat(_get(H1.class).getText()).isEqualTo("Link nicht gültig");
        UI.getCurrent().navigate("booking/confirm/" + receipt.id());
        assertThat(_get(H1.class).getText()).isEqualTo("Link nicht gültig");
        assertThat(bookings.findByReference(receipt.id()).orElseThrow().status()).isEqualTo(BookingStatus.HELD);

        for (String path : List.of("booking/manage/" + receipt.id(), "embed/booking/manage/T-AAAA-BBBB")) {
            UI.getCurrent().navigate(path, QueryParameters.of("token", "forged"));
            assertThat(_get(H1.class).getText()).isEqualTo("Link nicht gültig");
            assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Link nicht gültig");
            assertThat(_find(Button.class, spec -> spec.withText("Termin absagen"))).isEmpty();
            assertThat(_get(Div.class, spec -> spec.withClasses("booking-manage")).getElement().getTextRecursively())
                    .doesNotContain(receipt.id()).doesNotContain("Detmold");
        }
        UI.getCurrent().navigate("booking/manage/" + receipt.id(), token(held.confirmLink()));
        assertThat(_get(H1.class).getText()).as("the confirm token does not open the manage page")
                .isEqualTo("Link nicht gültig");
    }

    // ------------------------------------------------------------------ accessibility

    @Test
    void every_field_has_a_label_the_live_region_is_polite_and_headings_are_in_order() {
        UI.getCurrent().navigate("embed/booking");
        assertThat(_get(H1.class).getText()).isEqualTo("Beratungstermin buchen");
        chooseDetmold();
        _click(button("Dienstag, 24. November: 20 freie Zeiten"));
        _click(button("09:30 Uhr, 2 Plätze frei"));

        assertThat(_find(H1.class)).hasSize(1);
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("1. Standort wählen",
                "2. Beratungsart und Form wählen", "3. Tag und Uhrzeit wählen", "4. Ihre Angaben");
        assertThat(_find(H2.class)).allSatisfy(heading ->
                assertThat(heading.getElement().getAttribute("tabindex")).isEqualTo("-1"));
        Paragraph live = liveRegion();
        assertThat(live.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(_find(RadioButtonGroup.class)).allSatisfy(group -> assertThat(group.getLabel()).isNotBlank());
        assertThat(_find(TextField.class)).allSatisfy(field -> assertThat(field.getLabel()).isNotBlank());
        assertThat(_find(EmailField.class)).allSatisfy(field -> assertThat(field.getLabel()).isNotBlank());
        assertThat(_find(TextArea.class)).allSatisfy(field -> assertThat(field.getLabel()).isNotBlank());
        assertThat(dayButtons()).allSatisfy(day ->
                assertThat(day.getElement().getAttribute("aria-pressed")).isIn("true", "false"));
        assertThat(timeButtons().stream().filter(time -> "true".equals(time.getElement().getAttribute("aria-pressed"))))
                .singleElement().extracting(Button::getText).isEqualTo("09:30 Uhr, 2 Plätze frei");
        assertThat(_get(Button.class, spec -> spec.withText("Vorherige Woche")).isEnabled()).isFalse();

        _click(button("Nächste Woche"));
        assertThat(dayButtons().getFirst().getText()).isEqualTo("Montag, 30. November: 10 freie Zeiten");
        assertThat(liveRegion().getText()).startsWith("Angezeigt: Woche vom 30. November 2026");
        for (int week = 0; week < 3; week++) {
            _click(button("Nächste Woche"));
        }
        Button christmas = dayButtons().get(4);
        assertThat(christmas.getText()).as("closed, and said so in words")
                .startsWith("Freitag, 25. Dezember: geschlossen – ").contains("Weihnacht");
        assertThat(christmas.isEnabled()).isFalse();
    }

    // ------------------------------------------------------------------ helpers

    private void chooseDetmold() {
        _setValue(radio("Standort"), "detmold");
        _setValue(radio("Beratungsart"), "first-advice");
        _setValue(radio("Form der Beratung"), AppointmentMode.ON_SITE);
    }

    private void fillContact(String email) {
        fillContact(email, "Ihr Name", "Unternehmen", "E-Mail-Adresse", "Ihr Anliegen");
    }

    private void fillContact(String email, String nameLabel, String companyLabel, String emailLabel,
                             String topicLabel) {
        _setValue(_get(TextField.class, spec -> spec.withLabel(nameLabel)), "Erika Mustermann");
        _setValue(_get(TextField.class, spec -> spec.withLabel(companyLabel)), "Tischlerei Beispiel GmbH");
        _setValue(_get(EmailField.class, spec -> spec.withLabel(emailLabel)), email);
        _setValue(_get(TextArea.class, spec -> spec.withLabel(topicLabel)), "Schweißerin aus Serbien");
    }

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radio(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static List<Button> dayButtons() {
        return _find(Button.class, spec -> spec.withClasses("slot-picker-day"));
    }

    private static List<Button> timeButtons() {
        return _find(Button.class, spec -> spec.withClasses("slot-picker-time"));
    }

    private static Paragraph liveRegion() {
        return _get(Paragraph.class, spec -> spec.withClasses("slot-picker-live"));
    }

    private Booking onlyBooking() {
        List<Booking> all = bookings.findAll();
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private BookingViews.Receipt bookDirectly(String localStart, String email) {
        return service.book(new BookingRequest("detmold", "first-advice", AppointmentMode.ON_SITE,
                at(localStart).atZone(BERLIN).toOffsetDateTime(), "Max Muster", "Muster GmbH", email, null,
                "Beratung", null), Locale.GERMAN);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    private BookingEvents.Held held(String reference) {
        return events.stream(BookingEvents.Held.class)
                .filter(event -> event.appointment().reference().equals(reference))
                .findFirst().orElseThrow();
    }

    private static QueryParameters token(URI link) {
        String token = UriComponentsBuilder.fromUri(link).build().getQueryParams().getFirst("token");
        return QueryParameters.of("token", token == null ? "" : token);
    }

    /** A clock the tests set to a known moment, so that the days and times on the page are always the same. */
    static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return BERLIN;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        SettableClock bookingTestClock() {
            return new SettableClock(MONDAY_MORNING);
        }
    }
}
