package de.welcomeportal.portal.staff;

import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At the very first start, when no account exists, creates the account {@code admin}. There is no default
 * password: it comes from {@code PORTAL_ADMIN_PASSWORD} or is generated and printed to the log once.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final FirstAdminProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FirstAdministrator(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog,
                       FirstAdminProperties properties, TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = !properties.hasPassword();
        String password = generated ? AccountRules.generatePassword() : properties.password();
        try {
            transaction.executeWithoutResult(status -> {
                Account admin = new Account(USERNAME, "Administrator", passwordEncoder.encode(password),
                        Set.of(Role.ADMIN), clock.instant());
                if (!generated) {
                    admin.choosePassword(admin.passwordHash());
                }
                accounts.saveAndFlush(admin);
                auditLog.record("account.created", USERNAME, "first start, roles=[ADMIN]");
            });
        } catch (DataIntegrityViolationException anotherNodeWasFaster) {
            log.info("The first administrator account was created by another portal node.");
            return;
        }
        if (generated) {
            log.warn("""

                    ==================================================================
                    First start: created the administrator account '{}'.
                    One-time password: {}
                    It is shown only now. Log in at /login and choose your own password.
                    ==================================================================""", USERNAME, password);
        } else {
            log.warn("First start: created the administrator account '{}' with the password from PORTAL_ADMIN_PASSWORD.",
                    USERNAME);
        }
    }
}
