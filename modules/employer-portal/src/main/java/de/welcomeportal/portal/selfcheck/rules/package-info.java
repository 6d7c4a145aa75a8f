/**
 * The self-check rules engine: given a hiring case and the yearly figures valid on its decision date, it names the
 * legal pathway for employing a foreign person, with reasons citing norms, missing items and next steps.
 *
 * <p>Plain Java on purpose: no Spring, no I/O, immutable records, only codes and parameters in the results (the
 * texts live in the {@code i18n/selfcheck} bundles). That keeps the law testable in milliseconds and lets the engine
 * assess hundreds of thousands of cases per second. Other modules may use its types (named interface {@code rules}). Start at {@link de.welcomeportal.portal.selfcheck.rules.SelfCheckEngine}.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("rules")
package de.welcomeportal.portal.selfcheck.rules;

import org.jspecify.annotations.NullMarked;
