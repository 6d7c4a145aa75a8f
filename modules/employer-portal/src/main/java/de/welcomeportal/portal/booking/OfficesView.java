package de.welcomeportal.portal.booking;

import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.staff.Role;
import de.welcomeportal.portal.staff.StaffLayout;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * Offices and appointment types for administrators: an office's name, address, accessibility notes and offered
 * types; its opening plan (slot length, capacity, buffer, booking window, weekly windows); its closures; and the
 * appointment types. Every change goes through {@link OfficeAdministration}, which validates, checks the version
 * seen here and audits it. A colleague's change in between is refused with a clear message and a reload button;
 * what was typed stays until then.
 */
@Route(value = OfficesView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(Role.ADMIN_ROLE)
class OfficesView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "admin/offices";

    private final OfficeAdministration administration;
    private final PageTitles titles;
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Grid<OfficeAdministration.OfficeDetails> offices = new Grid<>();
    private final Div editor = new Div();
    private final ProblemArea problem = new ProblemArea(this::reloadOffice);
    private final H2 editorHeading = new H2();
    // settings
    private final H2 settingsHeading = new H2();
    private final TextField name = new TextField();
    private final TextField street = new TextField();
    private final TextField postcode = new TextField();
    private final TextField city = new TextField();
    private final TextArea accessibilityDe = new TextArea();
    private final TextArea accessibilityEn = new TextArea();
    private final Checkbox active = new Checkbox();
    private final IntegerField sortOrder = new IntegerField();
    private final CheckboxGroup<String> typeIds = new CheckboxGroup<>();
    private final Button saveSettings = new Button();
    private final Map<String, HasValidation> settingsFields = new LinkedHashMap<>();
    // plan
    private final H2 planHeading = new H2();
    private final IntegerField slotMinutes = new IntegerField();
    private final IntegerField capacity = new IntegerField();
    private final IntegerField buffer = new IntegerField();
    private final IntegerField earliestHours = new IntegerField();
    private final IntegerField latestDays = new IntegerField();
    private final Paragraph windowsLabel = new Paragraph();
    private final Div windows = new Div();
    private final List<WindowRow> windowRows = new ArrayList<>();
    private final Button addWindow = new Button();
    private final Button savePlan = new Button();
    private final Map<String, HasValidation> planFields = new LinkedHashMap<>();
    // closures
    private final H2 closuresHeading = new H2();
    private final UnorderedList closureList = new UnorderedList();
    private final Paragraph noClosures = new Paragraph();
    private final DatePicker closureFirst = new DatePicker();
    private final DatePicker closureLast = new DatePicker();
    private final TextField closureReason = new TextField();
    private final Button addClosure = new Button();
    // types
    private final H2 typesHeading = new H2();
    private final Grid<OfficeAdministration.TypeDetails> types = new Grid<>();
    private final Button newType = new Button();
    private Locale locale = Locale.GERMAN;
    private List<OfficeAdministration.TypeDetails> typeList = List.of();
    private OfficeAdministration.@Nullable OfficeDetails current;
    private final Button newOffice = new Button();
    private final TextField officeId = new TextField();
    private final Section planSection = new Section();
    private final Section closuresSection = new Section();
    /** The editor shows a new office that is not stored yet: only its settings can be saved, which creates it. */
    private boolean creating;

    OfficesView(OfficeAdministration administration, PageTitles titles) {
        this.administration = administration;
        this.titles = titles;
        addClassName("offices-admin");
        offices.setAllRowsVisible(true);
        offices.addItemClickListener(click -> edit(click.getItem().id()));
        types.setAllRowsVisible(true);

        for (TextField field : List.of(name, street, city)) {
            field.setMaxLength(200);
            field.setRequiredIndicatorVisible(true);
        }
        postcode.setMaxLength(5);
        postcode.setRequiredIndicatorVisible(true);
        for (TextArea area : List.of(accessibilityDe, accessibilityEn)) {
            area.setMaxLength(1000);
            area.setWidthFull();
            area.setRequiredIndicatorVisible(true);
        }
        officeId.setMaxLength(40);
        officeId.setRequiredIndicatorVisible(true);
        officeId.setVisible(false);
        settingsFields.put("id", officeId);
        newOffice.addClickListener(click -> startNewOffice());
        settingsFields.put("name", name);
        settingsFields.put("street", street);
        settingsFields.put("postcode", postcode);
        settingsFields.put("city", city);
        settingsFields.put("accessibilityDe", accessibilityDe);
        settingsFields.put("accessibilityEn", accessibilityEn);
        settingsFields.put("sortOrder", sortOrder);
        settingsFields.put("typeIds", typeIds);
        settingsFields.values().forEach(field -> field.setManualValidation(true));
        saveSettings.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSettings.addClickListener(click -> saveSettings());

        planFields.put("slotMinutes", slotMinutes);
        planFields.put("capacity", capacity);
        planFields.put("bufferMinutes", buffer);
        planFields.put("earliestHoursAhead", earliestHours);
        planFields.put("latestDaysAhead", latestDays);
        planFields.values().forEach(field -> field.setManualValidation(true));
        for (IntegerField field : List.of(slotMinutes, capacity, buffer, earliestHours, latestDays)) {
            field.setStepButtonsVisible(true);
            field.setRequiredIndicatorVisible(true);
        }
        addWindow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addWindow.addClickListener(click -> addWindowRow(null));
        savePlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savePlan.addClickListener(click -> savePlan());
        windows.addClassName("window-rows");

        closureLast.setClearButtonVisible(true);
        closureReason.setMaxLength(200);
        for (HasValidation field : List.of(closureFirst, closureLast, closureReason)) {
            field.setManualValidation(true);
        }
        addClosure.addClickListener(click -> addClosure());
        closureList.addClassName("closures");

        newType.addClickListener(click -> openTypeDialog(null));

        Section settings = new Section(settingsHeading, new Div(officeId, name, street, postcode, city),
                new Div(accessibilityDe, accessibilityEn), new Div(active, sortOrder), typeIds, saveSettings);
        Section plan = planSection;
        plan.add(planHeading, new Div(slotMinutes, capacity, buffer, earliestHours, latestDays),
                windowsLabel, windows, addWindow, savePlan);
        Section closures = closuresSection;
        closures.add(closuresHeading, noClosures, closureList,
                new Div(closureFirst, closureLast, closureReason, addClosure));
        for (Section section : List.of(settings, plan, closures)) {
            section.addClassName("admin-section");
        }
        editor.add(editorHeading, problem, settings, plan, closures);
        editor.addClassName("office-editor");
        editor.setVisible(false);
        Section typeSection = new Section(typesHeading, newType, types);
        typeSection.addClassName("admin-section");
        add(heading, intro, newOffice, offices, editor, typeSection);
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("booking.admin.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        locale = event.getLocale();
        heading.setText(getTranslation("booking.admin.title"));
        intro.setText(getTranslation("booking.admin.intro"));
        offices.setAriaLabel(getTranslation("booking.admin.offices"));
        settingsHeading.setText(getTranslation("booking.admin.settings.title"));
        newOffice.setText(getTranslation("booking.admin.office.new"));
        officeId.setLabel(getTranslation("booking.admin.office.id"));
        officeId.setHelperText(getTranslation("booking.admin.office.id-help"));
        name.setLabel(getTranslation("booking.admin.office.name"));
        street.setLabel(getTranslation("booking.admin.office.street"));
        postcode.setLabel(getTranslation("booking.admin.office.postcode"));
        city.setLabel(getTranslation("booking.admin.office.city"));
        accessibilityDe.setLabel(getTranslation("booking.admin.office.accessibility-de"));
        accessibilityEn.setLabel(getTranslation("booking.admin.office.accessibility-en"));
        active.setLabel(getTranslation("booking.admin.office.active"));
        sortOrder.setLabel(getTranslation("booking.admin.office.sort-order"));
        sortOrder.setHelperText(getTranslation("booking.admin.office.sort-order-help"));
        typeIds.setLabel(getTranslation("booking.admin.office.types"));
        saveSettings.setText(getTranslation("booking.admin.settings.save"));
        planHeading.setText(getTranslation("booking.admin.plan.title"));
        slotMinutes.setLabel(getTranslation("booking.admin.plan.slot-minutes"));
        capacity.setLabel(getTranslation("booking.admin.plan.capacity"));
        capacity.setHelperText(getTranslation("booking.admin.plan.capacity-help"));
        buffer.setLabel(getTranslation("booking.admin.plan.buffer"));
        earliestHours.setLabel(getTranslation("booking.admin.plan.earliest-hours"));
        latestDays.setLabel(getTranslation("booking.admin.plan.latest-days"));
        windowsLabel.setText(getTranslation("booking.admin.plan.windows"));
        addWindow.setText(getTranslation("booking.admin.window.add"));
        savePlan.setText(getTranslation("booking.admin.plan.save"));
        closuresHeading.setText(getTranslation("booking.admin.closures.title"));
        noClosures.setText(getTranslation("booking.admin.closures.none"));
        closureFirst.setLabel(getTranslation("booking.admin.closures.first"));
        closureLast.setLabel(getTranslation("booking.admin.closures.last"));
        closureLast.setHelperText(getTranslation("booking.admin.closures.last-help"));
        closureReason.setLabel(getTranslation("booking.admin.closures.reason"));
        closureReason.setHelperText(getTranslation("booking.admin.closures.reason-help"));
        for (DatePicker picker : List.of(closureFirst, closureLast)) {
            picker.setLocale(locale);
            picker.setI18n(datePickerTexts());
        }
        addClosure.setText(getTranslation("booking.admin.closures.add"));
        typesHeading.setText(getTranslation("booking.admin.types.title"));
        newType.setText(getTranslation("booking.admin.types.new"));
        types.setAriaLabel(getTranslation("booking.admin.types.title"));
        windowRows.forEach(WindowRow::localeChange);
        columns();
        load();
        OfficeAdministration.OfficeDetails shown = current;
        if (shown != null) {
            render(shown);
        }
    }

    private void columns() {
        offices.removeAllColumns();
        offices.addColumn(office -> office.settings().name()).setKey("name")
                .setHeader(getTranslation("booking.admin.office.name")).setFlexGrow(2);
        offices.addColumn(office -> office.settings().city()).setKey("city")
                .setHeader(getTranslation("booking.admin.office.city")).setFlexGrow(1);
        offices.addColumn(office -> getTranslation(office.settings().active() ? "booking.admin.active.yes"
                : "booking.admin.active.no")).setKey("active")
                .setHeader(getTranslation("booking.admin.office.active")).setFlexGrow(0).setWidth("7rem");
        offices.addColumn(office -> office.plan().capacity()).setKey("capacity")
                .setHeader(getTranslation("booking.admin.plan.capacity")).setFlexGrow(0).setWidth("8rem");
        offices.addColumn(office -> hours(office.plan().windows())).setKey("hours")
                .setHeader(getTranslation("booking.admin.plan.windows")).setFlexGrow(3);
        offices.addComponentColumn(office -> {
            Button edit = new Button(getTranslation("booking.admin.office.edit"), click -> edit(office.id()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("booking.admin.office.edit-for", office.settings().name()));
            return edit;
        }).setKey("edit").setFlexGrow(0).setWidth("8rem");

        types.removeAllColumns();
        types.addColumn(OfficeAdministration.TypeDetails::id).setKey("id")
                .setHeader(getTranslation("booking.admin.type.id")).setFlexGrow(1);
        types.addColumn(type -> "en".equals(locale.getLanguage()) ? type.settings().nameEn()
                : type.settings().nameDe()).setKey("name").setHeader(getTranslation("booking.admin.type.name"))
                .setFlexGrow(2);
        types.addColumn(type -> getTranslation("booking.admin.type.minutes", type.settings().durationMinutes()))
                .setKey("duration").setHeader(getTranslation("booking.admin.type.duration")).setFlexGrow(0)
                .setWidth("8rem");
        types.addColumn(type -> type.settings().modes().stream().sorted()
                        .map(mode -> getTranslation("booking.mode." + mode.key())).collect(Collectors.joining(", ")))
                .setKey("modes").setHeader(getTranslation("booking.admin.type.modes")).setFlexGrow(1);
        types.addColumn(type -> getTranslation(type.settings().active() ? "booking.admin.active.yes"
                : "booking.admin.active.no")).setKey("active")
                .setHeader(getTranslation("booking.admin.type.active")).setFlexGrow(0).setWidth("7rem");
        types.addComponentColumn(type -> {
            Button edit = new Button(getTranslation("booking.admin.type.edit"), click -> openTypeDialog(type));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("booking.admin.type.edit-for", type.id()));
            return edit;
        }).setKey("edit").setFlexGrow(0).setWidth("8rem");
    }

    private String hours(List<OpeningPlan.Window> planWindows) {
        return planWindows.isEmpty() ? AgendaLabels.NONE : planWindows.stream()
                .map(window -> getTranslation("booking.admin.window.summary",
                        window.day().getDisplayName(TextStyle.SHORT, locale), window.opens(), window.closes()))
                .collect(Collectors.joining(", "));
    }

    private void load() {
        offices.setItems(administration.offices());
        typeList = administration.types();
        types.setItems(typeList);
        typeIds.setItems(typeList.stream().map(OfficeAdministration.TypeDetails::id).toList());
        typeIds.setItemLabelGenerator(id -> typeList.stream().filter(type -> type.id().equals(id)).findFirst()
                .map(type -> "en".equals(locale.getLanguage()) ? type.settings().nameEn() : type.settings().nameDe())
                .orElse(id));
    }

    // ------------------------------------------------------------------ the editor

    /** Opens an office in the editor with what is stored now. */
    void edit(String officeId) {
        administration.offices().stream().filter(office -> office.id().equals(officeId)).findFirst()
                .ifPresent(office -> {
                    problem.clear();
                    creating = false;
                    this.officeId.setVisible(false);
                    planSection.setVisible(true);
                    closuresSection.setVisible(true);
                    current = office;
                    render(office);
                    editor.setVisible(true);
                    name.focus();
                });
    }

    /**
     * The office as stored now. Read afresh after a closure was added or removed: the details the service returns
     * from that transaction may still show the closures as they were before.
     */
    private OfficeAdministration.OfficeDetails stored(String officeId) {
        return administration.offices().stream().filter(office -> office.id().equals(officeId)).findFirst()
                .orElseThrow(BookingNotFoundException::new);
    }

    private void reloadOffice() {
        OfficeAdministration.OfficeDetails shown = current;
        load();
        if (shown != null) {
            edit(shown.id());
        }
    }

    private void render(OfficeAdministration.OfficeDetails office) {
        editorHeading.setText(getTranslation("booking.admin.office.edit-title", office.settings().name()));
        renderSettings(office.settings());
        renderPlan(office.plan());
        renderClosures(office);
    }

    private void renderSettings(OfficeAdministration.OfficeSettings settings) {
        settingsFields.values().forEach(field -> field.setInvalid(false));
        name.setValue(settings.name());
        street.setValue(settings.street());
        postcode.setValue(settings.postcode());
        city.setValue(settings.city());
        accessibilityDe.setValue(settings.accessibilityDe());
        accessibilityEn.setValue(settings.accessibilityEn());
        active.setValue(settings.active());
        sortOrder.setValue(settings.sortOrder());
        typeIds.setValue(settings.typeIds());
    }

    private void renderPlan(OfficeAdministration.PlanSettings plan) {
        planFields.values().forEach(field -> field.setInvalid(false));
        slotMinutes.setValue(plan.slotMinutes());
        capacity.setValue(plan.capacity());
        buffer.setValue(plan.bufferMinutes());
        earliestHours.setValue(plan.earliestHoursAhead());
        latestDays.setValue(plan.latestDaysAhead());
        windows.removeAll();
        windowRows.clear();
        plan.windows().forEach(this::addWindowRow);
    }

    private void renderClosures(OfficeAdministration.OfficeDetails office) {
        closureList.removeAll();
        for (OfficeAdministration.ClosureDetails closure : office.closures()) {
            String text = closure.first().equals(closure.last())
                    ? getTranslation("booking.admin.closures.single", day(closure.first()), closure.reason())
                    : getTranslation("booking.admin.closures.range", day(closure.first()), day(closure.last()),
                            closure.reason());
            Button remove = new Button(getTranslation("booking.admin.closures.remove"),
                    click -> removeClosure(closure));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("booking.admin.closures.remove-for", text));
            ListItem item = new ListItem(new Span(text), remove);
            item.addClassName("closure");
            closureList.add(item);
        }
        closureList.setVisible(!office.closures().isEmpty());
        noClosures.setVisible(office.closures().isEmpty());
    }

    private void addWindowRow(OpeningPlan.@Nullable Window window) {
        WindowRow row = new WindowRow(window);
        windowRows.add(row);
        windows.add(row);
    }

    // ------------------------------------------------------------------ saving

    /** Opens the editor for an office that does not exist yet; saving its settings creates it. */
    void startNewOffice() {
        problem.clear();
        current = null;
        creating = true;
        settingsFields.values().forEach(field -> field.setInvalid(false));
        officeId.clear();
        name.clear();
        street.clear();
        postcode.clear();
        city.clear();
        accessibilityDe.clear();
        accessibilityEn.clear();
        active.setValue(true);
        sortOrder.setValue(0);
        typeIds.setValue(new LinkedHashSet<>(typeList.stream().map(OfficeAdministration.TypeDetails::id).toList()));
        officeId.setVisible(true);
        planSection.setVisible(false);
        closuresSection.setVisible(false);
        editorHeading.setText(getTranslation("booking.admin.office.new-title"));
        editor.setVisible(true);
        officeId.focus();
    }

    private void saveSettings() {
        OfficeAdministration.OfficeSettings settings = new OfficeAdministration.OfficeSettings(name.getValue(),
                street.getValue(), postcode.getValue().strip(), city.getValue(), accessibilityDe.getValue(),
                accessibilityEn.getValue(), active.getValue(), sortOrder.getValue() == null ? -1 : sortOrder.getValue(),
                new LinkedHashSet<>(typeIds.getValue()));
        if (creating) {
            try {
                OfficeAdministration.OfficeDetails created = administration.createOffice(officeId.getValue().strip(),
                        settings, locale);
                creating = false;
                officeId.setVisible(false);
                planSection.setVisible(true);
                closuresSection.setVisible(true);
                load();
                edit(created.id());
                saved();
            } catch (InvalidRequestException e) {
                problem.showAtFields(e.problems(), settingsFields);
            }
            return;
        }
        OfficeAdministration.OfficeDetails seen = current;
        if (seen == null) {
            return;
        }
        try {
            current = administration.updateOffice(seen.id(), seen.version(), settings, locale);
            problem.clear();
            settingsFields.values().forEach(field -> field.setInvalid(false));
            editorHeading.setText(getTranslation("booking.admin.office.edit-title", settings.name()));
            offices.setItems(administration.offices());
            saved();
        } catch (InvalidRequestException e) {
            problem.showAtFields(e.problems(), settingsFields);
        } catch (BookingStateException e) {
            changedMeanwhile();
        } catch (BookingNotFoundException e) {
            gone();
        }
    }

    private void savePlan() {
        OfficeAdministration.OfficeDetails seen = current;
        if (seen == null) {
            return;
        }
        planFields.values().forEach(field -> field.setInvalid(false));
        boolean complete = true;
        for (IntegerField field : List.of(slotMinutes, capacity, buffer, earliestHours, latestDays)) {
            if (field.getValue() == null) {
                field.setErrorMessage(getTranslation("booking.admin.number-required"));
                field.setInvalid(true);
                complete = false;
            }
        }
        List<OpeningPlan.Window> planWindows = new ArrayList<>();
        for (WindowRow row : windowRows) {
            row.clearProblem();
            OpeningPlan.@Nullable Window window = row.window();
            if (window == null) {
                complete = false;
            } else {
                planWindows.add(window);
            }
        }
        if (!complete) {
            return;
        }
        OfficeAdministration.PlanSettings plan = new OfficeAdministration.PlanSettings(slotMinutes.getValue(),
                capacity.getValue(), buffer.getValue(), earliestHours.getValue(), latestDays.getValue(),
                planWindows);
        Map<String, HasValidation> fields = new LinkedHashMap<>(planFields);
        for (int i = 0; i < windowRows.size(); i++) {
            fields.put("windows[" + i + "]", windowRows.get(i).closes);
        }
        try {
            OfficeAdministration.OfficeDetails saved = administration.updatePlan(seen.id(), seen.version(), plan,
                    locale);
            current = saved;
            problem.clear();
            renderPlan(saved.plan());
            offices.setItems(administration.offices());
            saved();
        } catch (InvalidRequestException e) {
            problem.showAtFields(e.problems(), fields);
        } catch (BookingStateException e) {
            changedMeanwhile();
        } catch (BookingNotFoundException e) {
            gone();
        }
    }

    private void addClosure() {
        OfficeAdministration.OfficeDetails seen = current;
        if (seen == null) {
            return;
        }
        Map<String, HasValidation> fields = Map.of("first", closureFirst, "last", closureLast, "reason",
                closureReason);
        fields.values().forEach(field -> field.setInvalid(false));
        LocalDate first = closureFirst.getValue();
        if (first == null) {
            closureFirst.setErrorMessage(getTranslation("booking.admin.closures.first-required"));
            closureFirst.setInvalid(true);
            return;
        }
        LocalDate last = closureLast.getValue() == null ? first : closureLast.getValue();
        try {
            administration.addClosure(seen.id(), first, last, closureReason.getValue().strip(), locale);
            OfficeAdministration.OfficeDetails saved = stored(seen.id());
            current = saved;
            problem.clear();
            renderClosures(saved);
            closureFirst.clear();
            closureLast.clear();
            closureReason.clear();
            saved();
        } catch (InvalidRequestException e) {
            problem.showAtFields(e.problems(), fields);
        } catch (BookingNotFoundException e) {
            gone();
        }
    }

    private void removeClosure(OfficeAdministration.ClosureDetails closure) {
        OfficeAdministration.OfficeDetails seen = current;
        if (seen == null) {
            return;
        }
        try {
            administration.removeClosure(seen.id(), closure.id());
            OfficeAdministration.OfficeDetails saved = stored(seen.id());
            current = saved;
            problem.clear();
            renderClosures(saved);
            saved();
        } catch (BookingNotFoundException e) {
            gone();
        }
    }

    private void changedMeanwhile() {
        problem.show(getTranslation("booking.admin.problem.changed"), true);
    }

    private void gone() {
        // the editor closes, so the message cannot stay in it
        Notification.show(getTranslation("booking.admin.problem.not-found"), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        problem.clear();
        current = null;
        editor.setVisible(false);
        load();
    }

    private void saved() {
        Notification.show(getTranslation("booking.admin.saved"), 3000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    // ------------------------------------------------------------------ appointment types

    private void openTypeDialog(OfficeAdministration.@Nullable TypeDetails type) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(type == null ? getTranslation("booking.admin.types.new")
                : getTranslation("booking.admin.type.edit-for", type.id()));
        TextField id = new TextField(getTranslation("booking.admin.type.id"));
        id.setHelperText(getTranslation("booking.admin.type.id-help"));
        id.setMaxLength(40);
        TextField nameDe = new TextField(getTranslation("booking.admin.type.name-de"));
        TextField nameEn = new TextField(getTranslation("booking.admin.type.name-en"));
        TextArea descriptionDe = new TextArea(getTranslation("booking.admin.type.description-de"));
        TextArea descriptionEn = new TextArea(getTranslation("booking.admin.type.description-en"));
        IntegerField duration = new IntegerField(getTranslation("booking.admin.type.duration-minutes"));
        duration.setStepButtonsVisible(true);
        CheckboxGroup<AppointmentMode> modes = new CheckboxGroup<>(getTranslation("booking.admin.type.modes"));
        modes.setItems(AppointmentMode.values());
        modes.setItemLabelGenerator(mode -> getTranslation("booking.mode." + mode.key()));
        Checkbox typeActive = new Checkbox(getTranslation("booking.admin.type.active"));
        IntegerField typeOrder = new IntegerField(getTranslation("booking.admin.office.sort-order"));
        for (TextField field : List.of(nameDe, nameEn)) {
            field.setMaxLength(120);
        }
        for (TextArea area : List.of(descriptionDe, descriptionEn)) {
            area.setMaxLength(1000);
            area.setWidthFull();
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("nameDe", nameDe);
        fields.put("nameEn", nameEn);
        fields.put("descriptionDe", descriptionDe);
        fields.put("descriptionEn", descriptionEn);
        fields.put("durationMinutes", duration);
        fields.put("modes", modes);
        fields.put("sortOrder", typeOrder);
        fields.values().forEach(field -> field.setManualValidation(true));
        if (type == null) {
            duration.setValue(30);
            modes.setValue(EnumSet.allOf(AppointmentMode.class));
            typeActive.setValue(true);
            typeOrder.setValue(typeList.size() + 1);
        } else {
            id.setValue(type.id());
            id.setReadOnly(true);
            nameDe.setValue(type.settings().nameDe());
            nameEn.setValue(type.settings().nameEn());
            descriptionDe.setValue(type.settings().descriptionDe());
            descriptionEn.setValue(type.settings().descriptionEn());
            duration.setValue(type.settings().durationMinutes());
            modes.setValue(type.settings().modes());
            typeActive.setValue(type.settings().active());
            typeOrder.setValue(type.settings().sortOrder());
        }
        ProblemArea dialogProblem = new ProblemArea(() -> {
            load();
            dialog.close();
        });
        Button save = new Button(getTranslation("booking.admin.type.save"), click -> {
            OfficeAdministration.TypeSettings settings = new OfficeAdministration.TypeSettings(nameDe.getValue(),
                    nameEn.getValue(), descriptionDe.getValue(), descriptionEn.getValue(),
                    duration.getValue() == null ? 0 : duration.getValue(),
                    modes.getValue().isEmpty() ? EnumSet.noneOf(AppointmentMode.class) : EnumSet.copyOf(modes.getValue()),
                    typeActive.getValue(), typeOrder.getValue() == null ? -1 : typeOrder.getValue());
            try {
                administration.saveType(id.getValue().strip(), type == null ? null : type.version(), settings, locale);
                dialog.close();
                load();
                saved();
            } catch (InvalidRequestException e) {
                dialogProblem.showAtFields(e.problems(), fields);
            } catch (BookingStateException e) {
                dialogProblem.show(getTranslation("booking.admin.problem.type-changed"), true);
            } catch (BookingNotFoundException e) {
                dialogProblem.show(getTranslation("booking.admin.problem.not-found"), false);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div content = new Div(id, nameDe, nameEn, descriptionDe, descriptionEn, duration, modes, typeActive,
                typeOrder);
        content.addClassName("dialog-fields");
        dialog.add(dialogProblem, content);
        dialog.getFooter().add(new Button(getTranslation("booking.admin.dialog.cancel"), click -> dialog.close()),
                save);
        dialog.setWidth("min(44rem, 95vw)");
        dialog.open();
    }

    // ------------------------------------------------------------------ helpers

    private String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern(
                "de".equals(locale.getLanguage()) ? "dd.MM.yyyy" : "d MMM yyyy", locale));
    }

    private DatePicker.DatePickerI18n datePickerTexts() {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(1)
                .setDateFormat("de".equals(locale.getLanguage()) ? "dd.MM.yyyy" : "yyyy-MM-dd")
                .setToday(getTranslation("booking.staff.date.today"))
                .setCancel(getTranslation("booking.staff.date.cancel"));
    }

    /** One weekly opening window: day, from, to, and a button to remove the row. */
    private final class WindowRow extends Div {
        private final Select<DayOfWeek> day = new Select<>();
        private final TimePicker opens = new TimePicker();
        private final TimePicker closes = new TimePicker();
        private final Button remove = new Button();

        WindowRow(OpeningPlan.@Nullable Window window) {
            addClassName("window-row");
            day.setItems(DayOfWeek.values());
            for (TimePicker picker : List.of(opens, closes)) {
                picker.setStep(Duration.ofMinutes(15));
                picker.setManualValidation(true);
            }
            day.setManualValidation(true);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.addClickListener(click -> {
                windowRows.remove(this);
                windows.remove(this);
            });
            if (window != null) {
                day.setValue(window.day());
                opens.setValue(window.opens());
                closes.setValue(window.closes());
            } else {
                day.setValue(DayOfWeek.MONDAY);
                opens.setValue(LocalTime.of(9, 0));
                closes.setValue(LocalTime.of(12, 0));
            }
            localeChange();
            add(day, opens, closes, remove);
        }

        void localeChange() {
            day.setLabel(getTranslation("booking.admin.window.day"));
            day.setItemLabelGenerator(value -> value.getDisplayName(TextStyle.FULL, locale));
            opens.setLabel(getTranslation("booking.admin.window.opens"));
            closes.setLabel(getTranslation("booking.admin.window.closes"));
            opens.setLocale(locale);
            closes.setLocale(locale);
            remove.setText(getTranslation("booking.admin.window.remove"));
        }

        void clearProblem() {
            day.setInvalid(false);
            opens.setInvalid(false);
            closes.setInvalid(false);
        }

        /** The window as entered, or {@code null} with the missing field marked. */
        OpeningPlan.@Nullable Window window() {
            boolean complete = true;
            if (day.getValue() == null) {
                day.setErrorMessage(getTranslation("booking.admin.window.day-required"));
                day.setInvalid(true);
                complete = false;
            }
            for (TimePicker picker : List.of(opens, closes)) {
                if (picker.getValue() == null) {
                    picker.setErrorMessage(getTranslation("booking.admin.window.time-required"));
                    picker.setInvalid(true);
                    complete = false;
                }
            }
            return complete ? new OpeningPlan.Window(day.getValue(), opens.getValue(), closes.getValue()) : null;
        }
    }
}
