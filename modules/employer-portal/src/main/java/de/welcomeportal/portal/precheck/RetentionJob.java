package de.welcomeportal.portal.precheck;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night: personal data of cases closed longer than the retention period is deleted, and submissions never
 * confirmed are removed. Safe to run on several nodes at once: each case is changed under its version. Document files
 * left without their row by a crash are swept at start-up and every hour.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private final PrecheckService service;

    RetentionJob(PrecheckService service) {
        this.service = service;
    }

    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Scheduled(cron = "${portal.precheck.orphan-sweep-cron:0 15 * * * *}", zone = "Europe/Berlin")
    void removeOrphanedDocuments() {
        try {
            int orphans = service.removeOrphanedDocuments();
            if (orphans > 0) {
                log.info("Pre-check documents: {} file(s) without a case removed (left by an interrupted upload)",
                        orphans);
            }
        } catch (RuntimeException e) {
            log.warn("Orphaned documents could not be swept: {}", e.getMessage());
        }
    }

    @Scheduled(cron = "${portal.precheck.retention-cron:0 30 3 * * *}", zone = "Europe/Berlin")
    void applyRetention() {
        try {
            int affected = service.applyRetention();
            log.info("Pre-check retention: {} case(s) deleted or anonymised", affected);
        } catch (RuntimeException e) {
            // another node may have handled the same case a moment earlier; tomorrow's run catches up
            log.warn("Pre-check retention did not finish: {}", e.getMessage());
        }
    }
}
