package de.welcomeportal.portal.guidance;

/** No guidance item with this key. */
public class GuidanceNotFoundException extends RuntimeException {

    GuidanceNotFoundException(String key) {
        super("No guidance item " + key, null, false, false);
    }
}
