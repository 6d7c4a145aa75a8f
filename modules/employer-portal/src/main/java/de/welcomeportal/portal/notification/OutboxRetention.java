package de.welcomeportal.portal.notification;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes mails from the outbox once {@code portal.mail.outbox-retention} has passed: they hold employers' names
 * and addresses, and are kept only as long as administrators need to see what went out. Runs every hour on every
 * node; deleting what is already gone does no harm.
 */
@Component
class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

    private final OutboxMailRepository mails;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxRetention(OutboxMailRepository mails, NotificationProperties properties, Clock clock) {
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many mails were deleted */
    @Scheduled(cron = "0 17 * * * *")
    int deleteExpired() {
        Instant cutoff = clock.instant().minus(properties.outboxRetention());
        int deleted = mails.deleteCreatedBefore(cutoff);
        if (deleted > 0) {
            log.info("Deleted {} mails older than {} days from the outbox", deleted,
                    properties.outboxRetention().toDays());
        }
        return deleted;
    }
}
