package de.welcomeportal.portal.guidance;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the portal reads its guidance content from.
 *
 * @param directory folder with Magnolia bootstrap files ({@code <workspace>.<dotted.path>.xml}); relative paths are
 *                  resolved against the working directory. When the folder does not exist, the copy bundled in
 *                  the application jar ({@code classpath:portal-content/}) is used and a warning is logged.
 */
@Validated
@ConfigurationProperties("portal.content")
public record ContentProperties(@NotNull @DefaultValue("content") Path directory) {
}
