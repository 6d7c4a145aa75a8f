/**
 * The conventions every public JSON API of the portal follows: strict request reading (unknown fields and wrong
 * types are errors), validation messages in the caller's language, errors as RFC 9457 problem details naming
 * each invalid field, a request size limit, rate limits per client, and the OpenAPI document.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Public JSON API conventions")
package de.welcomeportal.portal.webapi;

import org.jspecify.annotations.NullMarked;
