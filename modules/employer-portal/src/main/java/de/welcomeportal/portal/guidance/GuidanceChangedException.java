package de.welcomeportal.portal.guidance;

/** Someone else changed the item since the editor opened it; reload and apply the change again. */
public class GuidanceChangedException extends RuntimeException {

    GuidanceChangedException(String key) {
        super("Guidance item " + key + " was changed meanwhile", null, false, false);
    }
}
