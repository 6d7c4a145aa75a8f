package de.welcomeportal.portal.staff;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets Spring Security authenticate staff against the accounts in the database. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    StaffUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsernameIgnoreCase(AccountRules.normalizeUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.isLockedAt(clock.instant()))
                .authorities(account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
                .build();
    }
}
