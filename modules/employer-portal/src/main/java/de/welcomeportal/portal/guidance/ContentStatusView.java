package de.welcomeportal.portal.guidance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.staff.AuditLog;
import de.welcomeportal.portal.staff.Role;
import de.welcomeportal.portal.staff.StaffLayout;

/**
 * For editors: what the portal has read from the content files, which files have problems (file, line, what is
 * wrong), and a button that reads the files again, so a corrected figure applies at once without a restart.
 */
@Route(value = ContentStatusView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({Role.EDITOR_ROLE, Role.ADMIN_ROLE})
class ContentStatusView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "editor/content";

    private final GuidanceCatalog catalog;
    private final ContentBootstrap bootstrap;
    private final AuditLog auditLog;
    private final PageTitles titles;
    private final H1 heading = new H1();
    private final Paragraph summary = new Paragraph();
    private final H2 problemsHeading = new H2();
    private final UnorderedList problems = new UnorderedList();
    private final Paragraph noProblems = new Paragraph();
    private final Button reload = new Button();
    private final H2 magnoliaHeading = new H2();
    private final Paragraph magnoliaStatus = new Paragraph();
    private final MagnoliaSync magnolia;
    private final MagnoliaProperties magnoliaProperties;

    ContentStatusView(GuidanceCatalog catalog, ContentBootstrap bootstrap, AuditLog auditLog, PageTitles titles,
                      MagnoliaSync magnolia, MagnoliaProperties magnoliaProperties) {
        this.magnolia = magnolia;
        this.magnoliaProperties = magnoliaProperties;
        this.catalog = catalog;
        this.bootstrap = bootstrap;
        this.auditLog = auditLog;
        this.titles = titles;
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(click -> reload());
        problems.setId("content-problems");
        magnoliaStatus.getElement().setAttribute("role", "status");
        add(heading, summary, reload, problemsHeading, noProblems, problems, magnoliaHeading, magnoliaStatus);
    }

    private void reload() {
        GuidanceStore.ImportReport report = bootstrap.reload();
        auditLog.record("content.reloaded", "content", "problems=" + catalog.problems().size() + ", updated="
                + report.updated() + ", conflicts=" + report.conflicts().size());
        render();
        Notification.show(getTranslation("guidance.status.reloaded"), 5000, Notification.Position.TOP_CENTER);
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("guidance.status.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("guidance.status.title"));
        reload.setText(getTranslation("guidance.status.reload"));
        problemsHeading.setText(getTranslation("guidance.status.problems"));
        noProblems.setText(getTranslation("guidance.status.no-problems"));
        render();
    }

    private void render() {
        summary.setText(getTranslation("guidance.status.summary", catalog.size(), catalog.figures().size()));
        problems.removeAll();
        catalog.problems().forEach(problem -> problems.add(new ListItem(problem)));
        magnoliaHeading.setText(getTranslation("guidance.status.magnolia"));
        if (!magnoliaProperties.enabled()) {
            magnoliaStatus.setText(getTranslation("guidance.status.magnolia-off"));
        } else {
            String fetched = magnolia.lastFetch().map(fetch -> getTranslation("guidance.status.magnolia-fetched",
                    fetch.fetchedAt().toString(), fetch.itemCount())).orElse(getTranslation("guidance.status.magnolia-never"));
            String error = magnolia.lastError().map(failure -> " " + getTranslation("guidance.status.magnolia-error",
                    failure.at().toString(), failure.message())).orElse("");
            magnoliaStatus.setText(fetched + error);
        }
        noProblems.setVisible(catalog.problems().isEmpty());
    }
}
