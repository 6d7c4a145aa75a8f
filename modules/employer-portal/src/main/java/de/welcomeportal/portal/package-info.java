/**
 * The employer portal of a Welcome-Center as a Spring Boot plugin. Each sub-package is one feature module
 * (checked by Spring Modulith); only its top-level public types are its API.
 */
@NullMarked
package de.welcomeportal.portal;

import org.jspecify.annotations.NullMarked;
