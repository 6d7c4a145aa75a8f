package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The figures and lists of LAW.md for 2024 (before 1 March, from 1 March, from 1 June), 2025 and 2026, as test data.
 * Production figures come from the effective-dated content files; these mirror them for the tests.
 */
final class TestFigures {

    /** The 27 EU member states, Iceland, Liechtenstein, Norway and Switzerland. */
    static final Set<String> FREE_MOVEMENT_STATES = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
            "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO",
            "CH");

    /** § 26 Abs. 1 BeschV. */
    static final Set<String> PRIVILEGED_STATES = Set.of("AD", "AU", "IL", "JP", "CA", "KR", "MC", "NZ", "SM", "GB",
            "US");

    /** § 26 Abs. 2 BeschV. */
    static final Set<String> WESTERN_BALKAN_STATES = Set.of("AL", "BA", "XK", "ME", "MK", "RS");

    /** § 41 Abs. 1 AufenthV. */
    static final Set<String> VISA_FREE_EMPLOYMENT_STATES = Set.of("AU", "IL", "JP", "CA", "KR", "NZ", "GB", "US");

    /** The 55 states of the annex to § 38 BeschV. */
    static final Set<String> HEALTH_RECRUITMENT_BAN_STATES = Set.of(
            "AF", "AO", "GQ", "ET", "BD", "BJ", "BF", "BI", "DJ", "CI", "ER", "GA", "GM", "GH", "GN", "GW", "HT",
            "YE", "CM", "KI", "KM", "CD", "CG", "LA", "LS", "LR", "MG", "MW", "ML", "MR", "FM", "MZ", "NP", "NE",
            "NG", "PK", "PG", "RW", "SB", "ZM", "WS", "SN", "SL", "ZW", "SO", "SD", "SS", "TZ", "TL", "TG", "TD",
            "TV", "UG", "VU", "CF");

    /** Safe countries of origin (§ 29a AsylG, Anlage II), as LAW.md lists them. */
    static final Set<String> SAFE_COUNTRIES_OF_ORIGIN = Set.of("AL", "BA", "GE", "GH", "XK", "MD", "ME", "MK", "SN",
            "RS");

    /** § 18g Abs. 1 Satz 2 Nr. 1 AufenthG. */
    static final Set<String> SHORTAGE_GROUPS = Set.of("132", "133", "134", "21", "221", "222", "225", "226", "23",
            "25");

    /** § 18g Abs. 2 AufenthG, § 6 Abs. 1 Satz 3 BeschV. */
    static final Set<String> IT_GROUPS = Set.of("133", "25");

    static final RuleFigures.Fees FEES = new RuleFigures.Fees(euros("411"), euros("75"), euros("100"),
            euros("200"), euros("150"));

    static final RuleFigures Y2024_BEFORE_MARCH = figures(LocalDate.of(2024, 1, 1), "45300", "41041.80", null,
            "54360", "49830", "12.41", 25_000, 0);
    static final RuleFigures Y2024_FROM_MARCH = figures(LocalDate.of(2024, 3, 1), "45300", "41041.80", "40770",
            null, "49830", "12.41", 25_000, 25_000);
    static final RuleFigures Y2024_FROM_JUNE = figures(LocalDate.of(2024, 6, 1), "45300", "41041.80", "40770",
            null, "49830", "12.41", 50_000, 25_000);
    static final RuleFigures Y2025 = figures(LocalDate.of(2025, 1, 1), "48300", "43759.80", "43470", null,
            "53130", "12.82", 50_000, 25_000);
    static final RuleFigures Y2026 = figures(LocalDate.of(2026, 1, 1), "50700", "45934.20", "45630", null,
            "55770", "13.90", 50_000, 25_000);

    private TestFigures() {
    }

    /** The figures valid on the date, as the content store would choose them; no figures before 2024 or after 2026. */
    static RuleFigures on(LocalDate date) {
        RuleFigures[] newestFirst = {Y2026, Y2025, Y2024_FROM_JUNE, Y2024_FROM_MARCH, Y2024_BEFORE_MARCH};
        if (date.getYear() > 2026) {
            throw new IllegalArgumentException("No figures for " + date);
        }
        for (RuleFigures figures : newestFirst) {
            if (!date.isBefore(figures.validFrom())) {
                return figures;
            }
        }
        throw new IllegalArgumentException("No figures for " + date);
    }

    static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    private static RuleFigures figures(LocalDate validFrom, String general, String reduced,
                                       @Nullable String experienced, @Nullable String legacyIt, String older,
                                       String minimumWage, int westernBalkansQuota, int shortTermQuota) {
        return new RuleFigures(validFrom, euros(general), euros(reduced),
                experienced == null ? null : euros(experienced), legacyIt == null ? null : euros(legacyIt),
                euros(older), euros(minimumWage), westernBalkansQuota, shortTermQuota, FEES, FREE_MOVEMENT_STATES,
                PRIVILEGED_STATES, WESTERN_BALKAN_STATES, VISA_FREE_EMPLOYMENT_STATES, HEALTH_RECRUITMENT_BAN_STATES,
                SAFE_COUNTRIES_OF_ORIGIN, SHORTAGE_GROUPS, IT_GROUPS);
    }
}
