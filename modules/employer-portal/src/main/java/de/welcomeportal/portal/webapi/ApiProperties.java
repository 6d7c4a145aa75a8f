package de.welcomeportal.portal.webapi;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the public JSON API ({@code /api/...}).
 *
 * @param requestsPerWindow how many requests one client (by IP address) may send per window; each portal node
 *                          counts on its own. Clients are remembered in memory only, never stored or logged.
 * @param window            the length of the window
 * @param maxBodyBytes      largest request body accepted; larger bodies are refused with 413 before parsing
 */
@Validated
@ConfigurationProperties("portal.api")
public record ApiProperties(
        @Min(1) @Max(1_000_000) @DefaultValue("120") int requestsPerWindow,
        @NotNull @DefaultValue("1m") Duration window,
        @Min(1024) @Max(50_000_000) @DefaultValue("65536") int maxBodyBytes) {
}
