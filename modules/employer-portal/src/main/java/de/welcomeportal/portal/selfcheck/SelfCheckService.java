package de.welcomeportal.portal.selfcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Service;

import de.welcomeportal.portal.selfcheck.rules.Assessment;
import de.welcomeportal.portal.selfcheck.rules.RuleFigures;
import de.welcomeportal.portal.selfcheck.rules.SelfCheckCase;
import de.welcomeportal.portal.selfcheck.rules.SelfCheckEngine;

/**
 * The self-check as other modules and the views use it: assesses a case against the figures of the law valid on
 * its decision date.
 */
@Service
public class SelfCheckService {

    /** German authorities decide in German time; "today" is the day in Berlin. */
    static final ZoneId AUTHORITY_ZONE = ZoneId.of("Europe/Berlin");

    private final RuleFigureBook figures;
    private final Clock clock;
    private final SelfCheckEngine engine = new SelfCheckEngine();

    SelfCheckService(RuleFigureBook figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /**
     * Assesses a case.
     *
     * @throws FiguresUnavailableException when the figures for the decision date are not known (yet)
     */
    public Assessment assess(SelfCheckCase selfCheckCase) {
        RuleFigures valid = figures.on(selfCheckCase.decisionDate());
        return engine.assess(selfCheckCase, valid);
    }

    /** The decision date to assume when none is given. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(AUTHORITY_ZONE));
    }
}
