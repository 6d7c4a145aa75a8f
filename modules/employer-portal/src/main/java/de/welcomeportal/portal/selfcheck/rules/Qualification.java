package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The candidate's highest qualification and what is known about its recognition.
 *
 * @param kind                  none, school, vocational or academic
 * @param trainingYears         length of the vocational training in years; {@code null} when not known
 * @param recognition           outcome of the recognition procedure in Germany
 * @param stateRecognisedAbroad recognised by the state where it was acquired (§ 6 Abs. 1 Nr. 3 BeschV, § 16d Abs. 3)
 * @param confirmedByGermanBody that state recognition is confirmed by a competent German body (e.g. the ZAB)
 * @param awardedOn             the day the degree was awarded (new-entrant rule); {@code null} when not known
 * @param professionalLicence   the licence to practise a regulated profession (Berufsausübungserlaubnis) is granted
 */
public record Qualification(
        QualificationKind kind,
        @Nullable Integer trainingYears,
        Recognition recognition,
        boolean stateRecognisedAbroad,
        boolean confirmedByGermanBody,
        @Nullable LocalDate awardedOn,
        boolean professionalLicence) {

    public Qualification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recognition, "recognition");
    }

    /** No qualification at all. */
    public static Qualification none() {
        return new Qualification(QualificationKind.NONE, null, Recognition.NOT_ASSESSED, false, false, null, false);
    }

    /** A degree with the given recognition in Germany. */
    public static Qualification degree(Recognition recognition) {
        return builder().kind(QualificationKind.ACADEMIC).recognition(recognition).build();
    }

    /** A vocational qualification with the given recognition in Germany. */
    public static Qualification vocational(Recognition recognition) {
        return builder().kind(QualificationKind.VOCATIONAL).recognition(recognition).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().kind(kind).trainingYears(trainingYears).recognition(recognition)
                .stateRecognisedAbroad(stateRecognisedAbroad).confirmedByGermanBody(confirmedByGermanBody)
                .awardedOn(awardedOn).professionalLicence(professionalLicence);
    }

    /** Builds a qualification; unset fields take the contract's defaults. */
    public static final class Builder {
        private QualificationKind kind = QualificationKind.NONE;
        private @Nullable Integer trainingYears;
        private Recognition recognition = Recognition.NOT_ASSESSED;
        private boolean stateRecognisedAbroad;
        private boolean confirmedByGermanBody;
        private @Nullable LocalDate awardedOn;
        private boolean professionalLicence;

        private Builder() {
        }

        public Builder kind(QualificationKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder trainingYears(@Nullable Integer trainingYears) {
            this.trainingYears = trainingYears;
            return this;
        }

        public Builder recognition(Recognition recognition) {
            this.recognition = recognition;
            return this;
        }

        public Builder stateRecognisedAbroad(boolean stateRecognisedAbroad) {
            this.stateRecognisedAbroad = stateRecognisedAbroad;
            return this;
        }

        public Builder confirmedByGermanBody(boolean confirmedByGermanBody) {
            this.confirmedByGermanBody = confirmedByGermanBody;
            return this;
        }

        public Builder awardedOn(@Nullable LocalDate awardedOn) {
            this.awardedOn = awardedOn;
            return this;
        }

        public Builder professionalLicence(boolean professionalLicence) {
            this.professionalLicence = professionalLicence;
            return this;
        }

        public Qualification build() {
            return new Qualification(kind, trainingYears, recognition, stateRecognisedAbroad, confirmedByGermanBody,
                    awardedOn, professionalLicence);
        }
    }
}
