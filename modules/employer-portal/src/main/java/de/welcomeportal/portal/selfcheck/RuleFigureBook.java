package de.welcomeportal.portal.selfcheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.welcomeportal.portal.guidance.Figure;
import de.welcomeportal.portal.guidance.GuidanceCatalog;
import de.welcomeportal.portal.selfcheck.rules.RuleFigures;

/**
 * The rule figures valid on a date, assembled from the figures editors maintain in the guidance content. What is
 * assembled is kept per date until the content is reloaded, so a new figure applies from the next assessment on.
 */
@Component
class RuleFigureBook {

    /** Keys of the figures in {@code content/guidance.figures.xml}. */
    static final String BLUE_CARD_GENERAL = "blue-card-general-threshold";
    static final String BLUE_CARD_REDUCED = "blue-card-reduced-threshold";
    static final String EXPERIENCED_WORKER = "experienced-worker-threshold";
    static final String LEGACY_IT_SPECIALIST = "legacy-it-specialist-threshold";
    static final String OLDER_WORKER = "older-worker-threshold";
    static final String MINIMUM_WAGE = "minimum-hourly-wage";
    static final String WESTERN_BALKANS_QUOTA = "western-balkans-quota";
    static final String SHORT_TERM_QUOTA = "short-term-quota";
    static final String FEE_ACCELERATED_PROCEDURE = "fee-accelerated-procedure";
    static final String FEE_NATIONAL_VISA = "fee-national-visa";
    static final String FEE_RESIDENCE_PERMIT = "fee-residence-permit";
    static final String FEE_STATEMENT_OF_COMPARABILITY = "fee-statement-of-comparability";
    static final String FEE_QUALIFICATION_CONFIRMATION = "fee-qualification-confirmation";
    static final String FREE_MOVEMENT_STATES = "free-movement-states";
    static final String PRIVILEGED_STATES = "privileged-states";
    static final String WESTERN_BALKAN_STATES = "western-balkan-states";
    static final String VISA_FREE_EMPLOYMENT_STATES = "visa-free-employment-states";
    static final String HEALTH_RECRUITMENT_BAN_STATES = "health-recruitment-ban-states";
    static final String SAFE_COUNTRIES_OF_ORIGIN = "safe-countries-of-origin";
    static final String SHORTAGE_OCCUPATION_GROUPS = "shortage-occupation-groups";
    static final String IT_OCCUPATION_GROUPS = "it-occupation-groups";

    private final GuidanceCatalog catalog;
    private volatile Cache cache = new Cache(Map.of());

    RuleFigureBook(GuidanceCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The figures in force on the date.
     *
     * @throws FiguresUnavailableException when a required figure has no value for the date (e.g. the thresholds of
     *                                     a year that are not announced yet)
     */
    RuleFigures on(LocalDate date) {
        Map<String, Figure> figures = catalog.figures();
        Cache current = cache;
        if (current.source != figures) {
            current = new Cache(figures);
            cache = current;
        }
        RuleFigures known = current.byDate.get(date);
        if (known == null) {
            known = assemble(figures, date);
            current.byDate.put(date, known);
        }
        return known;
    }

    private static RuleFigures assemble(Map<String, Figure> figures, LocalDate date) {
        Lookup lookup = new Lookup(figures, date);
        BigDecimal blueCardGeneral = lookup.amount(BLUE_CARD_GENERAL);
        BigDecimal blueCardReduced = lookup.amount(BLUE_CARD_REDUCED);
        @Nullable BigDecimal experiencedWorker = lookup.optionalAmount(EXPERIENCED_WORKER);
        @Nullable BigDecimal legacyItSpecialist = lookup.optionalAmount(LEGACY_IT_SPECIALIST);
        BigDecimal olderWorker = lookup.amount(OLDER_WORKER);
        BigDecimal minimumWage = lookup.amount(MINIMUM_WAGE);
        int westernBalkansQuota = lookup.count(WESTERN_BALKANS_QUOTA);
        int shortTermQuota = lookup.count(SHORT_TERM_QUOTA);
        RuleFigures.Fees fees = new RuleFigures.Fees(lookup.amount(FEE_ACCELERATED_PROCEDURE),
                lookup.amount(FEE_NATIONAL_VISA), lookup.amount(FEE_RESIDENCE_PERMIT),
                lookup.amount(FEE_STATEMENT_OF_COMPARABILITY), lookup.amount(FEE_QUALIFICATION_CONFIRMATION));
        Set<String> freeMovement = lookup.list(FREE_MOVEMENT_STATES);
        Set<String> privileged = lookup.list(PRIVILEGED_STATES);
        Set<String> westernBalkans = lookup.list(WESTERN_BALKAN_STATES);
        Set<String> visaFree = lookup.list(VISA_FREE_EMPLOYMENT_STATES);
        Set<String> recruitmentBan = lookup.list(HEALTH_RECRUITMENT_BAN_STATES);
        Set<String> safeCountries = lookup.list(SAFE_COUNTRIES_OF_ORIGIN);
        Set<String> shortageGroups = lookup.list(SHORTAGE_OCCUPATION_GROUPS);
        Set<String> itGroups = lookup.list(IT_OCCUPATION_GROUPS);
        if (!lookup.missing.isEmpty()) {
            throw new FiguresUnavailableException(date, lookup.missing);
        }
        return new RuleFigures(lookup.latestValidFrom, blueCardGeneral, blueCardReduced, experiencedWorker,
                legacyItSpecialist, olderWorker, minimumWage, westernBalkansQuota, shortTermQuota, fees, freeMovement,
                privileged, westernBalkans, visaFree, recruitmentBan, safeCountries, shortageGroups, itGroups);
    }

    private record Cache(Map<String, Figure> source, Map<LocalDate, RuleFigures> byDate) {
        Cache(Map<String, Figure> source) {
            this(source, new ConcurrentHashMap<>());
        }
    }

    /** Looks figures up for one date and remembers which required ones are missing. */
    private static final class Lookup {
        private final Map<String, Figure> figures;
        private final LocalDate date;
        private final List<String> missing = new ArrayList<>();
        private LocalDate latestValidFrom = LocalDate.MIN;

        Lookup(Map<String, Figure> figures, LocalDate date) {
            this.figures = figures;
            this.date = date;
        }

        BigDecimal amount(String key) {
            return required(key).map(value -> new BigDecimal(value.single())).orElse(BigDecimal.ZERO);
        }

        @Nullable BigDecimal optionalAmount(String key) {
            return value(key).map(value -> new BigDecimal(value.single())).orElse(null);
        }

        int count(String key) {
            return required(key).map(value -> Integer.parseInt(value.single())).orElse(0);
        }

        Set<String> list(String key) {
            return required(key).map(value -> (Set<String>) new HashSet<>(value.values())).orElse(Set.of());
        }

        private Optional<Figure.DatedValue> required(String key) {
            Optional<Figure.DatedValue> value = value(key);
            if (value.isEmpty()) {
                missing.add(key);
            }
            return value;
        }

        private Optional<Figure.DatedValue> value(String key) {
            Figure figure = figures.get(key);
            Optional<Figure.DatedValue> value = figure == null ? Optional.empty() : figure.valueOn(date);
            value.ifPresent(v -> {
                if (v.validFrom().isAfter(latestValidFrom)) {
                    latestValidFrom = v.validFrom();
                }
            });
            return value;
        }
    }
}
