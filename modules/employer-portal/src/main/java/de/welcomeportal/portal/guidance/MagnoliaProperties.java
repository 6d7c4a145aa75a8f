package de.welcomeportal.portal.guidance;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the portal fetches the guidance content that editors maintain in Magnolia (light module
 * {@code employer-portal}, delivery endpoint {@code restEndpoints/delivery/guidance_v1.yaml}).
 *
 * @param baseUrl      Magnolia's address including the context path, e.g. {@code https://cms.kreis-lippe.de/magnoliaPublic};
 *                     empty: no sync, the portal uses the bootstrap files in {@code portal.content.directory} only
 * @param deliveryPath path of the delivery endpoint below {@code baseUrl}
 * @param pageSize     items per request ({@code ?limit=}); the sync pages with {@code &offset=} until a page is short
 * @param timeout      connect timeout and the longest wait for each answer
 * @param interval     pause between the end of one sync and the start of the next
 */
@Validated
@ConfigurationProperties("portal.magnolia")
public record MagnoliaProperties(
        @Nullable
        @Pattern(regexp = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?",
                message = "must be an address such as https://cms.kreis-lippe.de/magnoliaPublic") String baseUrl,
        @DefaultValue(MagnoliaProperties.DEFAULT_DELIVERY_PATH)
        @Pattern(regexp = "/[A-Za-z0-9._~/-]*", message = "must be a path such as /.rest/delivery/guidance/v1")
        String deliveryPath,
        @DefaultValue("100") @Min(1) @Max(1000) int pageSize,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("15m") Duration interval) {

    static final String DEFAULT_DELIVERY_PATH = "/.rest/delivery/guidance/v1";

    public MagnoliaProperties {
        if (deliveryPath.isBlank()) {
            deliveryPath = DEFAULT_DELIVERY_PATH;
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("portal.magnolia.timeout must be positive, got " + timeout);
        }
    }

    /** The defaults, with the given Magnolia address. */
    static MagnoliaProperties of(@Nullable String baseUrl) {
        return new MagnoliaProperties(baseUrl, DEFAULT_DELIVERY_PATH, 100, Duration.ofSeconds(10), Duration.ofMinutes(15));
    }

    /** Whether a Magnolia address is configured, i.e. whether the portal syncs at all. */
    public boolean enabled() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    /** The endpoint's address: base URL without trailing slash, then the delivery path. */
    String endpoint() {
        String base = baseUrl == null ? "" : baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + deliveryPath;
    }
}
