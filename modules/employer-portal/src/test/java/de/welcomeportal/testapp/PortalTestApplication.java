package de.welcomeportal.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A host application outside the portal's packages, like a district's own Spring Boot application: the portal
 * must arrive through its auto-configuration alone.
 */
@SpringBootApplication
public class PortalTestApplication {
}
