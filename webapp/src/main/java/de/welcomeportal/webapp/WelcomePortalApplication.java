package de.welcomeportal.webapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runnable Welcome Portal: the employer-portal plugin on Spring Boot, with an embedded H2 database by
 * default and PostgreSQL under the {@code postgres} profile. All features come from the plugin's
 * auto-configuration.
 */
@SpringBootApplication
public class WelcomePortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(WelcomePortalApplication.class, args);
    }
}
