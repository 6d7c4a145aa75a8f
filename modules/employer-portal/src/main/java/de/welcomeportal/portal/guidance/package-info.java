/**
 * Guidance content: articles, legal pages and the figures other features use, read from Magnolia bootstrap
 * files (JCR System View XML) in {@code content/}. Other modules use {@link de.welcomeportal.portal.guidance.GuidanceCatalog}.
 *
 * <p>Full-text search of the published guidance: {@link de.welcomeportal.portal.guidance.GuidanceIndex} (Apache
 * Lucene, German and English), fed with {@link de.welcomeportal.portal.guidance.SearchDocument}s by the guidance
 * store and rebuilt from its {@link de.welcomeportal.portal.guidance.SearchDocumentSource} when needed; public as
 * {@code GET /api/v1/guidance/search}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Guidance")
package de.welcomeportal.portal.guidance;

import org.jspecify.annotations.NullMarked;
