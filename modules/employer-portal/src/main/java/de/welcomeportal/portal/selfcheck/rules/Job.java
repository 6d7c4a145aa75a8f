package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The job the employer offers.
 *
 * @param kind                     employment, vocational training, nursing assistant or short-term contingent work
 * @param isco                     ISCO-08 code, 2–4 digits; shortage and IT groups are decided from it
 * @param qualified                the job needs skills from a degree or a qualified vocational training (§ 2 Abs. 12b)
 * @param regulatedProfession      the job is a regulated profession in Germany
 * @param healthOrCareJob          a health or care occupation (§ 38 BeschV recruitment rule)
 * @param grossAnnualSalary        contractual gross pay per year in euros
 * @param weeklyHours              contractual hours per week (fractions allowed, e.g. 37.5)
 * @param contractMonths           length of a fixed-term contract; {@code null} = permanent
 * @param temporaryAgencyWork      the person is hired out by a temporary-work agency (Leiharbeit)
 * @param collectiveAgreement      the employer is bound by a collective agreement and pays its terms
 * @param employerPaysTravelCosts  the employer pays the travel costs (§ 15d BeschV)
 * @param recruitedByPrivateAgency recruited abroad by a private agency (§ 38 BeschV)
 * @param recognitionPartnership   what the employer brings to a recognition partnership
 */
public record Job(
        JobKind kind,
        @Nullable String isco,
        boolean qualified,
        boolean regulatedProfession,
        boolean healthOrCareJob,
        BigDecimal grossAnnualSalary,
        BigDecimal weeklyHours,
        @Nullable Integer contractMonths,
        boolean temporaryAgencyWork,
        boolean collectiveAgreement,
        boolean employerPaysTravelCosts,
        boolean recruitedByPrivateAgency,
        RecognitionPartnership recognitionPartnership) {

    /** The contract's default working time. */
    public static final BigDecimal DEFAULT_WEEKLY_HOURS = BigDecimal.valueOf(40);

    public Job {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(grossAnnualSalary, "grossAnnualSalary");
        Objects.requireNonNull(weeklyHours, "weeklyHours");
        Objects.requireNonNull(recognitionPartnership, "recognitionPartnership");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().kind(kind).isco(isco).qualified(qualified).regulatedProfession(regulatedProfession)
                .healthOrCareJob(healthOrCareJob).grossAnnualSalary(grossAnnualSalary).weeklyHours(weeklyHours)
                .contractMonths(contractMonths).temporaryAgencyWork(temporaryAgencyWork)
                .collectiveAgreement(collectiveAgreement).employerPaysTravelCosts(employerPaysTravelCosts)
                .recruitedByPrivateAgency(recruitedByPrivateAgency).recognitionPartnership(recognitionPartnership);
    }

    /** Builds a job; unset fields take the contract's defaults (employment, 40 hours, permanent, unqualified). */
    public static final class Builder {
        private JobKind kind = JobKind.EMPLOYMENT;
        private @Nullable String isco;
        private boolean qualified;
        private boolean regulatedProfession;
        private boolean healthOrCareJob;
        private BigDecimal grossAnnualSalary = BigDecimal.ZERO;
        private BigDecimal weeklyHours = DEFAULT_WEEKLY_HOURS;
        private @Nullable Integer contractMonths;
        private boolean temporaryAgencyWork;
        private boolean collectiveAgreement;
        private boolean employerPaysTravelCosts;
        private boolean recruitedByPrivateAgency;
        private RecognitionPartnership recognitionPartnership = RecognitionPartnership.none();

        private Builder() {
        }

        public Builder kind(JobKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder isco(@Nullable String isco) {
            this.isco = isco;
            return this;
        }

        public Builder qualified(boolean qualified) {
            this.qualified = qualified;
            return this;
        }

        public Builder regulatedProfession(boolean regulatedProfession) {
            this.regulatedProfession = regulatedProfession;
            return this;
        }

        public Builder healthOrCareJob(boolean healthOrCareJob) {
            this.healthOrCareJob = healthOrCareJob;
            return this;
        }

        public Builder grossAnnualSalary(BigDecimal grossAnnualSalary) {
            this.grossAnnualSalary = grossAnnualSalary;
            return this;
        }

        /** The salary from its decimal notation, e.g. {@code "50699.99"}. */
        public Builder grossAnnualSalary(String euros) {
            return grossAnnualSalary(new BigDecimal(euros));
        }

        public Builder weeklyHours(BigDecimal weeklyHours) {
            this.weeklyHours = weeklyHours;
            return this;
        }

        public Builder weeklyHours(int weeklyHours) {
            return weeklyHours(BigDecimal.valueOf(weeklyHours));
        }

        public Builder contractMonths(@Nullable Integer contractMonths) {
            this.contractMonths = contractMonths;
            return this;
        }

        public Builder temporaryAgencyWork(boolean temporaryAgencyWork) {
            this.temporaryAgencyWork = temporaryAgencyWork;
            return this;
        }

        public Builder collectiveAgreement(boolean collectiveAgreement) {
            this.collectiveAgreement = collectiveAgreement;
            return this;
        }

        public Builder employerPaysTravelCosts(boolean employerPaysTravelCosts) {
            this.employerPaysTravelCosts = employerPaysTravelCosts;
            return this;
        }

        public Builder recruitedByPrivateAgency(boolean recruitedByPrivateAgency) {
            this.recruitedByPrivateAgency = recruitedByPrivateAgency;
            return this;
        }

        public Builder recognitionPartnership(RecognitionPartnership recognitionPartnership) {
            this.recognitionPartnership = recognitionPartnership;
            return this;
        }

        public Job build() {
            return new Job(kind, isco, qualified, regulatedProfession, healthOrCareJob, grossAnnualSalary,
                    weeklyHours, contractMonths, temporaryAgencyWork, collectiveAgreement, employerPaysTravelCosts,
                    recruitedByPrivateAgency, recognitionPartnership);
        }
    }
}
