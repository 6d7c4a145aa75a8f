package de.welcomeportal.portal.staff;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.welcomeportal.testapp.KaribuTest;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff area in the browserless UI: who may open what, and the account administration. */
class StaffViewsTest extends KaribuTest {

    @Autowired
    AccountRepository accounts;

    @Test
    void an_anonymous_visitor_is_sent_to_the_login() {
        UI.getCurrent().navigate("staff");
        _assertOne(LoginView.class);
        _assertNone(StaffHomeView.class);
    }

    @Test
    void the_login_page_is_localized() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("lang", "en"));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Staff login – Welcome-Center Kreis Lippe");
    }

    @Test
    void a_caseworker_reaches_the_staff_area_but_not_the_administration() {
        loginAs("caseworker", "STAFF");
        UI.getCurrent().navigate("staff");
        _assertOne(StaffHomeView.class);
        // Karibu reports Vaadin's refusal as an exception; a browser shows the "not found" page instead.
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/accounts"))
                .hasMessageContaining("Access is denied");
        _assertNone(AccountsView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/audit")).hasMessageContaining("Access is denied");
    }

    @Test
    void an_administrator_creates_an_account_and_sees_its_password_exactly_once() {
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("admin/accounts");
        _assertOne(AccountsView.class);
        int before = _size(_get(Grid.class));

        _click(_get(Button.class, spec -> spec.withText("Neues Konto")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Benutzername")), "Bad Name!");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Anzeigename")), "Erika Beispiel");
        _click(_get(dialog, Button.class, spec -> spec.withText("Speichern")));

        TextField username = _get(dialog, TextField.class, spec -> spec.withLabel("Benutzername"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).startsWith("Der Benutzername muss 3 bis 64 Zeichen haben");
        assertThat(username.getValue()).as("typed input is kept").isEqualTo("Bad Name!");
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Anzeigename")).getValue())
                .isEqualTo("Erika Beispiel");

        _setValue(username, "e.beispiel");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class);
        assertThat(roles.getValue()).containsExactly(Role.STAFF);
        _click(_get(dialog, Button.class, spec -> spec.withText("Speichern")));

        TextField shown = _get(TextField.class, spec -> spec.withLabel("Einmal-Passwort"));
        assertThat(shown.getValue()).hasSize(20);
        assertThat(shown.isReadOnly()).isTrue();
        assertThat(accounts.findByUsernameIgnoreCase("e.beispiel")).isPresent();
        assertThat(_size(_get(Grid.class))).isEqualTo(before + 1);
    }

    @Test
    void a_staff_member_with_a_handed_out_password_must_choose_their_own_first() {
        accounts.save(new Account("handed.out", "Handed Out", "{noop}unused", java.util.EnumSet.of(Role.STAFF),
                java.time.Instant.now()));
        loginAs("handed.out", "STAFF");
        UI.getCurrent().navigate("staff");
        _assertOne(ChangePasswordView.class);
        _assertNone(StaffHomeView.class);
    }
}
