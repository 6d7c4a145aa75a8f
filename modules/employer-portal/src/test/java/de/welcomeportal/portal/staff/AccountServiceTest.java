package de.welcomeportal.portal.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import de.welcomeportal.testapp.PortalTestApplication;
import de.welcomeportal.testapp.TestSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = PortalTestApplication.class)
@Transactional
class AccountServiceTest {

    @Autowired
    AccountService service;
    @Autowired
    AccountRepository accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationContext context;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_creates_an_account_whose_password_is_shown_once_and_stored_hashed() {
        String password = service.create(" M.Muster ", "Maria Muster", EnumSet.of(Role.STAFF));

        Account created = accounts.findByUsernameIgnoreCase("m.muster").orElseThrow();
        assertThat(password).hasSize(20);
        assertThat(created.passwordHash()).startsWith("{argon2@SpringSecurity_v5_8}").doesNotContain(password);
        assertThat(passwordEncoder.matches(password, created.passwordHash())).isTrue();
        assertThat(created.passwordChangeRequired()).isTrue();
        assertThat(created.roles()).containsExactly(Role.STAFF);
        assertThat(lastAudit()).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.action()).isEqualTo("account.created");
            assertThat(entry.target()).isEqualTo("m.muster");
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void invalid_or_duplicate_accounts_are_refused_with_a_reason() {
        assertRefused(() -> service.create("x", "Name", EnumSet.of(Role.STAFF)), "staff.account.error.username-invalid");
        assertRefused(() -> service.create("mit leerzeichen", "Name", EnumSet.of(Role.STAFF)),
                "staff.account.error.username-invalid");
        assertRefused(() -> service.create("valid.name", " ", EnumSet.of(Role.STAFF)),
                "staff.account.error.display-name-invalid");
        assertRefused(() -> service.create("valid.name", "Name", Set.of()), "staff.account.error.roles-empty");
        service.create("valid.name", "Name", EnumSet.of(Role.EDITOR));
        assertRefused(() -> service.create("VALID.NAME", "Other", EnumSet.of(Role.STAFF)),
                "staff.account.error.username-taken");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void every_account_change_is_audited() {
        service.create("k.kaiser", "Karl Kaiser", EnumSet.of(Role.STAFF));
        service.changeRoles("k.kaiser", EnumSet.of(Role.STAFF, Role.EDITOR));
        String reset = service.resetPassword("k.kaiser");
        service.disable("k.kaiser");
        service.enable("k.kaiser");
        service.changeDisplayName("k.kaiser", "Karl K.");

        assertThat(reset).hasSize(20);
        List<AuditEntry> entries = auditLog.newestFirst("account.", 0, 6);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("account.display-name-changed",
                "account.enabled", "account.disabled", "account.password-reset", "account.roles-changed",
                "account.created");
        assertThat(entries.get(4).detail()).isEqualTo("[STAFF] -> [EDITOR, STAFF]");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("admin"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_last_administrator_cannot_be_disabled_or_demoted_and_nobody_disables_themselves() {
        // The first administrator "admin" was created at start-up and is the only one.
        assertRefused(() -> service.disable("admin"), "staff.account.error.disable-self");
        assertRefused(() -> service.changeRoles("admin", EnumSet.of(Role.STAFF)), "staff.account.error.own-admin-role");
        service.create("second.admin", "Second", EnumSet.of(Role.ADMIN));
        service.disable("second.admin");
        service.enable("second.admin");
        service.changeRoles("second.admin", EnumSet.of(Role.STAFF));
        assertThat(accounts.countEnabledAdministrators()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "caseworker", roles = "STAFF")
    void staff_without_the_admin_role_cannot_manage_accounts_or_read_the_audit_log() {
        assertThatThrownBy(() -> service.list(0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.create("a.b.c", "X", EnumSet.of(Role.ADMIN)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> auditLog.newestFirst("", 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void staff_choose_their_own_password_after_a_reset() {
        String oneTime = service.create("p.neu", "P. Neu", EnumSet.of(Role.STAFF));
        TestSecurity.actingAs(context, TestSecurity.staffMember("p.neu", "STAFF"), () -> {
            assertThat(service.currentUserMustChangePassword()).isTrue();
            assertRefused(() -> service.changeOwnPassword("wrong", "a long enough passphrase"),
                    "staff.password.error.current-wrong");
            assertRefused(() -> service.changeOwnPassword(oneTime, "short"), "staff.password.error.too-weak");
            assertRefused(() -> service.changeOwnPassword(oneTime, "p.neu-is-my-password"),
                    "staff.password.error.too-weak");
            service.changeOwnPassword(oneTime, "a long enough passphrase");
            assertThat(service.currentUserMustChangePassword()).isFalse();
            return null;
        });
        assertThat(passwordEncoder.matches("a long enough passphrase",
                accounts.findByUsernameIgnoreCase("p.neu").orElseThrow().passwordHash())).isTrue();
    }

    private AuditEntry lastAudit() {
        return auditLog.newestFirst("", 0, 1).getFirst();
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(AccountException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
