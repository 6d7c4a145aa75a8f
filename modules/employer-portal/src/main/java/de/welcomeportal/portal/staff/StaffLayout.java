package de.welcomeportal.portal.staff;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.site.LanguageSwitch;
import de.welcomeportal.portal.site.NavigationMenu;
import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.site.SiteProperties;

/**
 * The frame of the staff area: who is logged in, the staff navigation (what each role may open), logout.
 * Staff who still use a password an administrator handed out are sent to change it first.
 */
@PermitAll
public class StaffLayout extends Div implements RouterLayout, BeforeEnterObserver, LocaleChangeObserver {

    private final AuthenticationContext authentication;
    private final AccountService accounts;
    private final NavigationMenu navigation = new NavigationMenu("staff.nav.label");
    private final Main main = new Main();
    private final Span user = new Span();
    private final Button logout = new Button();
    private @Nullable HasElement content;

    public StaffLayout(AuthenticationContext authentication, AccountService accounts, SiteProperties site) {
        this.authentication = authentication;
        this.accounts = accounts;
        addClassName("portal-frame");
        addClassName("staff-frame");

        navigation.link(StaffHomeView.ROUTE, "staff.nav.home");
        if (authentication.hasRole(Role.STAFF_ROLE)) {
            // by path, not by class: the pre-check module uses this layout, so it must not be referenced here
            navigation.link("staff/prechecks", "staff.nav.prechecks");
            // by path, not by class: the booking module uses this layout, so it must not be referenced here
            navigation.link("staff/appointments", "booking.staff.nav.appointments");
        }
        if (authentication.hasRole(Role.ADMIN_ROLE)) {
            navigation.link(AccountsView.ROUTE, "staff.nav.accounts").link(AuditLogView.ROUTE, "staff.nav.audit");
            // by path, not by class: the notification module uses this layout, so it must not be referenced here
            navigation.link("admin/outbox", "staff.nav.outbox");
            // by path, not by class: the booking module uses this layout, so it must not be referenced here
            navigation.link("admin/offices", "booking.admin.nav.offices");
        }
        if (authentication.hasAnyRole(Role.EDITOR_ROLE, Role.ADMIN_ROLE)) {
            // by path, not by class: the guidance module uses this layout, so it must not be referenced here
            navigation.link("editor/guidance", "staff.nav.guidance");
            navigation.link("editor/content", "staff.nav.content");
        }
        navigation.link(ChangePasswordView.ROUTE, "staff.nav.password");
        navigation.addClassName("main-navigation");

        user.setText(authentication.getPrincipalName().orElse(""));
        user.addClassName("staff-user");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> authentication.logout());

        Anchor logo = new Anchor(StaffHomeView.ROUTE, site.logoText());
        logo.addClassName("portal-logo");
        logo.getElement().setAttribute("router-link", true);
        Div bar = new Div(logo, user, logout, new LanguageSwitch());
        bar.addClassName("portal-bar");
        Header header = new Header(bar, navigation);
        header.addClassName("portal-header");

        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("portal-main");
        add(header, main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != ChangePasswordView.class && accounts.currentUserMustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement newContent) {
        main.removeAll();
        main.getElement().appendChild(newContent.getElement());
        content = newContent;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        logout.setText(getTranslation("staff.logout"));
        user.getElement().setAttribute("title", getTranslation("staff.logged-in-as"));
        PageTitles.renameAfterLanguageSwitch(() -> content);
    }

}
