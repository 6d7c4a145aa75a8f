package de.welcomeportal.portal.precheck;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How pre-checks are kept and where their workplaces may be.
 *
 * @param retention          how long a closed or withdrawn case keeps its personal data and documents; then the
 *                           retention job deletes them and keeps anonymous statistics (default 6 months)
 * @param unconfirmedExpiry  how long a submitted case waits for the e-mail confirmation before it is deleted
 * @param maxDocumentBytes   largest supporting document accepted (PDF, JPEG, PNG)
 * @param maxDocuments       most supporting documents per case
 * @param districtPostcodes  postcodes of the district's municipalities; the workplace must lie in one of them.
 *                           Empty: any German postcode. The default lists Kreis Lippe.
 * @param orphanGrace        how old a document file without its database row must be before it is swept away;
 *                           longer than any upload takes, since another node may be storing that row right now
 */
@Validated
@ConfigurationProperties("portal.precheck")
public record PrecheckProperties(
        @NotNull @DefaultValue("P6M") Period retention,
        @NotNull @DefaultValue("7d") Duration unconfirmedExpiry,
        @jakarta.validation.constraints.Min(1024) @jakarta.validation.constraints.Max(100_000_000)
        @DefaultValue("10485760") int maxDocumentBytes,
        @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(100) @DefaultValue("10") int maxDocuments,
        @NotNull @DefaultValue({"32105", "32107", "32108", "32657", "32676", "32683", "32689", "32694", "32699",
                "32756", "32758", "32760", "32791", "32805", "32816", "32825", "32832", "33813", "33818"})
        List<@Pattern(regexp = "[0-9]{5}", message = "must be a German postcode of 5 digits") String> districtPostcodes,
        @NotNull @DefaultValue("1h") Duration orphanGrace) {

    boolean isInDistrict(String postcode) {
        return districtPostcodes.isEmpty() || districtPostcodes.contains(postcode);
    }
}
