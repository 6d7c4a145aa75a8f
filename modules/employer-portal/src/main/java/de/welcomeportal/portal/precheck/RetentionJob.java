package de.welcomeportal.portal.precheck;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night: personal data of cases closed longer than the retention period is deleted, and submissions never
 * confirmed are removed. Safe to run on several nodes at once: each case is changed under its version.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private final PrecheckService service;

    RetentionJob(PrecheckService service) {
        this.service = service;
    }

    @Scheduled(cron = "${portal.precheck.retention-cron:0 30 3 * * *}", zone = "Europe/Berlin")
    void applyRetention() {
        try {
            int affected = service.applyRetention();
            int orphans = service.removeOrphanedDocuments();
            log.info("Pre-check retention: {} case(s) deleted or anonymised, {} orphaned file(s) removed", affected,
                    orphans);
        } catch (RuntimeException e) {
            // another node may have handled the same case a moment earlier; tomorrow's run catches up
            log.warn("Pre-check retention did not finish: {}", e.getMessage());
        }
    }
}
