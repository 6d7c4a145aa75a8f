package de.welcomeportal.portal.staff;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and locks the account for a growing time after too many. A locked account
 * cannot log in even with the right password until the lock ends, which makes guessing passwords impractical.
 */
@Component
class LoginThrottle {

    private final AccountRepository accounts;
    private final LoginThrottleProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;

    LoginThrottle(AccountRepository accounts, LoginThrottleProperties properties, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = AccountRules.normalizeUsername(event.getAuthentication().getName());
        accounts.findByUsernameIgnoreCase(username).ifPresent(account -> {
            boolean wasLocked = account.isLockedAt(clock.instant());
            account.recordFailedLogin(clock.instant(), properties.failuresBeforeLock(), properties.firstLock(),
                    properties.longestLock());
            if (!wasLocked && account.isLockedAt(clock.instant())) {
                auditLog.record("account.locked-after-failed-logins", account.username(),
                        "failures=" + account.failedLoginCount() + ", until=" + account.lockedUntil());
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsernameIgnoreCase(event.getAuthentication().getName())
                .filter(account -> account.failedLoginCount() > 0)
                .ifPresent(Account::recordSuccessfulLogin);
    }
}
