package de.welcomeportal.webapp;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;

import de.welcomeportal.portal.staff.AccountException;
import de.welcomeportal.portal.staff.AccountService;
import de.welcomeportal.portal.staff.AuditEntry;
import de.welcomeportal.portal.staff.AuditLog;
import de.welcomeportal.portal.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * Staff accounts end to end on a real database: the migrations, the first administrator, an account created by
 * the administrator, its login, the lock after failed logins and the audit trail. Every supported database runs it.
 */
@AutoConfigureMockMvc
abstract class StaffAccountsFlowContract {

    static final String ADMIN_PASSWORD = "first administrator password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void flyway_created_the_schema_of_every_module() {
        List<String> applied = jdbc.queryForList(
                "select \"script\" from \"flyway_schema_history\" where \"success\" = true order by \"installed_rank\"",
                String.class);
        assertThat(applied).contains("staff/V2026.11.21.1__staff_accounts_and_audit_log.sql");
    }

    @Test
    void an_administrator_creates_an_account_that_can_log_in_and_is_locked_after_failed_logins() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password(ADMIN_PASSWORD))
                .andExpect(authenticated().withRoles("ADMIN"));

        String username = "flow." + System.nanoTime() % 1_000_000;
        String oneTimePassword = asAdmin(() -> accounts.create(username, "Flow Test", EnumSet.of(Role.STAFF)));
        assertThatThrownBy(() -> asAdmin(() -> accounts.create(username.toUpperCase(), "Twin", EnumSet.of(Role.STAFF))))
                .isInstanceOf(AccountException.class);

        mvc.perform(formLogin("/login").user(username).password(oneTimePassword))
                .andExpect(authenticated().withUsername(username).withRoles("STAFF"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("wrong " + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(username).password(oneTimePassword)).andExpect(unauthenticated());

        List<AuditEntry> trail = asAdmin(() -> auditLog.newestFirst("account.", 0, 50)).stream()
                .filter(entry -> entry.target().equals(username)).toList();
        assertThat(trail).extracting(AuditEntry::action)
                .containsExactly("account.locked-after-failed-logins", "account.created");
        assertThat(trail.getLast().actor()).isEqualTo("admin");
    }

    private <T> T asAdmin(Supplier<T> action) {
        SecurityContext securityContext = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy).getContext();
        Authentication before = securityContext.getAuthentication();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return action.get();
        } finally {
            securityContext.setAuthentication(before);
        }
    }
}
