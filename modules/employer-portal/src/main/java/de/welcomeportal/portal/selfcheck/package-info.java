/**
 * The self-check: which legal pathway fits a candidate, what is missing and what to do next. The rules engine
 * ({@code rules}) is plain Java; this package gives it the figures of the law valid on the decision date (from
 * the guidance content), the wizard for employers and {@code POST /api/v1/self-check}. Other modules use
 * {@link de.welcomeportal.portal.selfcheck.SelfCheckService} and the result types of {@code rules}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Self-check")
package de.welcomeportal.portal.selfcheck;

import org.jspecify.annotations.NullMarked;
