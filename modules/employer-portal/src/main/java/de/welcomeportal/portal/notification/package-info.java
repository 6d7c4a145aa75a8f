/**
 * E-mails to employers. Listens to the pre-check module's and the booking module's events and writes the mails in
 * German or English, appointment mails with the appointment file attached; sends them through the configured SMTP
 * relay, or keeps them in the outbox table when none is configured (the embedded default). Administrators read
 * the outbox in the staff area; every opened mail is audited.
 *
 * <p>No other module calls into this one: it only listens.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"booking", "precheck", "site", "staff"})
package de.welcomeportal.portal.notification;

import org.jspecify.annotations.NullMarked;
