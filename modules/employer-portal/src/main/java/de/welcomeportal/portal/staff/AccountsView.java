package de.welcomeportal.portal.staff;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import de.welcomeportal.portal.site.PageTitles;

/**
 * Administration of staff accounts: list, create, change roles, reset passwords (shown once), disable and
 * enable. Every action is written to the audit log by {@link AccountService}.
 */
@Route(value = AccountsView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(Role.ADMIN_ROLE)
class AccountsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "admin/accounts";

    private final PageTitles titles;
    private final AccountService accounts;
    private final H1 heading = new H1();
    private final Button create = new Button();
    private final Grid<AccountSummary> grid = new Grid<>();

    AccountsView(PageTitles titles, AccountService accounts) {
        this.titles = titles;
        this.accounts = accounts;
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> openCreateDialog());
        grid.setItems(query -> accounts.list(query.getPage(), query.getPageSize()).stream(),
                query -> (int) accounts.count());
        grid.setAllRowsVisible(true);
        add(heading, create, grid);
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("staff.accounts.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("staff.accounts.title"));
        create.setText(getTranslation("staff.accounts.create"));
        grid.removeAllColumns();
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("staff.account.username")).setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("staff.account.display-name"))
                .setAutoWidth(true);
        grid.addColumn(account -> roleNames(account.roles())).setHeader(getTranslation("staff.account.roles"))
                .setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("staff.account.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("staff.account.actions")).setAutoWidth(true);
        grid.getDataProvider().refreshAll();
    }

    private String status(AccountSummary account) {
        if (!account.enabled()) {
            return getTranslation("staff.account.status.disabled");
        }
        if (account.lockedNow()) {
            return getTranslation("staff.account.status.locked");
        }
        return account.passwordChangeRequired() ? getTranslation("staff.account.status.password-pending")
                : getTranslation("staff.account.status.active");
    }

    private String roleNames(Set<Role> roles) {
        return roles.stream().sorted()
                .map(role -> getTranslation("staff.role." + role.name().toLowerCase()))
                .collect(Collectors.joining(", "));
    }

    private Div actions(AccountSummary account) {
        Button roles = smallButton("staff.accounts.edit-roles", account, () -> openRolesDialog(account));
        Button reset = smallButton("staff.accounts.reset-password", account,
                () -> act(() -> showOneTimePassword(account.username(), accounts.resetPassword(account.username()))));
        Button toggle = account.enabled()
                ? smallButton("staff.accounts.disable", account, () -> act(() -> accounts.disable(account.username())))
                : smallButton("staff.accounts.enable", account, () -> act(() -> accounts.enable(account.username())));
        Div actions = new Div(roles, reset, toggle);
        actions.addClassName("row-actions");
        return actions;
    }

    private Button smallButton(String key, AccountSummary account, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        // The visible text is the same in every row; the accessible name says which account it acts on.
        button.setAriaLabel(getTranslation(key + ".for", account.username()));
        return button;
    }

    private void act(Runnable action) {
        try {
            action.run();
            grid.getDataProvider().refreshAll();
        } catch (AccountException refused) {
            error(refused);
        }
    }

    private void error(AccountException refused) {
        Notification.show(getTranslation(refused.messageKey(), refused.arguments()), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.accounts.create"));
        TextField username = new TextField(getTranslation("staff.account.username"));
        username.setHelperText(getTranslation("staff.account.username-help"));
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(64);
        TextField displayName = new TextField(getTranslation("staff.account.display-name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(AccountRules.MAX_DISPLAY_NAME_LENGTH);
        CheckboxGroup<Role> roles = roleChoice(EnumSet.of(Role.STAFF));
        Button save = new Button(getTranslation("staff.accounts.save"), click -> {
            username.setInvalid(false);
            displayName.setInvalid(false);
            roles.setInvalid(false);
            if (!AccountRules.isValidUsername(AccountRules.normalizeUsername(username.getValue()))) {
                invalid(username, "staff.account.error.username-invalid");
            } else if (!AccountRules.isValidDisplayName(displayName.getValue())) {
                invalid(displayName, "staff.account.error.display-name-invalid");
            } else if (roles.getValue().isEmpty()) {
                roles.setErrorMessage(getTranslation("staff.account.error.roles-empty"));
                roles.setInvalid(true);
            } else {
                try {
                    String password = accounts.create(username.getValue(), displayName.getValue(), roles.getValue());
                    dialog.close();
                    grid.getDataProvider().refreshAll();
                    showOneTimePassword(AccountRules.normalizeUsername(username.getValue()), password);
                } catch (AccountException refused) {
                    invalid(refused.messageKey().contains("display-name") ? displayName : username,
                            refused.messageKey(), refused.arguments());
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.accounts.cancel"), click -> dialog.close());
        dialog.add(new Div(username, displayName, roles));
        dialog.getFooter().add(cancel, save);
        dialog.open();
        username.focus();
    }

    private void invalid(TextField field, String key, Object... arguments) {
        field.setErrorMessage(getTranslation(key, arguments));
        field.setInvalid(true);
        field.focus();
    }

    private void openRolesDialog(AccountSummary account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.accounts.edit-roles.for", account.username()));
        CheckboxGroup<Role> roles = roleChoice(account.roles());
        Button save = new Button(getTranslation("staff.accounts.save"), click -> {
            try {
                accounts.changeRoles(account.username(), roles.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (AccountException refused) {
                roles.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                roles.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(roles);
        dialog.getFooter().add(new Button(getTranslation("staff.accounts.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private CheckboxGroup<Role> roleChoice(Set<Role> selected) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("staff.account.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("staff.role." + role.name().toLowerCase())
                + " – " + getTranslation("staff.home.role." + role.name().toLowerCase()));
        roles.setValue(selected);
        roles.setRequiredIndicatorVisible(true);
        return roles;
    }

    /** The generated password is shown exactly once; only its hash is stored. */
    private void showOneTimePassword(String username, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.accounts.one-time-password.title", username));
        TextField shown = new TextField(getTranslation("staff.accounts.one-time-password.label"));
        shown.setValue(password);
        shown.setReadOnly(true);
        shown.addClassName("one-time-password");
        dialog.add(new Paragraph(getTranslation("staff.accounts.one-time-password.hint")), shown);
        Button done = new Button(getTranslation("staff.accounts.one-time-password.done"), click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
        Notification.show(getTranslation("staff.accounts.saved"), 3000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
