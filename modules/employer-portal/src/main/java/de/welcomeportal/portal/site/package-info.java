/**
 * The public face of the portal: layout with navigation and legally required pages, the chrome-less layout
 * for embedding in the CMS, languages (German default, English), page titles, and the frame-ancestors policy.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Public site")
package de.welcomeportal.portal.site;

import org.jspecify.annotations.NullMarked;
