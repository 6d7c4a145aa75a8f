package de.welcomeportal.portal.notification;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An opened mail: its list entry, its full text, when sending failed, why, and the name of the attached file if
 * there is one.
 */
record OutboxMailDetail(OutboxEntry entry, Locale language, String body, @Nullable String error,
                        @Nullable String attachmentName) {
}
