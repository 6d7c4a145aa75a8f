package de.welcomeportal.portal.booking;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The booking's clockwork: unconfirmed holds are freed every half minute, reminders go out every ten minutes for the
 * reminder day, and every night personal data past the retention period is deleted. Safe on several nodes at
 * once: each booking is changed under its version, and a node that loses the race skips it.
 */
@Component
class BookingJobs {

    private static final Logger log = LoggerFactory.getLogger(BookingJobs.class);
    private final BookingService service;

    BookingJobs(BookingService service) {
        this.service = service;
    }

    @Scheduled(initialDelay = 30, fixedDelay = 30, timeUnit = TimeUnit.SECONDS)
    void expireHolds() {
        try {
            int expired = service.expireHolds();
            if (expired > 0) {
                log.info("Booking holds: {} unconfirmed hold(s) expired, their times are free again", expired);
            }
        } catch (RuntimeException e) {
            log.warn("Expiring booking holds did not finish: {}", e.getClass().getSimpleName());
        }
    }

    @Scheduled(initialDelay = 1, fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    void sendReminders() {
        try {
            int sent = service.sendReminders();
            if (sent > 0) {
                log.info("Booking reminders: {} sent", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Sending booking reminders did not finish: {}", e.getClass().getSimpleName());
        }
    }

    @Scheduled(cron = "${portal.booking.retention-cron:0 45 3 * * *}", zone = "Europe/Berlin")
    void applyRetention() {
        try {
            log.info("Booking retention: {} booking(s) anonymised or waiting-list entries deleted",
                    service.applyRetention());
        } catch (RuntimeException e) {
            log.warn("Booking retention did not finish: {}", e.getClass().getSimpleName());
        }
    }
}
