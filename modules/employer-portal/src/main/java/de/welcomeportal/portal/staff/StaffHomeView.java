package de.welcomeportal.portal.staff;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import de.welcomeportal.portal.site.PageTitles;

/** Where staff land after login: what their roles let them do here. */
@Route(value = StaffHomeView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({Role.STAFF_ROLE, Role.EDITOR_ROLE, Role.ADMIN_ROLE})
class StaffHomeView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "staff";

    private final PageTitles titles;
    private final AuthenticationContext authentication;
    private final H1 heading = new H1();
    private final Div roles = new Div();

    StaffHomeView(PageTitles titles, AuthenticationContext authentication) {
        this.titles = titles;
        this.authentication = authentication;
        add(heading, roles);
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("staff.home.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("staff.home.heading", authentication.getPrincipalName().orElse("")));
        roles.removeAll();
        for (Role role : Role.values()) {
            if (authentication.hasRole(role.name())) {
                roles.add(new Paragraph(getTranslation("staff.home.role." + role.name().toLowerCase())));
            }
        }
    }
}
