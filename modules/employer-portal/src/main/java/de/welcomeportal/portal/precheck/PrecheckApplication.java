package de.welcomeportal.portal.precheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.selfcheck.CountryCode;
import de.welcomeportal.portal.selfcheck.rules.GermanLevel;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.Recognition;
import de.welcomeportal.portal.selfcheck.rules.ResidenceStatus;

/**
 * What an employer submits for a pre-check. Its parts follow what the agreement of the accelerated skilled-worker
 * procedure (§ 81a Abs. 2 AufenthG) and the "Erklärung zum Beschäftigungsverhältnis" ask for, so that nothing has
 * to be asked twice later. The rules are on the domain objects: the form, the API and the service all validate
 * the same constraints.
 *
 * @param language the employer's language for mails and "My case": {@code de} or {@code en}
 */
@ValidApplication
public record PrecheckApplication(
        @NotNull @Valid @Nullable Employer employer,
        @NotNull @Valid @Nullable Position position,
        @NotNull @Valid @Nullable Candidate candidate,
        @NotNull @Valid @Nullable Wishes wishes,
        @AssertTrue(message = "{precheck.validation.privacy}") boolean privacyNoticeAcknowledged,
        @Pattern(regexp = "de|en", message = "{precheck.validation.language}") @Nullable String language) {

    static final String NAME = "[\\p{IsLatin}\\p{M}][\\p{IsLatin}\\p{M} '’.,\\-‐]*";
    /** Stricter than RFC 5322 on purpose: the addresses employers use, nothing that needs quoting. */
    static final String EMAIL = "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";
    static final String PHONE = "\\+?[0-9][0-9 ()/\\-]{4,29}";

    /** A postal address in Germany. */
    public record Address(
            @NotBlank @Size(max = 200) @PlainText @Nullable String street,
            @NotBlank @Pattern(regexp = "[0-9]{5}", message = "{precheck.validation.postcode}") @Nullable String postcode,
            @NotBlank @Size(max = 100) @PlainText @Nullable String city) {
    }

    /**
     * @param registerNumber Handelsregister (or Genossenschafts-, Partnerschafts-, Vereinsregister) number; optional
     * @param contactName    the person the Welcome-Center talks to
     */
    public record Employer(
            @NotBlank @Size(max = 200) @PlainText @Nullable String companyName,
            @NotBlank @Size(max = 60) @PlainText @Nullable String legalForm,
            @NotNull @Valid @Nullable Address address,
            @Pattern(regexp = "(HRA|HRB|GnR|PR|VR) ?[0-9]{1,7} ?[A-Z]{0,3}", message = "{precheck.validation.register}")
            @Nullable String registerNumber,
            @NotBlank @Size(max = 200) @Pattern(regexp = NAME, message = "{precheck.validation.name}")
            @Nullable String contactName,
            @NotBlank @Size(max = 254) @Email(message = "{precheck.validation.email}")
            @Pattern(regexp = EMAIL, message = "{precheck.validation.email}") @Nullable String email,
            @Size(max = 30) @Pattern(regexp = PHONE, message = "{precheck.validation.phone}") @Nullable String phone) {
    }

    /**
     * @param isco        ISCO-08 code of the occupation, 2–4 digits
     * @param workplace   where the work is done; must lie in the district
     * @param fixedTerm   a fixed-term contract; then {@code contractMonths} is required
     */
    public record Position(
            @NotBlank @Size(max = 200) @PlainText @Nullable String title,
            @Pattern(regexp = "[0-9]{2,4}", message = "{precheck.validation.isco}") @Nullable String isco,
            @NotNull @Valid @Nullable Address workplace,
            @NotNull @FutureOrPresent(message = "{precheck.validation.start-date}") @Nullable LocalDate startDate,
            @NotNull @DecimalMin("1") @DecimalMax("48") @Digits(integer = 2, fraction = 2) @Nullable BigDecimal weeklyHours,
            @NotNull @DecimalMin(value = "0.01", message = "{precheck.validation.salary}") @DecimalMax("10000000")
            @Digits(integer = 8, fraction = 2) @Nullable BigDecimal grossAnnualSalary,
            boolean collectiveAgreement,
            boolean fixedTerm,
            @Min(1) @Max(120) @Nullable Integer contractMonths) {
    }

    /**
     * Names are checked against the Latin characters of DIN 91379 (letters with diacritics, apostrophe, hyphen,
     * space, full stop, comma), as German registers store them.
     *
     * @param residenceStatus required when the candidate already lives in Germany
     */
    public record Candidate(
            @NotBlank @Size(max = 200) @Pattern(regexp = NAME, message = "{precheck.validation.name}") @Nullable String givenNames,
            @NotBlank @Size(max = 200) @Pattern(regexp = NAME, message = "{precheck.validation.name}") @Nullable String familyName,
            @NotNull @Past @MinimumAge(15) @Nullable LocalDate birthDate,
            @NotEmpty @Size(max = 5) @Nullable List<@NotNull @CountryCode String> citizenships,
            @NotNull @CountryCode @Nullable String countryOfResidence,
            @Nullable ResidenceStatus residenceStatus,
            @NotNull @Nullable QualificationKind qualification,
            @Size(max = 200) @PlainText @Nullable String qualificationTitle,
            @NotNull @Nullable Recognition recognition,
            @Size(max = 60) @Pattern(regexp = "[\\p{L}\\p{N} ./\\-]*", message = "{precheck.validation.reference}")
            @Nullable String recognitionReference,
            @NotNull @Nullable GermanLevel germanLevel) {
    }

    /** What the employer wants from the Welcome-Center; at least one. */
    public record Wishes(boolean advice, boolean acceleratedProcedure, boolean recognitionHelp) {

        @AssertTrue(message = "{precheck.validation.wishes}")
        public boolean isAnyChosen() {
            return advice || acceleratedProcedure || recognitionHelp;
        }
    }
}
