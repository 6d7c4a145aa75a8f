package de.welcomeportal.portal.selfcheck;

import java.time.LocalDate;
import java.util.List;

/**
 * No assessment is possible for the date because figures of the law are not known for it, typically the salary
 * thresholds of a year before the Federal Ministry of the Interior has announced them. Never guessed.
 */
public class FiguresUnavailableException extends RuntimeException {

    private final LocalDate date;
    private final List<String> missingFigures;

    FiguresUnavailableException(LocalDate date, List<String> missingFigures) {
        super("No figures valid on " + date + " for: " + String.join(", ", missingFigures));
        this.date = date;
        this.missingFigures = List.copyOf(missingFigures);
    }

    public LocalDate date() {
        return date;
    }

    /** Keys of the figures that have no value for the date, e.g. {@code blue-card-general-threshold}. */
    public List<String> missingFigures() {
        return missingFigures;
    }
}
