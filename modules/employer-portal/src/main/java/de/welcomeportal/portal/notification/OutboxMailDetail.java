package de.welcomeportal.portal.notification;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** An opened mail: its list entry, its full text and, when sending failed, why. */
record OutboxMailDetail(OutboxEntry entry, Locale language, String body, @Nullable String error) {
}
