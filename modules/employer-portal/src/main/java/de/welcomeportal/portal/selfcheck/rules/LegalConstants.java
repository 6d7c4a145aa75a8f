package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;

/**
 * Constants the law itself fixes (ages, periods, dates of entry into force). Yearly amounts, fees, quotas and country
 * lists are not here: they change by notice and come in {@link RuleFigures}.
 */
final class LegalConstants {

    /** § 18 Abs. 2 Nr. 5 AufenthG, § 1 Abs. 2 BeschV: the age-45 rule applies once the 45th year is completed. */
    static final int OLDER_WORKER_AGE = 45;

    /** § 18g Abs. 3 AufenthG: a Blue Card needs an employment contract of at least six months. */
    static final int BLUE_CARD_MINIMUM_CONTRACT_MONTHS = 6;

    /** § 18g Abs. 1 Satz 2 Nr. 2 AufenthG: a degree at most three years old makes a new entrant. */
    static final int NEW_ENTRANT_DEGREE_YEARS = 3;

    /** § 18g Abs. 2 AufenthG: at least three years of IT experience within the last seven years. */
    static final int IT_SPECIALIST_MINIMUM_YEARS = 3;

    /** § 6 BeschV before 1 March 2024: IT specialists needed at least three years of experience. */
    static final int LEGACY_IT_SPECIALIST_MINIMUM_YEARS = 3;

    /** § 6 Abs. 1 Satz 1 Nr. 1 BeschV: at least two years of experience within the last five years. */
    static final int EXPERIENCED_WORKER_MINIMUM_YEARS = 2;

    /** § 2 Abs. 12a AufenthG, § 6 Abs. 1 Nr. 3 a BeschV, § 16d Abs. 3 Nr. 1 AufenthG: training of at least two years. */
    static final int QUALIFIED_TRAINING_MINIMUM_YEARS = 2;

    /**
     * The day the BeschV amendment of 2023 took effect: the new § 6 (experienced workers), § 2a with § 16d Abs. 3
     * AufenthG (recognition partnership), § 15d (short-term contingent) and § 22a (nursing assistants). Before it the
     * old § 6 BeschV covered only IT specialists without formal qualification.
     */
    static final LocalDate BESCHV_REFORM_2024 = LocalDate.of(2024, 3, 1);

    /**
     * § 61 Abs. 2 Satz 4 AsylG, § 60a Abs. 6 Satz 1 Nr. 3 AufenthG: nationals of safe countries of origin whose asylum
     * application was made after this day may not be allowed to work.
     */
    static final LocalDate SAFE_COUNTRY_APPLICATION_CUTOFF = LocalDate.of(2015, 8, 31);

    /** § 20a Abs. 3 AufenthG: a Chancenkarte allows employment of up to 20 hours a week on average. */
    static final int OPPORTUNITY_CARD_MAXIMUM_WEEKLY_HOURS = 20;

    /** § 16b Abs. 3 AufenthG: students may work 140 full working days a year. */
    static final int STUDENT_WORKING_DAYS_PER_YEAR = 140;

    /** § 16b Abs. 3 AufenthG: up to 20 hours a week count as two and a half days. */
    static final int STUDENT_PART_TIME_WEEKLY_HOURS = 20;

    /** § 15d Abs. 1 BeschV: regularly at least 30 hours a week. */
    static final int SHORT_TERM_MINIMUM_WEEKLY_HOURS = 30;

    /** § 15d Abs. 3 BeschV: at most eight months within twelve. */
    static final int SHORT_TERM_MAXIMUM_MONTHS = 8;

    /** § 61 Abs. 2 Satz 1 AsylG, § 32 Abs. 1 BeschV: three months of permitted, tolerated or allowed stay. */
    static final int WAITING_MONTHS = 3;

    /** § 61 Abs. 1 Satz 2 AsylG: while obliged to live in a reception facility, employment after six months. */
    static final int RECEPTION_FACILITY_WAITING_MONTHS = 6;

    /** § 32 Abs. 2 Nr. 5 BeschV: no BA approval after four years of uninterrupted stay. */
    static final int NO_APPROVAL_AFTER_MONTHS_OF_STAY = 48;

    /** § 9 Abs. 1 Nr. 1 BeschV: two years of lawful employment subject to social insurance. */
    static final int SECTION_9_MONTHS_OF_EMPLOYMENT = 24;

    /** § 9 Abs. 1 Nr. 2 BeschV: three years of uninterrupted lawful, tolerated or permitted stay. */
    static final int SECTION_9_MONTHS_OF_STAY = 36;

    /** Hourly pay = annual salary / (weekly hours × 52), as the self-check contract defines it. */
    static final int WEEKS_PER_YEAR = 52;

    /**
     * From 2026 the GEAS adaptation act may restrict § 61 AsylG (work bans after a BAMF rejection or breaches of
     * cooperation duties); whether and from when is unverified, so every asylum case from this day carries a warning.
     */
    static final LocalDate GEAS_CAVEAT_FROM = LocalDate.of(2026, 1, 1);

    /**
     * Council Implementing Decision (EU) 2022/382 with § 24 AufenthG: temporary protection for persons displaced from
     * Ukraine. Not a yearly list but the scope of the protection itself.
     */
    static final String UKRAINE = "UA";

    /** Months before 1 January from which the yearly change of the salary thresholds is worth a warning. */
    static final int YEAR_CHANGE_WARNING_FROM_MONTH = 11;

    private LegalConstants() {
    }
}
