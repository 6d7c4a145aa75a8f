package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the rules ask about a case, worked out once: nationality groups, where the person is, occupation groups and
 * the minimum-wage comparison. The rules read these instead of repeating the look-ups.
 */
final class CaseFacts {

    final RuleFigures figures;
    final LocalDate decisionDate;
    final Candidate candidate;
    final Qualification qualification;
    final Experience experience;
    final Job job;
    final BigDecimal salary;

    final boolean abroad;
    /** The residence situation when the person is in Germany, else {@code null}. */
    final @Nullable InGermany inGermany;
    /** The status in Germany, {@code null} when abroad (or in Germany without any status given). */
    final @Nullable ResidenceStatus status;

    final boolean freeMovementCitizen;
    final boolean privilegedCitizen;
    final boolean westernBalkansCitizen;
    /** § 41 Abs. 1 AufenthV: may enter visa-free and obtain a title for employment in Germany. */
    final boolean visaFreeForEmployment;
    final boolean fromHealthRecruitmentBanState;
    final boolean fromSafeCountryOfOrigin;
    final boolean ukrainian;
    /** Needs a national visa for employment: neither EU/EEA/CH nor a § 41 Abs. 1 AufenthV national. */
    final boolean visaRequired;

    final boolean shortageOccupation;
    final boolean itOccupation;
    final boolean healthOrCareJob;

    /** The minimum wage binds this job: everything except vocational training (§ 22 Abs. 3 MiLoG). */
    final boolean minimumWageApplies;
    /** Hourly pay (salary / (weekly hours × 52)) reaches the statutory minimum wage. */
    final boolean minimumWageMet;

    private CaseFacts(SelfCheckCase selfCheckCase, RuleFigures figures) {
        this.figures = figures;
        this.decisionDate = selfCheckCase.decisionDate();
        this.candidate = selfCheckCase.candidate();
        this.qualification = candidate.qualification();
        this.experience = candidate.experience();
        this.job = selfCheckCase.job();
        this.salary = job.grossAnnualSalary();

        this.abroad = candidate.location() == Location.ABROAD;
        this.inGermany = candidate.inGermanyIfThere();
        this.status = inGermany == null ? null : inGermany.status();

        List<String> citizenships = candidate.citizenships();
        this.freeMovementCitizen = anyIn(citizenships, figures.freeMovementStates());
        this.privilegedCitizen = anyIn(citizenships, figures.privilegedStates());
        this.westernBalkansCitizen = anyIn(citizenships, figures.westernBalkanStates());
        this.visaFreeForEmployment = anyIn(citizenships, figures.visaFreeEmploymentStates());
        this.fromHealthRecruitmentBanState = anyIn(citizenships, figures.healthRecruitmentBanStates());
        this.fromSafeCountryOfOrigin = anyIn(citizenships, figures.safeCountriesOfOrigin());
        this.ukrainian = citizenships.contains(LegalConstants.UKRAINE);
        this.visaRequired = !freeMovementCitizen && !visaFreeForEmployment;

        this.shortageOccupation = RuleFigures.inGroups(job.isco(), figures.shortageOccupationGroups());
        this.itOccupation = RuleFigures.inGroups(job.isco(), figures.itOccupationGroups());
        this.healthOrCareJob = job.healthOrCareJob() || job.kind() == JobKind.NURSING_ASSISTANT;

        this.minimumWageApplies = job.kind() != JobKind.VOCATIONAL_TRAINING;
        BigDecimal minimumAnnualPay = figures.minimumHourlyWage()
                .multiply(job.weeklyHours())
                .multiply(BigDecimal.valueOf(LegalConstants.WEEKS_PER_YEAR));
        this.minimumWageMet = salary.compareTo(minimumAnnualPay) >= 0;
    }

    static CaseFacts of(SelfCheckCase selfCheckCase, RuleFigures figures) {
        return new CaseFacts(selfCheckCase, figures);
    }

    /** Hourly pay in euros, cut (not rounded up) to the cent, for display; zero hours give zero. */
    BigDecimal hourlyPay() {
        BigDecimal hoursPerYear = job.weeklyHours().multiply(BigDecimal.valueOf(LegalConstants.WEEKS_PER_YEAR));
        if (hoursPerYear.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return salary.divide(hoursPerYear, 2, RoundingMode.DOWN);
    }

    boolean salaryAtLeast(@Nullable BigDecimal threshold) {
        return threshold != null && salary.compareTo(threshold) >= 0;
    }

    boolean hasStatus(ResidenceStatus wanted) {
        return status == wanted;
    }

    /** Gestattung or Duldung: no residence title, employment only with the ABH's permission. */
    boolean asylumOrToleration() {
        return status != null && status.isAsylumOrToleration();
    }

    /** A degree that is recognised or comparable in Germany (§ 18 Abs. 3 Nr. 2 AufenthG). */
    boolean recognisedDegree() {
        return qualification.kind() == QualificationKind.ACADEMIC && qualification.recognition() == Recognition.FULL;
    }

    /**
     * The person holds a title bound to an employer (or a Blue Card) issued under this pathway, so taking the new
     * job is a change of employer, not a first issuance: rules for the first title (age-45 rule, Western Balkans
     * visa route) do not apply again.
     */
    boolean changesEmployerWithin(Pathway pathway) {
        if (inGermany == null) {
            return false;
        }
        return switch (inGermany.status()) {
            case PERMIT_BOUND_TO_EMPLOYER -> inGermany.currentTitlePathway() == pathway;
            case BLUE_CARD -> pathway == Pathway.BLUE_CARD;
            default -> false;
        };
    }

    /** Months of stay in Germany, 0 when abroad. */
    int monthsOfStay() {
        return inGermany == null ? 0 : inGermany.monthsOfStay();
    }

    private static boolean anyIn(List<String> citizenships, Set<String> states) {
        for (int i = 0; i < citizenships.size(); i++) {
            if (states.contains(citizenships.get(i))) {
                return true;
            }
        }
        return false;
    }
}
