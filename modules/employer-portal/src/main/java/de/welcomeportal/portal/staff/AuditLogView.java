package de.welcomeportal.portal.staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import de.welcomeportal.portal.site.PageTitles;

/** The audit log for administrators: who did what, when, newest first, filterable by action. */
@Route(value = AuditLogView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(Role.ADMIN_ROLE)
class AuditLogView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "admin/audit";
    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Berlin");

    private final PageTitles titles;
    private final H1 heading = new H1();
    private final TextField actionFilter = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditLogView(PageTitles titles, AuditLog auditLog) {
        this.titles = titles;
        actionFilter.setValueChangeMode(ValueChangeMode.LAZY);
        actionFilter.setClearButtonVisible(true);
        actionFilter.setMaxLength(64);
        actionFilter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.setItems(query -> auditLog.newestFirst(actionFilter.getValue().strip(), query.getPage(),
                        query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, auditLog.count(actionFilter.getValue().strip())));
        add(heading, actionFilter, grid);
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("staff.audit.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("staff.audit.title"));
        actionFilter.setLabel(getTranslation("staff.audit.filter"));
        actionFilter.setHelperText(getTranslation("staff.audit.filter-help"));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(event.getLocale()).withZone(PORTAL_ZONE);
        grid.removeAllColumns();
        grid.addColumn(entry -> format.format(entry.occurredAt())).setHeader(getTranslation("staff.audit.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("staff.audit.who")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("staff.audit.what")).setAutoWidth(true);
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("staff.audit.target")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("staff.audit.detail")).setFlexGrow(1);
    }
}
