package de.welcomeportal.portal.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import de.welcomeportal.testapp.MutableClock;
import de.welcomeportal.testapp.PortalTestApplication;
import de.welcomeportal.testapp.TestSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/** Repeated failed logins lock the account for a growing time, even against the right password. */
@SpringBootTest(classes = {PortalTestApplication.class, LoginThrottleTest.FrozenClock.class})
@AutoConfigureMockMvc
class LoginThrottleTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApplicationContext context;

    private String username;

    @BeforeEach
    void createAccount() {
        username = "throttle." + System.nanoTime() % 1_000_000;
        accounts.save(new Account(username, "Throttle", passwordEncoder.encode(PASSWORD), EnumSet.of(Role.STAFF),
                clock.instant()));
    }

    @Test
    void the_right_password_logs_in() throws Exception {
        login(PASSWORD).andExpect(authenticated().withUsername(username).withRoles("STAFF"));
    }

    @Test
    void five_failures_lock_the_account_then_the_lock_ends_and_grows_with_further_failures() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("wrong-" + i).andExpect(unauthenticated());
        }
        login(PASSWORD).andExpect(unauthenticated());
        assertThat(accounts.findByUsernameIgnoreCase(username).orElseThrow().failedLoginCount()).isEqualTo(5);

        clock.advance(Duration.ofSeconds(61));
        login("wrong-again").andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(61));
        login(PASSWORD).andExpect(unauthenticated()); // the sixth failure locked for two minutes

        clock.advance(Duration.ofSeconds(60));
        login(PASSWORD).andExpect(authenticated());
        assertThat(accounts.findByUsernameIgnoreCase(username).orElseThrow().failedLoginCount()).isZero();
    }

    @Test
    void a_lock_is_written_to_the_audit_log() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("wrong").andExpect(unauthenticated());
        }
        var entry = TestSecurity.actingAs(context, TestSecurity.staffMember("admin", "ADMIN"),
                () -> auditLog.newestFirst("account.locked", 0, 1).getFirst());
        assertThat(entry.target()).isEqualTo(username);
        assertThat(entry.detail()).startsWith("failures=5");
    }

    @Test
    void unknown_and_disabled_accounts_cannot_log_in() throws Exception {
        mvc.perform(formLogin("/login").user("nobody.here").password(PASSWORD)).andExpect(unauthenticated());
        Account account = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        account.disable();
        accounts.save(account);
        login(PASSWORD).andExpect(unauthenticated());
    }

    private org.springframework.test.web.servlet.ResultActions login(String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password));
    }

    @TestConfiguration
    static class FrozenClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-11-21T10:00:00Z"), ZoneId.of("Europe/Berlin"));
        }
    }
}
