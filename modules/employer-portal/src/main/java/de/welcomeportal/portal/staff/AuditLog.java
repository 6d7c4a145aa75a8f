package de.welcomeportal.portal.staff;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of staff actions. Every module records what staff members do through this service; the
 * acting staff member is taken from the security context.
 */
@Service
public class AuditLog {

    static final String SYSTEM_ACTOR = "system";

    private final AuditEventRepository events;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContext;

    AuditLog(AuditEventRepository events, Clock clock, ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.events = events;
        this.clock = clock;
        // Vaadin registers its own strategy (the login lives in the Vaadin session); use it when present.
        this.securityContext = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * Records an action of the current staff member (or of the system, when nobody is logged in). Joins the
     * caller's transaction, so an action that is rolled back leaves no audit line claiming it happened.
     *
     * @param action stable code, {@code <feature>.<what happened>}, e.g. {@code account.disabled}
     * @param target what the action concerned; never personal data of employers or candidates
     * @param detail short, free text without personal data
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, @Nullable String target, @Nullable String detail) {
        events.save(new AuditEvent(clock.instant(), currentActor(), truncate(action, 64), truncate(target, 200),
                truncate(detail, 1000)));
    }

    /** One page of entries, newest first, only those whose action starts with the prefix ({@code ""} for all). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> newestFirst(String actionPrefix, int page, int pageSize) {
        return events.findByActionStartingWithOrderByOccurredAtDescIdDesc(actionPrefix,
                        PageRequest.of(page, Math.max(1, pageSize)))
                .map(AuditEvent::toEntry)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String actionPrefix) {
        return events.countByActionStartingWith(actionPrefix);
    }

    /** The login name of the staff member acting now, or {@code system}. */
    public String currentActor() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getName())) {
            return SYSTEM_ACTOR;
        }
        return authentication.getName();
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
