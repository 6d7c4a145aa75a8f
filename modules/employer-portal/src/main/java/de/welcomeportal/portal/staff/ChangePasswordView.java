package de.welcomeportal.portal.staff;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import de.welcomeportal.portal.site.PageTitles;

/** Every staff member chooses their own password here; required after an administrator set one. */
@Route(value = ChangePasswordView.ROUTE, layout = StaffLayout.class)
@PermitAll
class ChangePasswordView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "staff/password";

    private final PageTitles titles;
    private final AccountService accounts;
    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();
    private final PasswordField current = new PasswordField();
    private final PasswordField chosen = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Button save = new Button();

    ChangePasswordView(PageTitles titles, AccountService accounts) {
        this.titles = titles;
        this.accounts = accounts;
        addClassName("narrow-form");
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        chosen.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        current.setRequiredIndicatorVisible(true);
        chosen.setRequiredIndicatorVisible(true);
        repeated.setRequiredIndicatorVisible(true);
        chosen.setMaxLength(AccountRules.MAX_PASSWORD_LENGTH);
        repeated.setMaxLength(AccountRules.MAX_PASSWORD_LENGTH);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(heading, explanation, current, chosen, repeated, save);
    }

    private void save() {
        current.setInvalid(false);
        chosen.setInvalid(false);
        repeated.setInvalid(false);
        if (current.isEmpty()) {
            showError(current, getTranslation("staff.password.error.current-required"));
            return;
        }
        if (chosen.getValue().length() < AccountRules.MIN_PASSWORD_LENGTH) {
            showError(chosen, getTranslation("staff.password.error.too-weak", AccountRules.MIN_PASSWORD_LENGTH));
            return;
        }
        if (!chosen.getValue().equals(repeated.getValue())) {
            showError(repeated, getTranslation("staff.password.error.mismatch"));
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), chosen.getValue());
        } catch (AccountException refused) {
            PasswordField field = refused.messageKey().equals("staff.password.error.current-wrong") ? current : chosen;
            showError(field, getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        current.clear();
        chosen.clear();
        repeated.clear();
        Notification.show(getTranslation("staff.password.changed"), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(StaffHomeView.class);
    }

    private static void showError(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("staff.password.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("staff.password.title"));
        explanation.setText(getTranslation("staff.password.explanation", AccountRules.MIN_PASSWORD_LENGTH));
        current.setLabel(getTranslation("staff.password.current"));
        chosen.setLabel(getTranslation("staff.password.new"));
        chosen.setHelperText(getTranslation("staff.password.new-help", AccountRules.MIN_PASSWORD_LENGTH));
        repeated.setLabel(getTranslation("staff.password.repeat"));
        save.setText(getTranslation("staff.password.save"));
    }
}
