/**
 * Pre-checks: the employer's structured case file, submitted from the self-check or directly, confirmed by e-mail
 * (double opt-in), reviewed, asked back on and answered by Welcome-Center staff, reachable by the employer only
 * through an unguessable case link, and deleted after the retention period. Other modules listen to
 * {@link de.welcomeportal.portal.precheck.PrecheckEvents}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Pre-check")
package de.welcomeportal.portal.precheck;

import org.jspecify.annotations.NullMarked;
