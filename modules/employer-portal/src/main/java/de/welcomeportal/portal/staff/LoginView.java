package de.welcomeportal.portal.staff;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.site.PublicLayout;

/**
 * Login for Welcome-Center staff. The failure message is the same for a wrong password, an unknown or
 * disabled account and a temporary lock, so it reveals nothing about which accounts exist.
 */
@Route(value = "login", layout = PublicLayout.class)
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final PageTitles titles;
    private final H1 heading = new H1();
    private final Paragraph hint = new Paragraph();
    private final LoginForm form = new LoginForm();

    LoginView(PageTitles titles) {
        this.titles = titles;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(heading, hint, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("staff.login.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("staff.login.title"));
        hint.setText(getTranslation("staff.login.hint"));
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("staff.login.form-title"));
        texts.setUsername(getTranslation("staff.login.username"));
        texts.setPassword(getTranslation("staff.login.password"));
        texts.setSubmit(getTranslation("staff.login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("staff.login.error.title"));
        error.setMessage(getTranslation("staff.login.error.message"));
        error.setUsername(getTranslation("staff.login.error.username-required"));
        error.setPassword(getTranslation("staff.login.error.password-required"));
        form.setI18n(i18n);
    }
}
