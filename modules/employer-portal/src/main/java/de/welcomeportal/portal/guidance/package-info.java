/**
 * Guidance content: articles, legal pages and the figures other features use, read from Magnolia bootstrap
 * files (JCR System View XML) in {@code content/}. Other modules use {@link de.welcomeportal.portal.guidance.GuidanceCatalog}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Guidance")
package de.welcomeportal.portal.guidance;

import org.jspecify.annotations.NullMarked;
