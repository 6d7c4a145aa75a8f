package de.welcomeportal.portal.staff;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: administrators create and manage them, everybody changes their own password. Every change
 * is written to the {@link AuditLog}.
 */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> list(int page, int pageSize) {
        return accounts.findAll(PageRequest.of(page, Math.max(1, pageSize), Sort.by("username")))
                .map(this::summary)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    /** Creates an account with a generated password, returned once and stored only as a hash. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String create(String username, String displayName, Set<Role> roles) {
        String login = AccountRules.normalizeUsername(username);
        if (!AccountRules.isValidUsername(login)) {
            throw new AccountException("staff.account.error.username-invalid");
        }
        if (!AccountRules.isValidDisplayName(displayName)) {
            throw new AccountException("staff.account.error.display-name-invalid");
        }
        if (roles.isEmpty()) {
            throw new AccountException("staff.account.error.roles-empty");
        }
        if (accounts.existsByUsernameIgnoreCase(login)) {
            throw new AccountException("staff.account.error.username-taken", login);
        }
        String password = AccountRules.generatePassword();
        try {
            accounts.saveAndFlush(new Account(login, displayName.strip(), passwordEncoder.encode(password), roles,
                    clock.instant()));
        } catch (DataIntegrityViolationException raceWithAnotherAdmin) {
            throw new AccountException("staff.account.error.username-taken", login);
        }
        auditLog.record("account.created", login, "roles=" + sorted(roles));
        return password;
    }

    /** Sets a new generated password (returned once); the owner must change it at the next login. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(String username) {
        Account account = find(username);
        String password = AccountRules.generatePassword();
        account.resetPassword(passwordEncoder.encode(password));
        auditLog.record("account.password-reset", account.username(), null);
        return password;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeRoles(String username, Set<Role> roles) {
        Account account = find(username);
        if (roles.isEmpty()) {
            throw new AccountException("staff.account.error.roles-empty");
        }
        boolean losesAdmin = account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN);
        if (losesAdmin && account.username().equals(auditLog.currentActor())) {
            throw new AccountException("staff.account.error.own-admin-role");
        }
        if (losesAdmin && account.enabled() && accounts.countEnabledAdministrators() <= 1) {
            throw new AccountException("staff.account.error.last-admin");
        }
        Set<Role> before = account.roles();
        account.assignRoles(roles);
        auditLog.record("account.roles-changed", account.username(), sorted(before) + " -> " + sorted(roles));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeDisplayName(String username, String displayName) {
        if (!AccountRules.isValidDisplayName(displayName)) {
            throw new AccountException("staff.account.error.display-name-invalid");
        }
        Account account = find(username);
        account.changeDisplayName(displayName.strip());
        auditLog.record("account.display-name-changed", account.username(), null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void disable(String username) {
        Account account = find(username);
        if (account.username().equals(auditLog.currentActor())) {
            throw new AccountException("staff.account.error.disable-self");
        }
        if (account.roles().contains(Role.ADMIN) && account.enabled() && accounts.countEnabledAdministrators() <= 1) {
            throw new AccountException("staff.account.error.last-admin");
        }
        account.disable();
        auditLog.record("account.disabled", account.username(), null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void enable(String username) {
        Account account = find(username);
        account.enable();
        auditLog.record("account.enabled", account.username(), null);
    }

    /** The logged-in staff member replaces their password; the current one must be given. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = find(auditLog.currentActor());
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new AccountException("staff.password.error.current-wrong");
        }
        if (!AccountRules.isAcceptablePassword(newPassword, account.username())) {
            throw new AccountException("staff.password.error.too-weak", AccountRules.MIN_PASSWORD_LENGTH);
        }
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw new AccountException("staff.password.error.unchanged");
        }
        account.choosePassword(passwordEncoder.encode(newPassword));
        auditLog.record("account.password-changed", account.username(), null);
    }

    /** Whether the logged-in staff member still works with a password an administrator handed out. */
    @Transactional(readOnly = true)
    public boolean currentUserMustChangePassword() {
        return accounts.findByUsernameIgnoreCase(auditLog.currentActor())
                .map(Account::passwordChangeRequired)
                .orElse(false);
    }

    private Account find(String username) {
        return accounts.findByUsernameIgnoreCase(AccountRules.normalizeUsername(username))
                .orElseThrow(() -> new AccountException("staff.account.error.not-found", username));
    }

    private AccountSummary summary(Account account) {
        return new AccountSummary(account.username(), account.displayName(), account.roles(), account.enabled(),
                account.passwordChangeRequired(), account.createdAt(), account.isLockedAt(clock.instant()));
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
