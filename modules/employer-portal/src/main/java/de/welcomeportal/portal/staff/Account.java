package de.welcomeportal.portal.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A staff member's login. Holds no personal data beyond a login name and a display name. */
@Entity
@Table(name = "staff_account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired = true;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {
        // for JPA
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    Account(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    @Nullable Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    int failedLoginCount() {
        return failedLoginCount;
    }

    @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    Instant createdAt() {
        return createdAt;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changeDisplayName(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void assignRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    /** A password set by an administrator: the owner must choose their own at the next login. */
    void resetPassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.passwordChangeRequired = true;
        this.failedLoginCount = 0;
        this.lockedUntil = null;
    }

    void choosePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.passwordChangeRequired = false;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
        this.failedLoginCount = 0;
        this.lockedUntil = null;
    }

    /**
     * Counts a failed login. From the {@code threshold}-th failure on, each failure locks the account for
     * {@code firstLockout}, doubled with every further failure, but never longer than {@code maxLockout}.
     */
    void recordFailedLogin(Instant now, int threshold, Duration firstLockout, Duration maxLockout) {
        failedLoginCount++;
        if (failedLoginCount >= threshold) {
            int doublings = Math.min(failedLoginCount - threshold, 20);
            Duration lockout = firstLockout.multipliedBy(1L << doublings);
            lockedUntil = now.plus(lockout.compareTo(maxLockout) > 0 ? maxLockout : lockout);
        }
    }

    void recordSuccessfulLogin() {
        failedLoginCount = 0;
        lockedUntil = null;
    }
}
