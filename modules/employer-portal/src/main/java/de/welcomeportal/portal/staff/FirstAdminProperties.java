package de.welcomeportal.portal.staff;

import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The administrator account created at the very first start, when no account exists yet.
 *
 * @param password the first administrator's password ({@code PORTAL_ADMIN_PASSWORD} in the environment); when
 *                 empty, a random password is generated and printed once to the log. At least 12 characters.
 */
@Validated
@ConfigurationProperties("portal.admin")
public record FirstAdminProperties(
        // Empty counts as not set (an empty environment variable), so a one-time password is generated.
        @Nullable @Pattern(regexp = "|\\S.{10,126}\\S",
                message = "PORTAL_ADMIN_PASSWORD must have 12 to 128 characters and not start or end with a space")
        String password) {

    boolean hasPassword() {
        return password != null && !password.isEmpty();
    }
}
