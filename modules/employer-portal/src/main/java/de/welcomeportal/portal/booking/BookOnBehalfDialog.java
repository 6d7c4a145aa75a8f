package de.welcomeportal.portal.booking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * Booking for a caller: type, form, day and one of its free times, and the caller's details; the e-mail address is
 * optional (with one, the caller gets the confirmation). The booking is confirmed at once. When the time was taken
 * meanwhile, the next free times are named and everything typed stays.
 */
final class BookOnBehalfDialog extends Dialog {

    private final BookingService service;
    private final BookingViews.OfficeSummary office;
    private final AgendaLabels labels;
    private final Consumer<BookingViews.Receipt> booked;
    private final Select<BookingViews.TypeSummary> type = new Select<>();
    private final Select<AppointmentMode> mode = new Select<>();
    private final DatePicker day = new DatePicker();
    private final Select<BookingViews.FreeTime> time = new Select<>();
    private final TextField name = new TextField();
    private final TextField company = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextArea topic = new TextArea();
    private final TextField precheckReference = new TextField();
    private final ProblemArea problem = new ProblemArea(this::loadTimes);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    BookOnBehalfDialog(BookingService service, BookingViews.OfficeSummary office, LocalDate firstDay,
                       AgendaLabels labels, DatePicker.DatePickerI18n dateTexts,
                       Consumer<BookingViews.Receipt> booked) {
        this.service = service;
        this.office = office;
        this.labels = labels;
        this.booked = booked;
        addClassName("book-on-behalf");
        setHeaderTitle(labels.text("booking.staff.book.title", office.name()));

        type.setLabel(labels.text("booking.staff.book.type"));
        type.setItemLabelGenerator(value -> labels.text("booking.staff.book.type-item", value.name(),
                value.durationMinutes()));
        type.setItems(office.types());
        mode.setLabel(labels.text("booking.staff.book.mode"));
        mode.setItemLabelGenerator(labels::mode);
        day.setLabel(labels.text("booking.staff.book.day"));
        day.setLocale(labels.locale());
        day.setI18n(dateTexts);
        time.setLabel(labels.text("booking.staff.book.time"));
        time.setItemLabelGenerator(value -> labels.text("booking.staff.book.time-item", labels.time(value.start()),
                value.free(), value.capacity()));
        name.setLabel(labels.text("booking.staff.book.name"));
        name.setMaxLength(200);
        company.setLabel(labels.text("booking.staff.book.company"));
        company.setMaxLength(200);
        email.setLabel(labels.text("booking.staff.book.email"));
        email.setHelperText(labels.text("booking.staff.book.email-help"));
        email.setMaxLength(254);
        phone.setLabel(labels.text("booking.staff.book.phone"));
        phone.setMaxLength(30);
        topic.setLabel(labels.text("booking.staff.book.topic"));
        topic.setMaxLength(1000);
        topic.setWidthFull();
        precheckReference.setLabel(labels.text("booking.staff.book.precheck"));
        precheckReference.setHelperText(labels.text("booking.staff.book.precheck-help"));
        precheckReference.setMaxLength(20);

        fields.put("type", type);
        fields.put("mode", mode);
        fields.put("start", time);
        fields.put("name", name);
        fields.put("company", company);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("topic", topic);
        fields.put("precheckReference", precheckReference);
        fields.put("office", type);
        for (HasValidation field : List.of(type, mode, day, time, name, company, email, phone, topic,
                precheckReference)) {
            field.setManualValidation(true); // the service checks; its messages are shown at the fields
        }
        type.setRequiredIndicatorVisible(true);
        mode.setRequiredIndicatorVisible(true);
        time.setRequiredIndicatorVisible(true);
        day.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        company.setRequiredIndicatorVisible(true);
        topic.setRequiredIndicatorVisible(true);

        type.addValueChangeListener(change -> {
            BookingViews.TypeSummary chosen = change.getValue();
            mode.setItems(chosen == null ? List.of() : chosen.modes());
            if (chosen != null && !chosen.modes().isEmpty()) {
                mode.setValue(chosen.modes().getFirst());
            }
            loadTimes();
        });
        day.addValueChangeListener(change -> loadTimes());
        day.setValue(firstDay);
        office.types().stream().findFirst().ifPresent(type::setValue);

        Button save = new Button(labels.text("booking.staff.book.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div when = new Div(type, mode, day, time);
        when.addClassName("dialog-fields");
        Div who = new Div(name, company, email, phone, precheckReference, topic);
        who.addClassName("dialog-fields");
        add(problem, when, who);
        getFooter().add(new Button(labels.text("booking.staff.dialog.back"), click -> close()), save);
        setWidth("min(48rem, 95vw)");
    }

    /** The free times of the chosen day for the chosen type; a closed day says why. */
    private void loadTimes() {
        BookingViews.FreeTime before = time.getValue();
        BookingViews.TypeSummary chosen = type.getValue();
        LocalDate wanted = day.getValue();
        time.setHelperText(null);
        if (chosen == null || wanted == null) {
            time.setItems(List.of());
            return;
        }
        try {
            List<BookingViews.Day> days = service.availabilityForStaff(office.id(), chosen.id(), wanted, wanted,
                    labels.locale());
            List<BookingViews.FreeTime> free = days.stream().flatMap(found -> found.times().stream())
                    .filter(candidate -> candidate.free() > 0).toList();
            time.setItems(free);
            if (before != null) {
                free.stream().filter(candidate -> candidate.start().equals(before.start())).findFirst()
                        .ifPresent(time::setValue);
            }
            String closed = days.stream().map(BookingViews.Day::closedReason).filter(reason -> reason != null)
                    .findFirst().orElse(null);
            if (closed != null) {
                time.setHelperText(labels.text("booking.staff.calendar.closed", closed));
            } else if (free.isEmpty()) {
                time.setHelperText(labels.text("booking.staff.book.no-time"));
            }
        } catch (InvalidRequestException e) {
            time.setItems(List.of());
            problem.showAtFields(e.problems(), fields);
        }
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        BookingViews.FreeTime chosenTime = time.getValue();
        BookingViews.TypeSummary chosenType = type.getValue();
        if (chosenTime == null) {
            time.setErrorMessage(labels.text("booking.staff.book.time-required"));
            time.setInvalid(true);
            time.focus();
            return;
        }
        BookingRequest request = new BookingRequest(office.id(), chosenType == null ? null : chosenType.id(),
                mode.getValue(), chosenTime.start(), name.getValue(), company.getValue(), blankToNull(email.getValue()),
                blankToNull(phone.getValue()), topic.getValue(), blankToNull(precheckReference.getValue()));
        try {
            BookingViews.Receipt receipt = service.bookOnBehalf(request, labels.locale());
            close();
            booked.accept(receipt);
        } catch (InvalidRequestException e) {
            problem.showAtFields(e.problems(), fields);
        } catch (SlotTakenException e) {
            String next = e.nextFreeTimes().stream()
                    .map(free -> labels.day(free.start().toLocalDate()) + " " + labels.time(free.start()))
                    .collect(Collectors.joining(", "));
            problem.show(next.isEmpty() ? labels.text("booking.staff.book.taken-none")
                    : labels.text("booking.staff.book.taken", next), false);
            loadTimes();
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
