package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The yearly figures and lists of the law as they stand on one decision date. They come from effective-dated data
 * that editors maintain ({@code content/}), never from constants in code; the rules only compare against them.
 *
 * <p>Amounts are euros. Country codes are ISO 3166-1 alpha-2 ({@code XK} = Kosovo); occupation groups are ISCO-08
 * code prefixes ({@code "21"} covers every code starting with 21).
 *
 * @param validFrom                   the latest valid-from date among the values in force: "figures valid from"
 * @param blueCardGeneralThreshold    § 18g Abs. 1 Satz 1 AufenthG, 50 % of the pension contribution ceiling
 * @param blueCardReducedThreshold    § 18g Abs. 1 Satz 2 and Abs. 2 AufenthG, 45.3 % of the ceiling
 * @param experiencedWorkerThreshold  § 6 Abs. 1 Satz 1 Nr. 2 BeschV (with § 19c Abs. 2 AufenthG), 45 % of the
 *                                    ceiling; {@code null} where that rule is not in force (before 1 March 2024)
 * @param legacyItSpecialistThreshold § 6 BeschV in its version before 1 March 2024 (IT specialists without formal
 *                                    qualification, 60 % of the ceiling); {@code null} where not in force
 * @param olderWorkerThreshold        § 18 Abs. 2 Nr. 5 AufenthG and § 1 Abs. 2 BeschV (age-45 rule), 55 % of the
 *                                    ceiling
 * @param minimumHourlyWage           § 1 Abs. 2 MiLoG, euros per hour
 * @param westernBalkansAnnualQuota   § 26 Abs. 2 Satz 3 BeschV, approvals per calendar year
 * @param shortTermAnnualQuota        § 15d Abs. 1 BeschV, the quota the Federal Employment Agency has set
 * @param fees                        fees that employers and candidates meet on the way
 * @param freeMovementStates          EU, EEA and Switzerland (FreizügG/EU, § 12 FreizügG/EU, FZA EU–CH)
 * @param privilegedStates            § 26 Abs. 1 BeschV
 * @param westernBalkanStates         § 26 Abs. 2 BeschV
 * @param visaFreeEmploymentStates    § 41 Abs. 1 AufenthV: may enter visa-free and obtain a title for employment
 *                                    in Germany
 * @param healthRecruitmentBanStates  annex to § 38 BeschV: recruitment for health and care jobs only by the BA
 * @param safeCountriesOfOrigin       § 29a AsylG with Anlage II
 * @param shortageOccupationGroups    § 18g Abs. 1 Satz 2 Nr. 1 AufenthG (ISCO-08 groups)
 * @param itOccupationGroups          § 18g Abs. 2 AufenthG and § 6 Abs. 1 Satz 3 BeschV (ISCO-08 133 and 25)
 */
public record RuleFigures(
        LocalDate validFrom,
        BigDecimal blueCardGeneralThreshold,
        BigDecimal blueCardReducedThreshold,
        @Nullable BigDecimal experiencedWorkerThreshold,
        @Nullable BigDecimal legacyItSpecialistThreshold,
        BigDecimal olderWorkerThreshold,
        BigDecimal minimumHourlyWage,
        int westernBalkansAnnualQuota,
        int shortTermAnnualQuota,
        Fees fees,
        Set<String> freeMovementStates,
        Set<String> privilegedStates,
        Set<String> westernBalkanStates,
        Set<String> visaFreeEmploymentStates,
        Set<String> healthRecruitmentBanStates,
        Set<String> safeCountriesOfOrigin,
        Set<String> shortageOccupationGroups,
        Set<String> itOccupationGroups) {

    public RuleFigures {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(blueCardGeneralThreshold, "blueCardGeneralThreshold");
        Objects.requireNonNull(blueCardReducedThreshold, "blueCardReducedThreshold");
        Objects.requireNonNull(olderWorkerThreshold, "olderWorkerThreshold");
        Objects.requireNonNull(minimumHourlyWage, "minimumHourlyWage");
        Objects.requireNonNull(fees, "fees");
        freeMovementStates = Set.copyOf(freeMovementStates);
        privilegedStates = Set.copyOf(privilegedStates);
        westernBalkanStates = Set.copyOf(westernBalkanStates);
        visaFreeEmploymentStates = Set.copyOf(visaFreeEmploymentStates);
        healthRecruitmentBanStates = Set.copyOf(healthRecruitmentBanStates);
        safeCountriesOfOrigin = Set.copyOf(safeCountriesOfOrigin);
        shortageOccupationGroups = Set.copyOf(shortageOccupationGroups);
        itOccupationGroups = Set.copyOf(itOccupationGroups);
    }

    /** Whether an ISCO-08 code (2–4 digits) falls into one of the groups (code prefixes). */
    public static boolean inGroups(@Nullable String isco, Set<String> groups) {
        if (isco == null) {
            return false;
        }
        for (String group : groups) {
            if (isco.startsWith(group)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fees in euros.
     *
     * @param acceleratedProcedure       § 47 Abs. 1 Nr. 15 AufenthV, the accelerated skilled-worker procedure
     * @param nationalVisa               § 46 AufenthV, a national (D) visa
     * @param residencePermit            § 45 AufenthV, first issue of a residence permit or Blue Card
     * @param statementOfComparability   ZAB statement of comparability of a foreign degree (first application)
     * @param qualificationConfirmation  ZAB "Digitale Auskunft zur Berufsqualifikation" (§ 6 BeschV, § 16d Abs. 3)
     */
    public record Fees(BigDecimal acceleratedProcedure, BigDecimal nationalVisa, BigDecimal residencePermit,
                       BigDecimal statementOfComparability, BigDecimal qualificationConfirmation) {

        public Fees {
            Objects.requireNonNull(acceleratedProcedure, "acceleratedProcedure");
            Objects.requireNonNull(nationalVisa, "nationalVisa");
            Objects.requireNonNull(residencePermit, "residencePermit");
            Objects.requireNonNull(statementOfComparability, "statementOfComparability");
            Objects.requireNonNull(qualificationConfirmation, "qualificationConfirmation");
        }
    }
}
