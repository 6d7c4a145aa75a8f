package de.welcomeportal.portal.staff;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Throttling of repeated failed logins, per account. The lock is stored in the database, so it holds across
 * all portal nodes.
 *
 * @param failuresBeforeLock consecutive failed logins after which the account is locked for a while
 * @param firstLock          how long the first lock lasts; each further failure doubles it
 * @param longestLock        the upper limit of a lock
 */
@Validated
@ConfigurationProperties("portal.login")
public record LoginThrottleProperties(
        @Min(1) @Max(100) @DefaultValue("5") int failuresBeforeLock,
        @NotNull @DefaultValue("1m") Duration firstLock,
        @NotNull @DefaultValue("15m") Duration longestLock) {
}
