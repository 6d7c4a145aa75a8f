package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The residence situation of a candidate already in Germany.
 *
 * @param status                              the document held
 * @param monthsOfStay                        months of permitted, tolerated or allowed stay so far
 * @param livesInReceptionFacility            obliged to live in a reception facility (Aufnahmeeinrichtung)
 * @param monthsInsuredEmployment             months of employment subject to social insurance in Germany
 * @param asylumAppliedOn                     when asylum was applied for; {@code null} when never or not known
 * @param asylumRejected                      the asylum application was rejected
 * @param receivedAsylumBenefitsLast24Months  received benefits under the AsylbLG in the last 24 months
 * @param tolerationEmploymentRequirementsMet all conditions of § 60d AufenthG (Beschäftigungsduldung) are met
 * @param currentTitlePathway                 for {@link ResidenceStatus#PERMIT_BOUND_TO_EMPLOYER}: the pathway the
 *                                            current title was issued under
 */
public record InGermany(
        ResidenceStatus status,
        int monthsOfStay,
        boolean livesInReceptionFacility,
        int monthsInsuredEmployment,
        @Nullable LocalDate asylumAppliedOn,
        boolean asylumRejected,
        boolean receivedAsylumBenefitsLast24Months,
        boolean tolerationEmploymentRequirementsMet,
        @Nullable Pathway currentTitlePathway) {

    public InGermany {
        Objects.requireNonNull(status, "status");
    }

    /** Only the status known; everything else at its default. */
    public static InGermany withStatus(ResidenceStatus status) {
        return builder(status).build();
    }

    public static Builder builder(ResidenceStatus status) {
        return new Builder(status);
    }

    /** Builds the residence situation; unset fields take the contract's defaults. */
    public static final class Builder {
        private final ResidenceStatus status;
        private int monthsOfStay;
        private boolean livesInReceptionFacility;
        private int monthsInsuredEmployment;
        private @Nullable LocalDate asylumAppliedOn;
        private boolean asylumRejected;
        private boolean receivedAsylumBenefitsLast24Months;
        private boolean tolerationEmploymentRequirementsMet;
        private @Nullable Pathway currentTitlePathway;

        private Builder(ResidenceStatus status) {
            this.status = status;
        }

        public Builder monthsOfStay(int monthsOfStay) {
            this.monthsOfStay = monthsOfStay;
            return this;
        }

        public Builder livesInReceptionFacility(boolean livesInReceptionFacility) {
            this.livesInReceptionFacility = livesInReceptionFacility;
            return this;
        }

        public Builder monthsInsuredEmployment(int monthsInsuredEmployment) {
            this.monthsInsuredEmployment = monthsInsuredEmployment;
            return this;
        }

        public Builder asylumAppliedOn(@Nullable LocalDate asylumAppliedOn) {
            this.asylumAppliedOn = asylumAppliedOn;
            return this;
        }

        public Builder asylumRejected(boolean asylumRejected) {
            this.asylumRejected = asylumRejected;
            return this;
        }

        public Builder receivedAsylumBenefitsLast24Months(boolean received) {
            this.receivedAsylumBenefitsLast24Months = received;
            return this;
        }

        public Builder tolerationEmploymentRequirementsMet(boolean met) {
            this.tolerationEmploymentRequirementsMet = met;
            return this;
        }

        public Builder currentTitlePathway(@Nullable Pathway currentTitlePathway) {
            this.currentTitlePathway = currentTitlePathway;
            return this;
        }

        public InGermany build() {
            return new InGermany(status, monthsOfStay, livesInReceptionFacility, monthsInsuredEmployment,
                    asylumAppliedOn, asylumRejected, receivedAsylumBenefitsLast24Months,
                    tolerationEmploymentRequirementsMet, currentTitlePathway);
        }
    }
}
