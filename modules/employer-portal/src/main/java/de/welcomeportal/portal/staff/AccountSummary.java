package de.welcomeportal.portal.staff;

import java.time.Instant;
import java.util.Set;

/** What the administration shows of an account; never the password hash. */
public record AccountSummary(String username, String displayName, Set<Role> roles, boolean enabled,
                             boolean passwordChangeRequired, Instant createdAt, boolean lockedNow) {
}
