package de.welcomeportal.portal.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.site.EmbedLayout;
import de.welcomeportal.portal.site.LegalPages;
import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.site.PublicLayout;
import de.welcomeportal.portal.webapi.ApiRequests;
import de.welcomeportal.portal.webapi.FieldProblem;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * Booking an advice appointment, on one page in four parts that open one after the other: the office (with its
 * address and how accessible it is), the kind of advice and its form, the day and time ({@link SlotPicker}), and the
 * contact details with a short privacy notice. After each choice the focus moves to the heading of the next part.
 *
 * <p>The time is held for the employer until the e-mail address is confirmed through the link in the mail (double
 * opt-in); the page says so, with the time the hold ends. When someone else took the time a moment before, the page
 * says so next to the button and offers the next free times; nothing typed is lost. A day without a free place
 * offers the waiting list instead.
 */
@Route(value = BookingView.ROUTE, layout = PublicLayout.class)
@RouteAlias(value = "embed/" + BookingView.ROUTE, layout = EmbedLayout.class)
@StyleSheet("portal/booking.css")
@AnonymousAllowed
class BookingView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "booking";
    static final String PRECHECK_PARAMETER = "precheck";

    private enum State { FORM, BOOKED, WAITING }

    /** A contact field: the name of its value in the request, and its label. */
    private record ContactField(String name, AbstractField<?, ?> component, boolean required, String labelKey,
                                @Nullable String helperKey) {

        HasValidationProperties validation() {
            return (HasValidationProperties) component;
        }
    }

    private final BookingService service;
    private final BookingProperties properties;
    private final ApiRequests validation;
    private final PageTitles titles;

    private final Div form = new Div();
    private final Div done = new Div();
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Div errorSummary = new Div();

    private final H2 officeHeading = heading2();
    private final RadioButtonGroup<String> officeGroup = new RadioButtonGroup<>();
    private final Section typeSection = new Section();
    private final H2 typeHeading = heading2();
    private final RadioButtonGroup<String> typeGroup = new RadioButtonGroup<>();
    private final RadioButtonGroup<AppointmentMode> modeGroup = new RadioButtonGroup<>();
    private final Section timeSection = new Section();
    private final H2 timeHeading = heading2();
    private final SlotPicker picker;
    private final Section contactSection = new Section();
    private final H2 contactHeading = heading2();
    private final Paragraph chosenLine = new Paragraph();
    private final Paragraph waitingIntro = new Paragraph();
    private final Paragraph requiredHint = new Paragraph();
    private final Map<String, ContactField> fields = new LinkedHashMap<>();
    private final TextField precheckReference = new TextField();
    private final Paragraph privacyText = new Paragraph();
    private final Div takenNotice = new Div();
    private final Button submit = new Button();
    private final Button backToTimes = new Button();

    private Map<String, BookingViews.OfficeSummary> offices = new LinkedHashMap<>();
    private State state = State.FORM;
    private @Nullable LocalDate waitingDay;
    private BookingViews.@Nullable Receipt receipt;
    private List<FieldProblem> shownProblems = List.of();
    private boolean embedded;
    /** Set while the choices are filled in anew, so that doing so does not count as a choice. */
    private boolean updating;

    BookingView(BookingService service, BookingProperties properties, ApiRequests validation, PageTitles titles,
                Clock clock) {
        this.service = service;
        this.properties = properties;
        this.validation = validation;
        this.titles = titles;
        this.picker = new SlotPicker(service, clock, properties);
        addClassName("booking-view");

        errorSummary.addClassName("precheck-error-summary");
        errorSummary.getElement().setAttribute("role", "alert");
        errorSummary.getElement().setAttribute("tabindex", "-1");
        errorSummary.setVisible(false);

        officeGroup.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        officeGroup.setRequiredIndicatorVisible(true);
        officeGroup.setManualValidation(true);
        officeGroup.addClassName("booking-offices");
        officeGroup.addValueChangeListener(event -> {
            if (!updating) {
                officeChosen(event.getValue());
            }
        });
        Section officeSection = new Section(officeHeading, officeGroup);

        typeGroup.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        typeGroup.setRequiredIndicatorVisible(true);
        typeGroup.setManualValidation(true);
        typeGroup.addClassName("booking-types");
        typeGroup.addValueChangeListener(event -> {
            if (!updating) {
                typeChosen();
            }
        });
        modeGroup.setRequiredIndicatorVisible(true);
        modeGroup.setManualValidation(true);
        modeGroup.setVisible(false);
        modeGroup.addValueChangeListener(event -> {
            if (!updating) {
                modeChosen();
            }
        });
        typeSection.add(typeHeading, typeGroup, modeGroup);
        typeSection.setVisible(false);

        picker.onTimeChosen(this::timeChosen);
        picker.onWaitingList(this::waitingListChosen);
        timeSection.add(timeHeading, picker);
        timeSection.setVisible(false);

        buildContactSection();
        contactSection.setVisible(false);

        for (Section section : List.of(officeSection, typeSection, timeSection, contactSection)) {
            section.addClassName("booking-section");
        }
        form.add(heading, intro, errorSummary, officeSection, typeSection, timeSection, contactSection);
        done.addClassName("booking-done");
        done.setVisible(false);
        add(form, done);
    }

    private static H2 heading2() {
        H2 heading = new H2();
        heading.getElement().setAttribute("tabindex", "-1");
        heading.addClassName("booking-step-heading");
        return heading;
    }

    private void buildContactSection() {
        chosenLine.addClassName("booking-chosen");
        waitingIntro.addClassName("precheck-notice");
        requiredHint.addClassName("precheck-hint");
        TextField name = register("name", new TextField(), 200, true, "booking.public.field.name", null);
        name.setAutocomplete(Autocomplete.NAME);
        TextField company = register("company", new TextField(), 200, true, "booking.public.field.company", null);
        company.setAutocomplete(Autocomplete.ORGANIZATION);
        EmailField email = register("email", new EmailField(), 254, true, "booking.public.field.email",
                "booking.public.field.email-help");
        email.setAutocomplete(Autocomplete.EMAIL);
        TextField phone = register("phone", new TextField(), 30, false, "booking.public.field.phone",
                "booking.public.field.phone-help");
        phone.setAutocomplete(Autocomplete.TEL);
        TextArea topic = register("topic", new TextArea(), 1000, true, "booking.public.field.topic",
                "booking.public.field.topic-help");
        topic.setWidthFull();
        register("precheckReference", precheckReference, 20, false, "booking.public.field.precheck",
                "booking.public.field.precheck-help");
        privacyText.addClassName("booking-privacy");
        takenNotice.setVisible(false);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        backToTimes.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        backToTimes.addClickListener(click -> leaveWaitingList());
        backToTimes.setVisible(false);
        Div buttons = new Div(submit, backToTimes);
        buttons.addClassName("precheck-buttons");
        Div fieldsBox = new Div();
        fields.values().forEach(field -> fieldsBox.add(field.component()));
        fieldsBox.addClassName("booking-fields");
        contactSection.add(contactHeading, chosenLine, waitingIntro, requiredHint, fieldsBox, privacyText,
                takenNotice, buttons);
    }

    private <C extends AbstractField<C, String> & HasValidationProperties> C register(
            String name, C component, int maxLength, boolean required, String labelKey, @Nullable String helperKey) {
        fields.put(name, new ContactField(name, component, required, labelKey, helperKey));
        component.setRequiredIndicatorVisible(required);
        component.getElement().setAttribute("data-field", name);
        component.getElement().setAttribute("maxlength", Integer.toString(maxLength));
        if (component instanceof TextField field) {
            field.setManualValidation(true);
            field.setMaxLength(maxLength);
        } else if (component instanceof EmailField field) {
            field.setManualValidation(true);
            field.setMaxLength(maxLength);
        } else if (component instanceof TextArea field) {
            field.setManualValidation(true);
            field.setMaxLength(maxLength);
        }
        component.addValueChangeListener(event -> {
            if (event.isFromClient() && component.isInvalid()) {
                component.setInvalid(false);
            }
        });
        return component;
    }

    // ------------------------------------------------------------------ navigation

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        embedded = event.getLocation().getPath().startsWith("embed/");
        state = State.FORM;
        receipt = null;
        event.getLocation().getQueryParameters().getSingleParameter(PRECHECK_PARAMETER)
                .map(String::strip)
                .filter(reference -> reference.length() <= 20)
                .ifPresent(precheckReference::setValue);
        loadOffices();
        render();
    }

    /** Loads the offices in the visitor's language; the choices made stay. */
    private void loadOffices() {
        String chosen = officeGroup.getValue();
        String type = typeGroup.getValue();
        AppointmentMode mode = modeGroup.getValue();
        offices = new LinkedHashMap<>();
        service.offices(getLocale()).forEach(office -> offices.put(office.id(), office));
        updating = true;
        try {
            officeGroup.setItems(List.copyOf(offices.keySet()));
            officeGroup.setRenderer(new ComponentRenderer<>(this::officeLabel));
            if (chosen != null && offices.containsKey(chosen)) {
                officeGroup.setValue(chosen);
            }
            relabelTypes(type);
            updateModes(mode);
        } finally {
            updating = false;
        }
    }

    private Component officeLabel(String id) {
        BookingViews.OfficeSummary office = offices.get(id);
        Div label = new Div();
        label.addClassName("booking-option");
        if (office == null) {
            return label;
        }
        Span name = new Span(office.name());
        name.addClassName("booking-option-name");
        Span address = new Span(getTranslation("booking.public.office.address", office.street(), office.postcode(),
                office.city()));
        address.addClassName("booking-option-detail");
        Span accessibility = new Span(getTranslation("booking.public.office.accessibility", office.accessibility()));
        accessibility.addClassName("booking-option-detail");
        label.add(name, address, accessibility);
        return label;
    }

    private Component typeLabel(String id) {
        Div label = new Div();
        label.addClassName("booking-option");
        type(id).ifPresent(type -> {
            Span name = new Span(getTranslation("booking.public.type.name", type.name(), type.durationMinutes()));
            name.addClassName("booking-option-name");
            Span description = new Span(type.description());
            description.addClassName("booking-option-detail");
            label.add(name, description);
        });
        return label;
    }

    private Optional<BookingViews.OfficeSummary> office() {
        return Optional.ofNullable(officeGroup.getValue()).map(offices::get);
    }

    private Optional<BookingViews.TypeSummary> type(@Nullable String id) {
        return office().flatMap(office -> office.types().stream().filter(type -> type.id().equals(id)).findFirst());
    }

    // ------------------------------------------------------------------ the steps

    private void officeChosen(@Nullable String officeId) {
        officeGroup.setInvalid(false);
        String type = typeGroup.getValue();
        AppointmentMode mode = modeGroup.getValue();
        updating = true;
        try {
            relabelTypes(type);
            updateModes(mode);
        } finally {
            updating = false;
        }
        typeSection.setVisible(officeId != null);
        if (typeGroup.getValue() != null && modeGroup.getValue() != null) {
            showTimes();
        } else {
            hideTimes();
        }
        if (officeId != null) {
            focus(typeHeading);
        }
    }

    /** The types of the chosen office; the chosen one stays if the office offers it. */
    private void relabelTypes(@Nullable String chosen) {
        List<String> ids = office().map(office -> office.types().stream().map(BookingViews.TypeSummary::id).toList())
                .orElse(List.of());
        typeGroup.setItems(ids);
        typeGroup.setRenderer(new ComponentRenderer<>(this::typeLabel));
        if (chosen != null && ids.contains(chosen)) {
            typeGroup.setValue(chosen);
        }
    }

    /** The forms the chosen type is offered in; the chosen one stays if offered, the only one is chosen. */
    private void updateModes(@Nullable AppointmentMode chosen) {
        Optional<BookingViews.TypeSummary> type = type(typeGroup.getValue());
        List<AppointmentMode> modes = type.map(BookingViews.TypeSummary::modes).orElse(List.of());
        modeGroup.setItems(modes);
        modeGroup.setItemLabelGenerator(value -> getTranslation("booking.mode." + value.key()));
        modeGroup.setVisible(type.isPresent());
        if (chosen != null && modes.contains(chosen)) {
            modeGroup.setValue(chosen);
        } else if (modes.size() == 1) {
            modeGroup.setValue(modes.getFirst());
        }
    }

    private void typeChosen() {
        typeGroup.setInvalid(false);
        AppointmentMode mode = modeGroup.getValue();
        updating = true;
        try {
            updateModes(mode);
        } finally {
            updating = false;
        }
        if (typeGroup.getValue() != null && modeGroup.getValue() != null) {
            showTimes();
            focus(timeHeading);
        } else {
            hideTimes();
        }
    }

    private void modeChosen() {
        modeGroup.setInvalid(false);
        if (typeGroup.getValue() != null && modeGroup.getValue() != null && !timeSection.isVisible()) {
            showTimes();
            focus(timeHeading);
        }
    }

    private void hideTimes() {
        timeSection.setVisible(false);
        waitingDay = null;
        updateContactSection();
    }

    private void showTimes() {
        String office = officeGroup.getValue();
        String type = typeGroup.getValue();
        if (office == null || type == null) {
            return;
        }
        timeSection.setVisible(true);
        picker.show(office, type);
        waitingDay = null;
        takenNotice.setVisible(false);
        updateContactSection();
    }

    private void timeChosen(BookingViews.FreeTime time) {
        boolean wasTaken = takenNotice.isVisible();
        takenNotice.setVisible(false);
        waitingDay = null;
        shownProblems = shownProblems.stream().filter(problem -> !"start".equals(problem.field())).toList();
        showSummaryOfErrors();
        updateContactSection();
        if (wasTaken) {
            submit.focus();
        } else {
            focus(contactHeading);
        }
    }

    private void waitingListChosen(LocalDate day) {
        waitingDay = day;
        takenNotice.setVisible(false);
        updateContactSection();
        focus(contactHeading);
    }

    private void leaveWaitingList() {
        waitingDay = null;
        updateContactSection();
        picker.focusWeek();
    }

    private void updateContactSection() {
        boolean waiting = waitingDay != null;
        contactSection.setVisible(waiting || (timeSection.isVisible() && picker.chosen() != null));
        precheckReference.setVisible(!waiting);
        backToTimes.setVisible(waiting);
        localizeContactSection();
    }

    private static void focus(Component target) {
        target.getElement().executeJs("this.focus()");
    }

    // ------------------------------------------------------------------ submitting

    private void submit() {
        takenNotice.setVisible(false);
        picker.setError(null);
        LocalDate day = waitingDay;
        try {
            if (day != null) {
                service.joinWaitingList(new WaitingListRequest(officeGroup.getValue(), typeGroup.getValue(),
                        modeGroup.getValue(), day, value("name"), value("company"), value("email"), value("phone"),
                        value("topic")), getLocale());
                state = State.WAITING;
            } else {
                BookingViews.FreeTime time = picker.chosen();
                receipt = service.book(new BookingRequest(officeGroup.getValue(), typeGroup.getValue(),
                        modeGroup.getValue(), time == null ? null : time.start(), value("name"), value("company"),
                        value("email"), value("phone"), value("topic"), value("precheckReference")), getLocale());
                state = State.BOOKED;
            }
            shownProblems = List.of();
            render();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            done.getChildren().findFirst().ifPresent(BookingView::focus);
        } catch (InvalidRequestException invalid) {
            showProblems(invalid.problems());
        } catch (SlotTakenException taken) {
            picker.refresh();
            takenNotice.removeAll();
            Div notice = picker.takenNotice(taken.nextFreeTimes());
            takenNotice.add(notice);
            takenNotice.setVisible(true);
            focus(notice);
        }
    }

    /** The text of a field; blank optional answers count as not given. */
    private @Nullable String value(String name) {
        ContactField field = fields.get(name);
        Object value = field == null ? null : field.component().getValue();
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            return field != null && field.required() ? text : null;
        }
        return text;
    }

    private void showProblems(List<FieldProblem> problems) {
        fields.values().forEach(field -> field.validation().setInvalid(false));
        for (RadioButtonGroup<?> group : List.of(officeGroup, typeGroup, modeGroup)) {
            group.setInvalid(false);
        }
        picker.setError(null);
        shownProblems = List.copyOf(problems);
        for (FieldProblem problem : problems) {
            HasValidationProperties target = switch (problem.field()) {
                case "office" -> officeGroup;
                case "type" -> typeGroup;
                case "mode" -> modeGroup;
                default -> fields.containsKey(problem.field()) ? fields.get(problem.field()).validation() : null;
            };
            if (target != null) {
                if (!target.isInvalid()) {
                    target.setErrorMessage(problem.message());
                    target.setInvalid(true);
                }
            } else if (!picker.hasError()) {
                picker.setError(problem.message());
            }
        }
        showSummaryOfErrors();
        focusFirstInvalid();
    }

    private void focusFirstInvalid() {
        for (RadioButtonGroup<?> group : List.of(officeGroup, typeGroup, modeGroup)) {
            if (group.isInvalid()) {
                focus(group);
                return;
            }
        }
        if (picker.hasError()) {
            picker.focusWeek();
            return;
        }
        fields.values().stream().filter(field -> field.component().isVisible() && field.validation().isInvalid())
                .findFirst()
                .ifPresentOrElse(field -> focus(field.component()), () -> focus(errorSummary));
    }

    /** At the top: how many answers need a correction, each named, so screen readers hear it at once. */
    private void showSummaryOfErrors() {
        errorSummary.removeAll();
        List<String> lines = new ArrayList<>();
        for (FieldProblem problem : shownProblems) {
            String label = labelOf(problem.field());
            String line = label.isEmpty() ? problem.message() : label + ": " + problem.message();
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        errorSummary.setVisible(!lines.isEmpty());
        if (!lines.isEmpty()) {
            Paragraph title = new Paragraph(getTranslation("booking.public.errors", lines.size()));
            title.addClassName("precheck-error-title");
            UnorderedList list = new UnorderedList();
            lines.forEach(line -> list.add(new ListItem(line)));
            errorSummary.add(title, list);
        }
    }

    private String labelOf(String field) {
        return switch (field) {
            case "office" -> getTranslation("booking.public.office.label");
            case "type" -> getTranslation("booking.public.type.label");
            case "mode" -> getTranslation("booking.public.mode.label");
            case "start", "day" -> getTranslation("booking.public.time.label");
            default -> fields.containsKey(field) ? getTranslation(fields.get(field).labelKey()) : "";
        };
    }

    // ------------------------------------------------------------------ rendering

    private void render() {
        form.setVisible(state == State.FORM);
        done.setVisible(state != State.FORM);
        done.removeAll();
        switch (state) {
            case FORM -> localizeForm();
            case BOOKED -> renderBooked();
            case WAITING -> renderWaiting();
        }
    }

    private void localizeForm() {
        heading.setText(getTranslation("booking.public.heading"));
        intro.setText(getTranslation("booking.public.intro"));
        officeHeading.setText(getTranslation("booking.public.office.heading"));
        officeGroup.setLabel(getTranslation("booking.public.office.label"));
        typeHeading.setText(getTranslation("booking.public.type.heading"));
        typeGroup.setLabel(getTranslation("booking.public.type.label"));
        modeGroup.setLabel(getTranslation("booking.public.mode.label"));
        timeHeading.setText(getTranslation("booking.public.time.heading"));
        contactHeading.setText(getTranslation("booking.public.contact.heading"));
        requiredHint.setText(getTranslation("booking.public.required-hint"));
        for (ContactField field : fields.values()) {
            String label = getTranslation(field.labelKey());
            if (field.component() instanceof HasLabel labelled) {
                labelled.setLabel(field.required() ? label : getTranslation("booking.public.optional", label));
            }
            if (field.helperKey() != null
                    && field.component() instanceof com.vaadin.flow.component.HasHelper helped) {
                helped.setHelperText(getTranslation(field.helperKey()));
            }
        }
        privacyText.removeAll();
        privacyText.add(getTranslation("booking.public.privacy", properties.retentionDays()) + " ");
        Anchor privacyLink = new Anchor(LegalPages.PRIVACY, getTranslation("booking.public.privacy-link"));
        privacyLink.setTarget("_blank");
        privacyText.add(privacyLink);
        backToTimes.setText(getTranslation("booking.public.waiting.back"));
        localizeContactSection();
        showSummaryOfErrors();
    }

    private void localizeContactSection() {
        LocalDate day = waitingDay;
        BookingViews.FreeTime time = picker.chosen();
        chosenLine.setVisible(day == null && time != null);
        if (time != null) {
            chosenLine.setText(getTranslation("booking.public.contact.chosen", describeChoice(),
                    picker.dateText(time.start()), picker.clockTime(time.start())));
        }
        waitingIntro.setVisible(day != null);
        if (day != null) {
            waitingIntro.setText(getTranslation("booking.public.waiting.intro", fullDate(day)));
        }
        submit.setText(getTranslation(day != null ? "booking.public.waiting.submit" : "booking.public.submit"));
    }

    /** "Erstberatung … per Video in Kreishaus Detmold". */
    private String describeChoice() {
        String office = office().map(BookingViews.OfficeSummary::name).orElse("");
        String type = type(typeGroup.getValue()).map(BookingViews.TypeSummary::name).orElse("");
        AppointmentMode mode = modeGroup.getValue();
        return getTranslation("booking.public.choice", type,
                mode == null ? "" : getTranslation("booking.mode." + mode.key()), office);
    }

    private void renderBooked() {
        BookingViews.Receipt booked = receipt;
        if (booked == null) {
            return;
        }
        H1 title = new H1(getTranslation("booking.public.booked.heading"));
        title.getElement().setAttribute("tabindex", "-1");
        Paragraph mail = new Paragraph(getTranslation("booking.public.booked.mail", value("email")));
        Paragraph confirm = new Paragraph(booked.holdExpiresAt() == null
                ? getTranslation("booking.public.booked.confirmed")
                : getTranslation("booking.public.booked.confirm", properties.holdDuration().toMinutes(),
                        picker.clockTime(booked.holdExpiresAt())));
        confirm.addClassName("precheck-notice");
        DescriptionList facts = new DescriptionList();
        fact(facts, "booking.public.booked.reference", booked.id());
        fact(facts, "booking.public.office.label", office().map(BookingViews.OfficeSummary::name).orElse(""));
        fact(facts, "booking.public.type.label", type(typeGroup.getValue()).map(BookingViews.TypeSummary::name)
                .orElse(""));
        AppointmentMode mode = modeGroup.getValue();
        if (mode != null) {
            fact(facts, "booking.public.mode.label", getTranslation("booking.mode." + mode.key()));
        }
        fact(facts, "booking.public.time.label", getTranslation("booking.public.time-range",
                picker.dateText(booked.start()), picker.clockTime(booked.start()), picker.clockTime(booked.end())));
        facts.addClassName("booking-facts");
        Paragraph manage = new Paragraph(getTranslation("booking.public.booked.manage") + " ");
        Anchor manageLink = new Anchor(booked.manageUrl().toASCIIString(),
                getTranslation("booking.public.booked.manage-link"));
        manageLink.addClassName("booking-manage-link");
        manage.add(manageLink);
        Paragraph noMail = new Paragraph(getTranslation("booking.public.booked.no-mail"));
        done.add(title, mail, confirm, facts, manage, noMail);
    }

    private void renderWaiting() {
        LocalDate day = waitingDay;
        H1 title = new H1(getTranslation("booking.public.waiting.done-heading"));
        title.getElement().setAttribute("tabindex", "-1");
        Paragraph text = new Paragraph(getTranslation("booking.public.waiting.done",
                day == null ? "" : fullDate(day), office().map(BookingViews.OfficeSummary::name).orElse(""),
                value("email"), properties.offerHoldDuration().toHours()));
        Paragraph again = new Paragraph();
        Anchor link = new Anchor((embedded ? "embed/" : "") + ROUTE, getTranslation("booking.public.book-another"));
        link.getElement().setAttribute("router-link", true);
        again.add(link);
        done.add(title, text, again);
    }

    private void fact(DescriptionList list, String termKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }

    private String fullDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(date);
    }

    // ------------------------------------------------------------------ language

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation(switch (state) {
            case FORM -> "booking.public.title";
            case BOOKED -> "booking.public.booked.title";
            case WAITING -> "booking.public.waiting.done-heading";
        }));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        loadOffices();
        relocalizeProblems();
        render();
    }

    /** Problems come localized from the validation: check again those that are shown, in the new language. */
    private void relocalizeProblems() {
        if (shownProblems.isEmpty()) {
            return;
        }
        Map<String, FieldProblem> fresh = new LinkedHashMap<>();
        try {
            BookingViews.FreeTime time = picker.chosen();
            OffsetDateTime start = time == null ? null : time.start();
            validation.validate(new BookingRequest(officeGroup.getValue(), typeGroup.getValue(),
                    modeGroup.getValue(), start, value("name"), value("company"), value("email"), value("phone"),
                    value("topic"), value("precheckReference")), getLocale());
        } catch (InvalidRequestException invalid) {
            invalid.problems().forEach(problem -> fresh.putIfAbsent(problem.field(), problem));
        }
        List<FieldProblem> kept = new ArrayList<>();
        for (FieldProblem shown : shownProblems) {
            FieldProblem again = fresh.get(shown.field());
            if (again != null) {
                kept.add(again);
            } else if (!fields.containsKey(shown.field())) {
                kept.add(shown);
            }
        }
        showProblemsQuietly(kept);
    }

    private void showProblemsQuietly(List<FieldProblem> problems) {
        fields.values().forEach(field -> field.validation().setInvalid(false));
        shownProblems = List.copyOf(problems);
        for (FieldProblem problem : problems) {
            ContactField field = fields.get(problem.field());
            if (field != null) {
                field.validation().setErrorMessage(problem.message());
                field.validation().setInvalid(true);
            }
        }
    }
}
