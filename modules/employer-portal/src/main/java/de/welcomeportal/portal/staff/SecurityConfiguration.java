package de.welcomeportal.portal.staff;

import java.util.Map;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. Public pages are open; staff views need a login, and each view declares its roles
 * ({@code @RolesAllowed}); Vaadin's navigation access control enforces them and sends anonymous visitors to
 * {@code /login}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    @Bean
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/portal/**").permitAll()
                // The public JSON API and its OpenAPI document: no login; stateless clients send no CSRF token.
                .requestMatchers("/api/**", "/v3/api-docs", "/v3/api-docs/**").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // Framing is governed by the Content-Security-Policy frame-ancestors header the site module sets, which
        // allows the configured CMS origins on /embed/... and only the portal itself elsewhere. X-Frame-Options
        // cannot name other origins, so it would block the CMS.
        http.headers(headers -> headers.frameOptions(frameOptions -> frameOptions.disable()));
        return http.build();
    }

    /**
     * Argon2id for new hashes; the {@code {id}} prefix of each stored hash lets older encodings keep working
     * while the parameters are raised later.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
