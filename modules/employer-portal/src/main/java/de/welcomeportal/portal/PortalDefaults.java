package de.welcomeportal.portal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings the portal needs from the libraries it brings, as defaults of lowest precedence: a host application (the
 * webapp, a test, a CMS's Spring Boot app) gets them by adding the jar and may still override each.
 */
class PortalDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            // Only the mail listeners' events are tracked; their rows hold employers' addresses, so a completed
            // publication is deleted rather than kept.
            "spring.modulith.events.registry-trigger-annotation",
            "org.springframework.modulith.events.ApplicationModuleListener",
            "spring.modulith.events.completion-mode", "delete",
            // A publication still open after this long was cut off (a node died before its listener finished):
            // it is marked failed, and MailEventResubmission hands it to the listener again.
            "spring.modulith.events.staleness.published", "5m",
            "spring.modulith.events.staleness.processing", "5m",
            "spring.modulith.events.staleness.resubmitted", "5m",
            "spring.modulith.events.jdbc.schema-initialization.enabled", "false");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("welcomePortalDefaults", DEFAULTS));
    }
}
