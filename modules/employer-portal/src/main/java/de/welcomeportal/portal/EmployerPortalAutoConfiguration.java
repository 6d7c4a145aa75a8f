package de.welcomeportal.portal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Everything a Spring Boot host needs to serve the employer portal: adding the jar is enough.
 *
 * <p>{@link AutoConfigurationPackage} registers this package with Spring Boot, so JPA entities, Spring Data
 * repositories and Vaadin routes of the portal are found although the host's main class lives elsewhere.
 */
@AutoConfiguration
@Modulithic(systemName = "Welcome Portal")
@AutoConfigurationPackage
// The same exclusions as @SpringBootApplication: never pick up a host's or a test's own configurations.
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
@ConfigurationPropertiesScan
@EnableScheduling
// Spring Boot provides the application task executor (and points @Async at it) but does not switch @Async on;
// @ApplicationModuleListener is @Async, so without this the listeners would run on the committing thread.
@EnableAsync
public class EmployerPortalAutoConfiguration {

    /** One clock for the whole portal, so time-dependent rules (login throttling, retention) can be tested. */
    @Bean
    @ConditionalOnMissingBean
    Clock portalClock() {
        return Clock.systemDefaultZone();
    }
}
