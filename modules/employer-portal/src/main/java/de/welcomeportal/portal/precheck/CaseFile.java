package de.welcomeportal.portal.precheck;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.selfcheck.rules.GermanLevel;
import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.Recognition;
import de.welcomeportal.portal.selfcheck.rules.ResidenceStatus;

/**
 * A pre-check: the employer's case file and where it stands. Status changes only through {@link #moveTo}, which
 * refuses what the workflow does not allow; the version column stops two caseworkers from overwriting each other.
 * Personal data lives in nullable columns so that {@link #anonymise} can remove it and keep the statistics.
 */
@Entity
@Table(name = "precheck_case")
class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CaseStatus status;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "anonymised_at")
    private @Nullable Instant anonymisedAt;

    @Column(length = 64)
    private @Nullable String assignee;

    @Column(length = 64)
    private @Nullable String office;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private @Nullable Pathway pathway;

    @Column(name = "self_check_snapshot", length = 100_000)
    private @Nullable String selfCheckSnapshot;

    // the employer
    @Column(name = "company_name", length = 200) private @Nullable String companyName;
    @Column(name = "legal_form", length = 60) private @Nullable String legalForm;
    @Column(name = "employer_street", length = 200) private @Nullable String employerStreet;
    @Column(name = "employer_postcode", length = 5) private @Nullable String employerPostcode;
    @Column(name = "employer_city", length = 100) private @Nullable String employerCity;
    @Column(name = "register_number", length = 40) private @Nullable String registerNumber;
    @Column(name = "contact_name", length = 200) private @Nullable String contactName;
    @Column(name = "contact_email", length = 254) private @Nullable String contactEmail;
    @Column(name = "contact_phone", length = 30) private @Nullable String contactPhone;

    // the position
    @Column(name = "job_title", length = 200) private @Nullable String jobTitle;
    @Column(name = "job_isco", length = 4) private @Nullable String jobIsco;
    @Column(name = "workplace_street", length = 200) private @Nullable String workplaceStreet;
    @Column(name = "workplace_postcode", length = 5) private @Nullable String workplacePostcode;
    @Column(name = "workplace_city", length = 100) private @Nullable String workplaceCity;
    @Column(name = "start_date") private @Nullable LocalDate startDate;
    @Column(name = "weekly_hours", precision = 4, scale = 2) private @Nullable BigDecimal weeklyHours;
    @Column(name = "gross_annual_salary", precision = 10, scale = 2) private @Nullable BigDecimal grossAnnualSalary;
    @Column(name = "collective_agreement") private boolean collectiveAgreement;
    @Column(name = "fixed_term") private boolean fixedTerm;
    @Column(name = "contract_months") private @Nullable Integer contractMonths;

    // the candidate
    @Column(name = "candidate_given_names", length = 200) private @Nullable String candidateGivenNames;
    @Column(name = "candidate_family_name", length = 200) private @Nullable String candidateFamilyName;
    @Column(name = "candidate_birth_date") private @Nullable LocalDate candidateBirthDate;
    @Column(name = "candidate_citizenships", length = 20) private @Nullable String candidateCitizenships;
    @Column(name = "candidate_residence_country", length = 2) private @Nullable String candidateResidenceCountry;
    @Enumerated(EnumType.STRING) @Column(name = "candidate_residence_status", length = 40)
    private @Nullable ResidenceStatus candidateResidenceStatus;
    @Enumerated(EnumType.STRING) @Column(name = "qualification_kind", length = 20)
    private @Nullable QualificationKind qualificationKind;
    @Column(name = "qualification_title", length = 200) private @Nullable String qualificationTitle;
    @Enumerated(EnumType.STRING) @Column(length = 20) private @Nullable Recognition recognition;
    @Column(name = "recognition_reference", length = 60) private @Nullable String recognitionReference;
    @Enumerated(EnumType.STRING) @Column(name = "german_level", length = 4) private @Nullable GermanLevel germanLevel;

    // what the employer wants
    @Column(name = "wants_advice", nullable = false) private boolean wantsAdvice;
    @Column(name = "wants_accelerated_procedure", nullable = false) private boolean wantsAcceleratedProcedure;
    @Column(name = "wants_recognition_help", nullable = false) private boolean wantsRecognitionHelp;
    @Column(name = "privacy_acknowledged_at", nullable = false) private Instant privacyAcknowledgedAt;

    // the Welcome-Center's answer
    @Enumerated(EnumType.STRING) @Column(name = "answer_pathway", length = 40) private @Nullable Pathway answerPathway;
    @Column(name = "answer_text", length = 4000) private @Nullable String answerText;
    @Column(name = "answer_authority", length = 400) private @Nullable String answerAuthority;
    @Column(name = "answer_missing_documents", length = 2000) private @Nullable String answerMissingDocuments;

    protected CaseFile() {
        this.reference = "";
        this.status = CaseStatus.AWAITING_CONFIRMATION;
        this.language = "de";
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.statusChangedAt = Instant.EPOCH;
        this.privacyAcknowledgedAt = Instant.EPOCH;
    }

    CaseFile(String reference, String tokenHash, PrecheckApplication application, @Nullable Pathway pathway,
             @Nullable String selfCheckSnapshot, Instant now) {
        this.reference = reference;
        this.tokenHash = tokenHash;
        this.status = CaseStatus.AWAITING_CONFIRMATION;
        this.language = application.language() == null ? "de" : application.language();
        this.createdAt = now;
        this.statusChangedAt = now;
        this.privacyAcknowledgedAt = now;
        this.pathway = pathway;
        this.selfCheckSnapshot = selfCheckSnapshot;
        PrecheckApplication.Employer employer = required(application.employer());
        PrecheckApplication.Address employerAddress = required(employer.address());
        companyName = employer.companyName();
        legalForm = employer.legalForm();
        employerStreet = employerAddress.street();
        employerPostcode = employerAddress.postcode();
        employerCity = employerAddress.city();
        registerNumber = blankToNull(employer.registerNumber());
        contactName = employer.contactName();
        contactEmail = employer.email();
        contactPhone = blankToNull(employer.phone());
        PrecheckApplication.Position position = required(application.position());
        PrecheckApplication.Address workplace = required(position.workplace());
        jobTitle = position.title();
        jobIsco = blankToNull(position.isco());
        workplaceStreet = workplace.street();
        workplacePostcode = workplace.postcode();
        workplaceCity = workplace.city();
        startDate = position.startDate();
        weeklyHours = position.weeklyHours();
        grossAnnualSalary = position.grossAnnualSalary();
        collectiveAgreement = position.collectiveAgreement();
        fixedTerm = position.fixedTerm();
        contractMonths = position.fixedTerm() ? position.contractMonths() : null;
        PrecheckApplication.Candidate candidate = required(application.candidate());
        candidateGivenNames = candidate.givenNames();
        candidateFamilyName = candidate.familyName();
        candidateBirthDate = candidate.birthDate();
        candidateCitizenships = String.join(",", required(candidate.citizenships()));
        candidateResidenceCountry = candidate.countryOfResidence();
        candidateResidenceStatus = candidate.residenceStatus();
        qualificationKind = candidate.qualification();
        qualificationTitle = blankToNull(candidate.qualificationTitle());
        recognition = candidate.recognition();
        recognitionReference = blankToNull(candidate.recognitionReference());
        germanLevel = candidate.germanLevel();
        PrecheckApplication.Wishes wishes = required(application.wishes());
        wantsAdvice = wishes.advice();
        wantsAcceleratedProcedure = wishes.acceleratedProcedure();
        wantsRecognitionHelp = wishes.recognitionHelp();
    }

    /**
     * Moves the case on in the workflow.
     *
     * @throws IllegalTransitionException when the workflow does not allow the step from the current status
     */
    void moveTo(CaseStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(reference, status, target);
        }
        status = target;
        statusChangedAt = now;
        if (target == CaseStatus.SUBMITTED && confirmedAt == null) {
            confirmedAt = now;
        }
        closedAt = target == CaseStatus.CLOSED || target == CaseStatus.WITHDRAWN ? now : null;
    }

    void assignTo(@Nullable String username) {
        assignee = username;
    }

    void recordAnswer(Pathway pathway, String text, String authority, String missingDocuments) {
        answerPathway = pathway;
        answerText = text;
        answerAuthority = authority;
        answerMissingDocuments = missingDocuments;
    }

    void renewToken(String newTokenHash) {
        tokenHash = newTokenHash;
    }

    /** Deletes every personal detail; what remains (status, dates, pathway, office) is anonymous statistics. */
    void anonymise(Instant now) {
        companyName = null;
        legalForm = null;
        employerStreet = null;
        employerPostcode = null;
        employerCity = null;
        registerNumber = null;
        contactName = null;
        contactEmail = null;
        contactPhone = null;
        jobTitle = null;
        workplaceStreet = null;
        workplaceCity = null;
        candidateGivenNames = null;
        candidateFamilyName = null;
        candidateBirthDate = null;
        candidateResidenceCountry = null;
        qualificationTitle = null;
        recognitionReference = null;
        selfCheckSnapshot = null;
        answerText = null;
        answerAuthority = null;
        answerMissingDocuments = null;
        anonymisedAt = now;
    }

    @Nullable Long id() { return id; }
    long version() { return version; }
    String reference() { return reference; }
    CaseStatus status() { return status; }
    String language() { return language; }
    String tokenHash() { return tokenHash; }
    Instant createdAt() { return createdAt; }
    @Nullable Instant confirmedAt() { return confirmedAt; }
    Instant statusChangedAt() { return statusChangedAt; }
    @Nullable Instant closedAt() { return closedAt; }
    @Nullable Instant anonymisedAt() { return anonymisedAt; }
    @Nullable String assignee() { return assignee; }
    @Nullable String office() { return office; }
    @Nullable Pathway pathway() { return pathway; }
    @Nullable String selfCheckSnapshot() { return selfCheckSnapshot; }
    @Nullable String companyName() { return companyName; }
    @Nullable String legalForm() { return legalForm; }
    @Nullable String employerStreet() { return employerStreet; }
    @Nullable String employerPostcode() { return employerPostcode; }
    @Nullable String employerCity() { return employerCity; }
    @Nullable String registerNumber() { return registerNumber; }
    @Nullable String contactName() { return contactName; }
    @Nullable String contactEmail() { return contactEmail; }
    @Nullable String contactPhone() { return contactPhone; }
    @Nullable String jobTitle() { return jobTitle; }
    @Nullable String jobIsco() { return jobIsco; }
    @Nullable String workplaceStreet() { return workplaceStreet; }
    @Nullable String workplacePostcode() { return workplacePostcode; }
    @Nullable String workplaceCity() { return workplaceCity; }
    @Nullable LocalDate startDate() { return startDate; }
    @Nullable BigDecimal weeklyHours() { return weeklyHours; }
    @Nullable BigDecimal grossAnnualSalary() { return grossAnnualSalary; }
    boolean collectiveAgreement() { return collectiveAgreement; }
    boolean fixedTerm() { return fixedTerm; }
    @Nullable Integer contractMonths() { return contractMonths; }
    @Nullable String candidateGivenNames() { return candidateGivenNames; }
    @Nullable String candidateFamilyName() { return candidateFamilyName; }
    @Nullable LocalDate candidateBirthDate() { return candidateBirthDate; }
    List<String> candidateCitizenships() {
        return candidateCitizenships == null || candidateCitizenships.isEmpty() ? List.of()
                : Arrays.asList(candidateCitizenships.split(","));
    }
    @Nullable String candidateResidenceCountry() { return candidateResidenceCountry; }
    @Nullable ResidenceStatus candidateResidenceStatus() { return candidateResidenceStatus; }
    @Nullable QualificationKind qualificationKind() { return qualificationKind; }
    @Nullable String qualificationTitle() { return qualificationTitle; }
    @Nullable Recognition recognition() { return recognition; }
    @Nullable String recognitionReference() { return recognitionReference; }
    @Nullable GermanLevel germanLevel() { return germanLevel; }
    boolean wantsAdvice() { return wantsAdvice; }
    boolean wantsAcceleratedProcedure() { return wantsAcceleratedProcedure; }
    boolean wantsRecognitionHelp() { return wantsRecognitionHelp; }
    Instant privacyAcknowledgedAt() { return privacyAcknowledgedAt; }
    @Nullable Pathway answerPathway() { return answerPathway; }
    @Nullable String answerText() { return answerText; }
    @Nullable String answerAuthority() { return answerAuthority; }
    @Nullable String answerMissingDocuments() { return answerMissingDocuments; }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException("validate the application before creating a case file");
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
