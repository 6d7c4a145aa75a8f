package de.welcomeportal.testapp;

import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Acting as a staff member in tests. Several Spring contexts live in one test JVM, each with its own
 * security-context strategy (Vaadin registers one per context), so tests use the strategy of their own context
 * rather than the JVM-wide holder.
 */
public final class TestSecurity {

    private TestSecurity() {
    }

    public static SecurityContext securityContext(ApplicationContext context) {
        return context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy)
                .getContext();
    }

    public static Authentication staffMember(String username, String... roles) {
        return UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }

    /** Runs the action as the given staff member and restores whoever acted before. */
    public static <T> T actingAs(ApplicationContext context, Authentication who, Supplier<T> action) {
        SecurityContext securityContext = securityContext(context);
        Authentication before = securityContext.getAuthentication();
        securityContext.setAuthentication(who);
        try {
            return action.get();
        } finally {
            securityContext.setAuthentication(before);
        }
    }
}
