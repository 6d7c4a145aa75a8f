package de.welcomeportal.portal.precheck;

import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.staff.Role;
import de.welcomeportal.portal.staff.StaffLayout;

/**
 * The caseworkers' queue of pre-checks: how many are in each status, filters, and a lazy grid sorted in the
 * database. A row opens the case; the reference in each row is also a link, for the keyboard and for new tabs.
 */
@Route(value = ReviewQueueView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(Role.STAFF_ROLE)
class ReviewQueueView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "staff/prechecks";
    /** The statuses staff see, in the order of the workflow. */
    static final List<CaseStatus> STAFF_STATUSES = Arrays.stream(CaseStatus.values())
            .filter(CaseStatus::isVisibleToStaff).toList();
    /** Grid column keys that can be sorted, and the case file property each sorts by. */
    private static final Map<String, String> SORT_PROPERTIES = Map.of(
            "reference", "reference", "status", "status", "company", "companyName",
            "candidate", "candidateFamilyName", "submitted", "confirmedAt", "changed", "statusChangedAt",
            "assignee", "assignee");

    private final PrecheckService service;
    private final PageTitles titles;
    private final String currentUser;
    private final H1 heading = new H1();
    private final Paragraph counts = new Paragraph();
    private final MultiSelectComboBox<CaseStatus> statuses = new MultiSelectComboBox<>();
    private final DatePicker submittedFrom = new DatePicker();
    private final DatePicker submittedTo = new DatePicker();
    private final ComboBox<Pathway> pathway = new ComboBox<>();
    private final Checkbox mine = new Checkbox();
    private final TextField assignee = new TextField();
    private final TextField office = new TextField();
    private final TextField search = new TextField();
    private final Button reset = new Button();
    private final Grid<PrecheckViews.QueueEntry> grid = new Grid<>();
    private CaseLabels labels = new CaseLabels(this::getTranslation, Locale.GERMAN);

    ReviewQueueView(PrecheckService service, PageTitles titles, AuthenticationContext authentication) {
        this.service = service;
        this.titles = titles;
        this.currentUser = authentication.getPrincipalName().orElse("");
        addClassName("review-queue");
        counts.addClassName("queue-counts");
        counts.getElement().setAttribute("aria-live", "polite");

        statuses.setItems(STAFF_STATUSES);
        statuses.setItemLabelGenerator(status -> labels.status(status));
        pathway.setItems(Pathway.values());
        pathway.setItemLabelGenerator(value -> labels.pathway(value));
        pathway.setClearButtonVisible(true);
        submittedFrom.setClearButtonVisible(true);
        submittedTo.setClearButtonVisible(true);
        for (TextField field : List.of(assignee, office, search)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.setMaxLength(100);
        }
        mine.addValueChangeListener(change -> assignee.setEnabled(!change.getValue()));
        statuses.addValueChangeListener(change -> refresh());
        submittedFrom.addValueChangeListener(change -> {
            submittedTo.setMin(change.getValue());
            refresh();
        });
        submittedTo.addValueChangeListener(change -> {
            submittedFrom.setMax(change.getValue());
            refresh();
        });
        pathway.addValueChangeListener(change -> refresh());
        mine.addValueChangeListener(change -> refresh());
        assignee.addValueChangeListener(change -> refresh());
        office.addValueChangeListener(change -> refresh());
        search.addValueChangeListener(change -> refresh());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(click -> resetFilters());

        grid.setItems(query -> service.queue(filter(), query.getPage(), query.getPageSize(),
                        sortFrom(query.getSortOrders())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, service.count(filter())));
        grid.setMultiSort(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(click -> {
            // the reference column holds a link, which navigates by itself
            if (click.getColumn() == null || !"reference".equals(click.getColumn().getKey())) {
                open(click.getItem().reference());
            }
        });
        grid.addClassName("queue-grid");

        Div filters = new Div(search, statuses, submittedFrom, submittedTo, pathway, mine, assignee, office, reset);
        filters.addClassName("queue-filters");
        add(heading, counts, filters, grid);
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("precheck.staff.queue.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        labels = new CaseLabels(this::getTranslation, event.getLocale());
        heading.setText(getTranslation("precheck.staff.queue.title"));
        search.setLabel(getTranslation("precheck.staff.queue.search"));
        search.setHelperText(getTranslation("precheck.staff.queue.search-help"));
        statuses.setLabel(getTranslation("precheck.staff.queue.filter.status"));
        submittedFrom.setLabel(getTranslation("precheck.staff.queue.filter.from"));
        submittedTo.setLabel(getTranslation("precheck.staff.queue.filter.to"));
        pathway.setLabel(getTranslation("precheck.staff.queue.filter.pathway"));
        mine.setLabel(getTranslation("precheck.staff.queue.filter.mine"));
        assignee.setLabel(getTranslation("precheck.staff.queue.filter.assignee"));
        assignee.setHelperText(getTranslation("precheck.staff.queue.filter.assignee-help"));
        office.setLabel(getTranslation("precheck.staff.queue.filter.office"));
        reset.setText(getTranslation("precheck.staff.queue.reset"));
        grid.setAriaLabel(getTranslation("precheck.staff.queue.grid"));
        for (DatePicker picker : List.of(submittedFrom, submittedTo)) {
            picker.setLocale(event.getLocale());
            picker.setI18n(datePickerTexts(event.getLocale()));
        }
        // the item labels are generated in the new language on the next render
        statuses.getDataProvider().refreshAll();
        pathway.getDataProvider().refreshAll();
        columns();
        refresh();
    }

    private void columns() {
        grid.removeAllColumns();
        // Fixed widths for the short columns, the rest shares what is left; long texts wrap.
        grid.addComponentColumn(entry -> {
                    Anchor link = new Anchor(CaseReviewView.path(entry.reference()), entry.reference());
                    link.getElement().setAttribute("router-link", true);
                    link.setAriaLabel(getTranslation("precheck.staff.queue.open", entry.reference()));
                    return link;
                })
                .setKey("reference").setHeader(getTranslation("precheck.staff.queue.column.reference"))
                .setSortProperty("reference").setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(entry -> labels.status(entry.status())).setKey("status")
                .setHeader(getTranslation("precheck.staff.queue.column.status")).setSortProperty("status")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(entry -> CaseLabels.orNone(entry.companyName())).setKey("company")
                .setHeader(getTranslation("precheck.staff.queue.column.company")).setSortProperty("company")
                .setWidth("10rem").setFlexGrow(1);
        grid.addColumn(entry -> CaseLabels.orNone(entry.candidateName())).setKey("candidate")
                .setHeader(getTranslation("precheck.staff.queue.column.candidate")).setSortProperty("candidate")
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(entry -> labels.pathway(entry.pathway())).setKey("pathway")
                .setHeader(getTranslation("precheck.staff.queue.column.pathway")).setWidth("11rem").setFlexGrow(2);
        grid.addColumn(entry -> CaseLabels.orNone(entry.assignee())).setKey("assignee")
                .setHeader(getTranslation("precheck.staff.queue.column.assignee")).setSortProperty("assignee")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(entry -> labels.dateTime(entry.confirmedAt())).setKey("submitted")
                .setHeader(getTranslation("precheck.staff.queue.column.submitted")).setSortProperty("submitted")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(entry -> labels.dateTime(entry.statusChangedAt())).setKey("changed")
                .setHeader(getTranslation("precheck.staff.queue.column.changed")).setSortProperty("changed")
                .setWidth("9.5rem").setFlexGrow(0);
    }

    PrecheckViews.QueueFilter filter() {
        Set<CaseStatus> chosen = statuses.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(statuses.getValue());
        String who = mine.getValue() ? currentUser : blankToNull(assignee.getValue());
        return new PrecheckViews.QueueFilter(chosen, blankToNull(office.getValue()), submittedFrom.getValue(),
                submittedTo.getValue(), pathway.getValue(), who, blankToNull(search.getValue()));
    }

    /** Vaadin's sort orders as a database sort; unknown columns are ignored, never passed on. */
    static Sort sortFrom(List<QuerySortOrder> orders) {
        List<Sort.Order> sort = new ArrayList<>();
        for (QuerySortOrder order : orders) {
            String property = SORT_PROPERTIES.get(order.getSorted());
            if (property != null) {
                sort.add(order.getDirection() == SortDirection.DESCENDING ? Sort.Order.desc(property)
                        : Sort.Order.asc(property));
            }
        }
        if (sort.isEmpty()) {
            return Sort.unsorted(); // the service's default: last changed first
        }
        // equal values (a status, a day) keep a stable order from page to page
        return sort.stream().anyMatch(order -> order.getProperty().equals("reference")) ? Sort.by(sort)
                : Sort.by(sort).and(Sort.by("reference"));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        Map<CaseStatus, Long> byStatus = service.countsByStatus();
        counts.setText(STAFF_STATUSES.stream()
                .map(status -> getTranslation("precheck.staff.queue.count", labels.status(status),
                        byStatus.getOrDefault(status, 0L)))
                .collect(Collectors.joining(" · ")));
    }

    private void resetFilters() {
        statuses.clear();
        submittedFrom.clear();
        submittedTo.clear();
        pathway.clear();
        mine.clear();
        assignee.clear();
        office.clear();
        search.clear();
    }

    private void open(String reference) {
        getUI().ifPresent(ui -> ui.navigate(CaseReviewView.path(reference)));
    }

    private DatePicker.DatePickerI18n datePickerTexts(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                // DateFormatSymbols counts Sunday as 1 and leaves index 0 empty; the picker wants Sunday first
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(first.getValue() % 7)
                .setToday(getTranslation("precheck.staff.date.today"))
                .setCancel(getTranslation("precheck.staff.date.cancel"));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
