package de.welcomeportal.portal.notification;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands mail events whose listener never finished (the node died after the case or booking was committed, or the
 * listener failed) to the listener again, so the employer still gets the mail. Runs on every node; the registry
 * claims each publication before resubmitting it. In the rare case a node died after writing the mail to the outbox
 * but before the publication was marked done, the employer gets that mail twice, which beats never.
 */
@Component
class MailEventResubmission {

    private static final Logger log = LoggerFactory.getLogger(MailEventResubmission.class);

    private final FailedEventPublications failed;
    private final Duration minimumAge;

    MailEventResubmission(FailedEventPublications failed,
                          @org.springframework.beans.factory.annotation.Value("${portal.mail.resubmit-min-age:1m}")
                          Duration minimumAge) {
        this.failed = failed;
        this.minimumAge = minimumAge;
    }

    @Scheduled(initialDelayString = "${portal.mail.resubmit-interval:2m}",
            fixedDelayString = "${portal.mail.resubmit-interval:2m}")
    void resubmitFailedMailEvents() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minimumAge).withBatchSize(100));
        } catch (RuntimeException e) {
            log.warn("Failed mail events could not be resubmitted: {}", e.toString());
        }
    }
}
