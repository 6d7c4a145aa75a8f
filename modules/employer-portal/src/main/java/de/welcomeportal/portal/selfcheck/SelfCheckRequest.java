package de.welcomeportal.portal.selfcheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.selfcheck.rules.Candidate;
import de.welcomeportal.portal.selfcheck.rules.Experience;
import de.welcomeportal.portal.selfcheck.rules.GermanLevel;
import de.welcomeportal.portal.selfcheck.rules.InGermany;
import de.welcomeportal.portal.selfcheck.rules.Job;
import de.welcomeportal.portal.selfcheck.rules.JobKind;
import de.welcomeportal.portal.selfcheck.rules.Location;
import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.selfcheck.rules.Qualification;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.Recognition;
import de.welcomeportal.portal.selfcheck.rules.RecognitionPartnership;
import de.welcomeportal.portal.selfcheck.rules.ResidenceStatus;
import de.welcomeportal.portal.selfcheck.rules.SelfCheckCase;

/**
 * The request of {@code POST /api/v1/self-check} exactly as the published contract names it. Optional fields take
 * the contract's defaults; everything is validated before the rules see it, and each problem is reported at its
 * field.
 */
public record SelfCheckRequest(
        @Nullable LocalDate decisionDate,
        @NotNull @Valid @Nullable CandidateData candidate,
        @NotNull @Valid @Nullable JobData job) {

    /** The case for the rules engine; {@code today} stands in for a missing decision date. Call after validation. */
    public SelfCheckCase toCase(LocalDate today) {
        return new SelfCheckCase(decisionDate == null ? today : decisionDate, required(candidate).toCandidate(),
                required(job).toJob());
    }

    @ValidStay
    public record CandidateData(
            @NotEmpty @Size(max = 5) @Nullable List<@NotNull @CountryCode String> citizenships,
            @NotNull @Min(15) @Max(99) @Nullable Integer age,
            @NotNull @Nullable Location location,
            @Nullable GermanLevel germanLevel,
            @Nullable Boolean adequatePensionProvision,
            @Valid @Nullable InGermanyData inGermany,
            @Valid @Nullable QualificationData qualification,
            @Valid @Nullable ExperienceData experience) {

        Candidate toCandidate() {
            QualificationData q = qualification == null ? QualificationData.DEFAULT : qualification;
            ExperienceData e = experience == null ? ExperienceData.DEFAULT : experience;
            return new Candidate(required(citizenships), required(age), required(location),
                    germanLevel == null ? GermanLevel.NONE : germanLevel, isTrue(adequatePensionProvision),
                    inGermany == null ? null : inGermany.toInGermany(), q.toQualification(), e.toExperience());
        }
    }

    public record InGermanyData(
            @NotNull @Nullable ResidenceStatus status,
            @Min(0) @Max(1200) @Nullable Integer monthsOfStay,
            @Nullable Boolean livesInReceptionFacility,
            @Min(0) @Max(1200) @Nullable Integer monthsInsuredEmployment,
            @Nullable LocalDate asylumAppliedOn,
            @Nullable Boolean asylumRejected,
            @Nullable Boolean receivedAsylumBenefitsLast24Months,
            @Nullable Boolean tolerationEmploymentRequirementsMet,
            @Nullable Pathway currentTitlePathway) {

        InGermany toInGermany() {
            return new InGermany(required(status), orZero(monthsOfStay), isTrue(livesInReceptionFacility),
                    orZero(monthsInsuredEmployment), asylumAppliedOn, isTrue(asylumRejected),
                    isTrue(receivedAsylumBenefitsLast24Months), isTrue(tolerationEmploymentRequirementsMet),
                    currentTitlePathway);
        }
    }

    public record QualificationData(
            @Nullable QualificationKind kind,
            @Min(0) @Max(10) @Nullable Integer trainingYears,
            @Nullable Recognition recognition,
            @Nullable Boolean stateRecognisedAbroad,
            @Nullable Boolean confirmedByGermanBody,
            @Nullable LocalDate awardedOn,
            @Nullable Boolean professionalLicence) {

        static final QualificationData DEFAULT = new QualificationData(null, null, null, null, null, null, null);

        Qualification toQualification() {
            return new Qualification(kind == null ? QualificationKind.NONE : kind, trainingYears,
                    recognition == null ? Recognition.NOT_ASSESSED : recognition, isTrue(stateRecognisedAbroad),
                    isTrue(confirmedByGermanBody), awardedOn, isTrue(professionalLicence));
        }
    }

    public record ExperienceData(
            @Min(0) @Max(5) @Nullable Integer relevantYearsInLast5,
            @Min(0) @Max(7) @Nullable Integer itYearsInLast7) {

        static final ExperienceData DEFAULT = new ExperienceData(null, null);

        Experience toExperience() {
            return new Experience(orZero(relevantYearsInLast5), orZero(itYearsInLast7));
        }
    }

    public record JobData(
            @Nullable JobKind kind,
            @Pattern(regexp = "[0-9]{2,4}", message = "{selfcheck.validation.isco}") @Nullable String isco,
            @Nullable Boolean qualified,
            @Nullable Boolean regulatedProfession,
            @Nullable Boolean healthOrCareJob,
            @NotNull @DecimalMin("0.01") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2)
            @Nullable BigDecimal grossAnnualSalary,
            @DecimalMin("1") @DecimalMax("60") @Digits(integer = 2, fraction = 2) @Nullable BigDecimal weeklyHours,
            @Min(1) @Max(120) @Nullable Integer contractMonths,
            @Nullable Boolean temporaryAgencyWork,
            @Nullable Boolean collectiveAgreement,
            @Nullable Boolean employerPaysTravelCosts,
            @Nullable Boolean recruitedByPrivateAgency,
            @Valid @Nullable PartnershipData recognitionPartnership) {

        Job toJob() {
            PartnershipData partnership = recognitionPartnership == null ? PartnershipData.DEFAULT
                    : recognitionPartnership;
            return new Job(kind == null ? JobKind.EMPLOYMENT : kind, isco, isTrue(qualified),
                    isTrue(regulatedProfession), isTrue(healthOrCareJob), required(grossAnnualSalary),
                    weeklyHours == null ? Job.DEFAULT_WEEKLY_HOURS : weeklyHours, contractMonths,
                    isTrue(temporaryAgencyWork), isTrue(collectiveAgreement), isTrue(employerPaysTravelCosts),
                    isTrue(recruitedByPrivateAgency), partnership.toPartnership());
        }
    }

    public record PartnershipData(@Nullable Boolean agreementSigned, @Nullable Boolean employerSuitableForTraining) {

        static final PartnershipData DEFAULT = new PartnershipData(null, null);

        RecognitionPartnership toPartnership() {
            return new RecognitionPartnership(isTrue(agreementSigned), isTrue(employerSuitableForTraining));
        }
    }

    private static boolean isTrue(@Nullable Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("validate the request before mapping it");
        }
        return value;
    }
}
