package de.welcomeportal.portal.notification;

import org.jspecify.annotations.Nullable;

/**
 * Which mails the outbox list shows.
 *
 * @param status        only mails with this status; {@code null} for all
 * @param referenceText only mails whose reference contains this text (any case); blank for all
 */
record OutboxFilter(@Nullable OutboxStatus status, String referenceText) {

    static final OutboxFilter ALL = new OutboxFilter(null, "");
}
