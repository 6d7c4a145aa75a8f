package de.welcomeportal.portal.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.datepicker.DatePicker;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.welcomeportal.testapp.KaribuTest;
import de.welcomeportal.testapp.TestSecurity;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrators' office settings in the browserless UI: plan, windows, closures, address, types. */
class OfficesViewTest extends KaribuTest {

    @Autowired
    OfficeAdministration administration;

    @Test
    void an_administrator_changes_the_capacity_and_a_window_and_the_office_has_them() {
        openOffice("lemgo");

        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Termine gleichzeitig")), 3);
        List<TimePicker> closes = _find(TimePicker.class, spec -> spec.withLabel("Bis"));
        assertThat(closes).hasSize(2); // Tuesday 9-12, Thursday 13-16
        _setValue(closes.getFirst(), LocalTime.of(12, 30));
        _click(_get(Button.class, spec -> spec.withText("Sprechzeiten speichern")));

        OfficeAdministration.OfficeDetails lemgo = office("lemgo");
        assertThat(lemgo.plan().capacity()).isEqualTo(3);
        assertThat(lemgo.plan().windows()).contains(new OpeningPlan.Window(DayOfWeek.TUESDAY, LocalTime.of(9, 0),
                LocalTime.of(12, 30)));

        _click(_get(Button.class, spec -> spec.withText("Sprechzeit hinzufügen")));
        @SuppressWarnings("unchecked")
        List<Select<DayOfWeek>> days = (List<Select<DayOfWeek>>) (List<?>) _find(Select.class,
                spec -> spec.withLabel("Wochentag"));
        _setValue(days.getLast(), DayOfWeek.FRIDAY);
        _setValue(_find(TimePicker.class, spec -> spec.withLabel("Von")).getLast(), LocalTime.of(8, 0));
        _setValue(_find(TimePicker.class, spec -> spec.withLabel("Bis")).getLast(), LocalTime.of(10, 0));
        _click(_get(Button.class, spec -> spec.withText("Sprechzeiten speichern")));

        assertThat(office("lemgo").plan().windows()).hasSize(3)
                .contains(new OpeningPlan.Window(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(10, 0)));
    }

    @Test
    void overlapping_windows_are_refused_with_a_message_at_the_window() {
        openOffice("bad-salzuflen");
        OfficeAdministration.OfficeDetails before = office("bad-salzuflen");

        _click(_get(Button.class, spec -> spec.withText("Sprechzeit hinzufügen")));
        @SuppressWarnings("unchecked")
        List<Select<DayOfWeek>> days = (List<Select<DayOfWeek>>) (List<?>) _find(Select.class,
                spec -> spec.withLabel("Wochentag"));
        _setValue(days.getLast(), DayOfWeek.MONDAY);
        _setValue(_find(TimePicker.class, spec -> spec.withLabel("Von")).getLast(), LocalTime.of(11, 0));
        _setValue(_find(TimePicker.class, spec -> spec.withLabel("Bis")).getLast(), LocalTime.of(13, 0));
        _click(_get(Button.class, spec -> spec.withText("Sprechzeiten speichern")));

        TimePicker last = _find(TimePicker.class, spec -> spec.withLabel("Bis")).getLast();
        assertThat(last.isInvalid()).isTrue();
        assertThat(last.getErrorMessage())
                .isEqualTo("Diese Öffnungszeit überschneidet sich mit einer anderen am selben Tag.");
        assertThat(office("bad-salzuflen").plan().windows()).isEqualTo(before.plan().windows());
        assertThat(office("bad-salzuflen").version()).isEqualTo(before.version());
    }

    @Autowired
    BookingService bookingService;

    @Test
    void an_administrator_creates_an_office_and_then_plans_its_hours() {
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate(OfficesView.ROUTE);
        _click(_get(Button.class, spec -> spec.withText("Neuer Standort")));
        assertThat(_find(Button.class, spec -> spec.withText("Sprechzeiten speichern"))).as("hours come after saving")
                .isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Kennung")), "Horn Bad Meinberg");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Horn-Bad Meinberg");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Straße und Hausnummer")), "Marktplatz 4");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Postleitzahl")), "32805");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Ort")), "Horn-Bad Meinberg");
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withLabel("Hinweise zur Barrierefreiheit (Deutsch)")), "Stufenloser Eingang.");
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withLabel("Hinweise zur Barrierefreiheit (Englisch)")), "Step-free entrance.");
        _click(_get(Button.class, spec -> spec.withText("Angaben speichern")));

        TextField id = _get(TextField.class, spec -> spec.withLabel("Kennung"));
        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).contains("Kleinbuchstaben");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).as("input kept")
                .isEqualTo("Horn-Bad Meinberg");

        _setValue(id, "horn-bad-meinberg");
        _click(_get(Button.class, spec -> spec.withText("Angaben speichern")));

        OfficeAdministration.OfficeDetails created = office("horn-bad-meinberg");
        assertThat(created.settings().city()).isEqualTo("Horn-Bad Meinberg");
        assertThat(created.settings().typeIds()).contains("first-advice", "accelerated-procedure");
        assertThat(created.plan().windows()).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Sprechzeiten speichern"))).hasSize(1);
        assertThat(bookingService.offices(java.util.Locale.GERMAN)).as("not offered to employers before it has hours")
                .extracting(BookingViews.OfficeSummary::id).doesNotContain("horn-bad-meinberg");
    }

    @Test
    void an_administrator_adds_and_removes_a_closure() {
        openOffice("blomberg");

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Erster Tag")), LocalDate.of(2027, 3, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Letzter Tag")), LocalDate.of(2027, 3, 5));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Grund")), "Umzug des Büros");
        _click(_get(Button.class, spec -> spec.withText("Schließtag eintragen")));

        assertThat(office("blomberg").closures()).singleElement().satisfies(closure -> {
            assertThat(closure.first()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(closure.last()).isEqualTo(LocalDate.of(2027, 3, 5));
            assertThat(closure.reason()).isEqualTo("Umzug des Büros");
        });
        ListItem item = _get(ListItem.class, spec -> spec.withClasses("closure"));
        assertThat(item.getElement().getTextRecursively()).startsWith("01.03.2027 bis 05.03.2027: Umzug des Büros");

        _click(_get(item, Button.class, spec -> spec.withText("Entfernen")));
        assertThat(office("blomberg").closures()).isEmpty();
        _assertOne(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("Es sind keine Schließtage eingetragen."));
    }

    @Test
    void an_invalid_postcode_is_shown_at_the_field_and_nothing_is_saved() {
        openOffice("detmold");

        TextField postcode = _get(TextField.class, spec -> spec.withLabel("Postleitzahl"));
        _setValue(postcode, "3275");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Kreishaus Detmold (neu)");
        _click(_get(Button.class, spec -> spec.withText("Angaben speichern")));

        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).isEqualTo("Bitte geben Sie eine deutsche Postleitzahl mit 5 Ziffern ein.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue())
                .isEqualTo("Kreishaus Detmold (neu)");
        assertThat(office("detmold").settings().postcode()).isEqualTo("32756");
        assertThat(office("detmold").settings().name()).isEqualTo("Kreishaus Detmold");
    }

    @Test
    void a_change_by_someone_else_meanwhile_is_refused_with_a_reload() {
        openOffice("lemgo");
        OfficeAdministration.OfficeDetails seen = office("lemgo");
        TestSecurity.actingAs(context, TestSecurity.staffMember("other.admin", "ADMIN"),
                () -> administration.updateOffice("lemgo", seen.version(), new OfficeAdministration.OfficeSettings(
                        seen.settings().name(), seen.settings().street(), seen.settings().postcode(),
                        seen.settings().city(), seen.settings().accessibilityDe(), seen.settings().accessibilityEn(),
                        seen.settings().active(), seen.settings().sortOrder() + 10, seen.settings().typeIds()),
                        java.util.Locale.GERMAN));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Ort")), "Lemgo (Hanse)");
        _click(_get(Button.class, spec -> spec.withText("Angaben speichern")));

        ProblemArea problem = _get(ProblemArea.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.text()).startsWith("Der Standort wurde inzwischen von jemand anderem geändert.");
        _click(_get(problem, Button.class, spec -> spec.withText("Neu laden")));
        _click(_get(Button.class, spec -> spec.withText("Angaben speichern")));
        assertThat(problem.isVisible()).isFalse();
    }

    @Test
    void an_administrator_edits_an_appointment_type() {
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate(OfficesView.ROUTE);
        @SuppressWarnings("unchecked")
        Grid<OfficeAdministration.TypeDetails> types = _find(Grid.class).stream()
                .filter(grid -> grid.getColumnByKey("duration") != null).findFirst().orElseThrow();
        List<String> ids = types.getListDataView().getItems().map(OfficeAdministration.TypeDetails::id).toList();
        int row = ids.indexOf("accelerated-procedure");
        ((Button) _getCellComponent(types, row, "edit")).click();
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withLabel("Dauer in Minuten")), 60);
        _click(_get(dialog, Button.class, spec -> spec.withText("Beratungsart speichern")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(TestSecurity.actingAs(context, TestSecurity.staffMember("admin", "ADMIN"), administration::types)
                .stream().filter(type -> type.id().equals("accelerated-procedure")).findFirst().orElseThrow()
                .settings().durationMinutes()).isEqualTo(60);
    }

    @Test
    void administrators_find_the_offices_in_the_navigation() {
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("staff");
        assertThat(_get(Anchor.class, spec -> spec.withText("Standorte")).getHref()).isEqualTo(OfficesView.ROUTE);
    }

    // ------------------------------------------------------------------ helpers

    private void openOffice(String id) {
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate(OfficesView.ROUTE);
        _get(OfficesView.class).edit(id);
    }

    private OfficeAdministration.OfficeDetails office(String id) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("admin", "ADMIN"), administration::offices)
                .stream().filter(office -> office.id().equals(id)).findFirst().orElseThrow();
    }
}
