/**
 * Staff accounts (roles STAFF, EDITOR, ADMIN), login with throttling, the first administrator, and the audit
 * log of staff actions. Other modules record audit events through {@link de.welcomeportal.portal.staff.AuditLog}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Staff accounts and audit")
package de.welcomeportal.portal.staff;

import org.jspecify.annotations.NullMarked;
