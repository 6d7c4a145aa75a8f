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
 * @param maxBodyBytes      largest JSON request body accepted; larger bodies are refused with 413 before parsing
 * @param maxUploadBytes    largest file body (PDF, JPEG, PNG or octet-stream) accepted by upload endpoints, which
 *                          apply their own, usually smaller, limit on top
 */
@Validated
@ConfigurationProperties("portal.api")
public record ApiProperties(
        @Min(1) @Max(1_000_000) @DefaultValue("120") int requestsPerWindow,
        @NotNull @DefaultValue("1m") Duration window,
        @Min(1024) @Max(50_000_000) @DefaultValue("65536") int maxBodyBytes,
        @Min(1024) @Max(100_000_000) @DefaultValue("10485760") int maxUploadBytes) {

    /** File bodies: everything but JSON and form data is a file to the guard. */
    private static final java.util.Set<String> FILE_TYPES = java.util.Set.of("application/pdf", "image/png",
            "image/jpeg", "application/octet-stream");

    /** The largest body a request of this content type may carry. */
    public int maxBytesFor(@org.jspecify.annotations.Nullable String contentType) {
        if (contentType == null) {
            return maxBodyBytes;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return FILE_TYPES.contains(type) ? maxUploadBytes : maxBodyBytes;
    }
}
