package de.welcomeportal.portal.site;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the portal presents itself: the district it belongs to and where it may be embedded.
 *
 * @param districtName    the district's name, shown in the header and in page titles, e.g. {@code Kreis Lippe}
 * @param logoText        the text of the header's logo, e.g. {@code Welcome-Center Kreis Lippe}
 * @param contactEmail    the Welcome-Center's public e-mail address; optional
 * @param contactPhone    the Welcome-Center's public phone number, as it should be dialled; optional
 * @param publicUrl       the address under which employers reach the portal, e.g. {@code https://welcome.kreis-lippe.de};
 *                        links in e-mails start with it
 * @param frameAncestors  origins of the CMS allowed to frame the {@code /embed/...} routes, e.g.
 *                        {@code https://www.kreis-lippe.de}; sent as {@code Content-Security-Policy: frame-ancestors}.
 *                        Empty: only the portal itself may frame its pages.
 */
@Validated
@ConfigurationProperties("portal.site")
public record SiteProperties(
        @NotBlank @Size(max = 80) @DefaultValue("Kreis Lippe") String districtName,
        @NotBlank @Size(max = 120) @DefaultValue("Welcome-Center Kreis Lippe") String logoText,
        @Nullable @Email String contactEmail,
        @Nullable @Pattern(regexp = "\\+?[0-9 ()/-]{4,30}", message = "must be a phone number such as +49 5231 62-0")
        String contactPhone,
        @NotNull @DefaultValue("http://localhost:8080")
        @Pattern(regexp = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?",
                message = "must be an address such as https://welcome.kreis-lippe.de") String publicUrl,
        @NotNull @DefaultValue({})
        List<@Pattern(regexp = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?",
                message = "must be an origin such as https://www.example.de (scheme, host, optional port)") String> frameAncestors) {
}
