package de.welcomeportal.portal.precheck;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.selfcheck.rules.GermanLevel;
import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.Recognition;
import de.welcomeportal.portal.selfcheck.rules.ResidenceStatus;

/** What the pre-check module shows of a case, to the employer and to staff; read-only snapshots. */
public final class PrecheckViews {

    private PrecheckViews() {
    }

    /**
     * A new case: its reference and the link that opens it (and confirms the e-mail address). The link is shown
     * and mailed once; it is not stored.
     */
    public record Submission(String reference, URI caseLink) {
    }

    /** One entry of a case's timeline. {@code author} is a staff login, {@code employer} or {@code system}. */
    public record TimelineEntry(Instant at, CaseEntryKind kind, String author, @Nullable String text) {
    }

    /** The Welcome-Center's answer. */
    public record Answer(Pathway pathway, String text, String authority, String missingDocuments) {
    }

    /** A supporting document: what it is, not its content. {@code uploadedBy} is a staff login or {@code employer}. */
    public record DocumentInfo(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
                               String uploadedBy) {
    }

    /** What the holder of the case link sees under "My case". */
    public record EmployerCase(String reference, CaseStatus status, String language, Instant createdAt,
                               @Nullable String companyName, @Nullable String candidateName,
                               List<TimelineEntry> timeline, @Nullable Answer answer, List<DocumentInfo> documents) {
    }

    /** One row of the staff queue. */
    public record QueueEntry(String reference, CaseStatus status, @Nullable String companyName,
                             @Nullable String candidateName, @Nullable Pathway pathway, @Nullable String assignee,
                             @Nullable String office, @Nullable Instant confirmedAt, Instant statusChangedAt) {
    }

    /**
     * Filters of the staff queue; {@code null} or empty means "any".
     *
     * @param text matched against reference, company and the candidate's names, ignoring case
     */
    public record QueueFilter(Set<CaseStatus> statuses, @Nullable String office, @Nullable LocalDate submittedFrom,
                              @Nullable LocalDate submittedTo, @Nullable Pathway pathway, @Nullable String assignee,
                              @Nullable String text) {

        public static QueueFilter all() {
            return new QueueFilter(Set.of(), null, null, null, null, null, null);
        }
    }

    /** Everything staff see of a case; {@code version} must be passed back with every change. */
    public record StaffCase(
            String reference, long version, CaseStatus status, Set<CaseStatus> nextStatuses, String language,
            Instant createdAt, @Nullable Instant confirmedAt, @Nullable String assignee, @Nullable String office,
            @Nullable Pathway pathway, @Nullable String selfCheckSnapshot,
            @Nullable String companyName, @Nullable String legalForm, @Nullable String employerStreet,
            @Nullable String employerPostcode, @Nullable String employerCity, @Nullable String registerNumber,
            @Nullable String contactName, @Nullable String contactEmail, @Nullable String contactPhone,
            @Nullable String jobTitle, @Nullable String jobIsco, @Nullable String workplaceStreet,
            @Nullable String workplacePostcode, @Nullable String workplaceCity, @Nullable LocalDate startDate,
            @Nullable BigDecimal weeklyHours, @Nullable BigDecimal grossAnnualSalary, boolean collectiveAgreement,
            boolean fixedTerm, @Nullable Integer contractMonths,
            @Nullable String candidateGivenNames, @Nullable String candidateFamilyName,
            @Nullable LocalDate candidateBirthDate, List<String> candidateCitizenships,
            @Nullable String candidateResidenceCountry, @Nullable ResidenceStatus candidateResidenceStatus,
            @Nullable QualificationKind qualificationKind, @Nullable String qualificationTitle,
            @Nullable Recognition recognition, @Nullable String recognitionReference, @Nullable GermanLevel germanLevel,
            boolean wantsAdvice, boolean wantsAcceleratedProcedure, boolean wantsRecognitionHelp,
            Instant privacyAcknowledgedAt, @Nullable Answer answer, List<TimelineEntry> timeline,
            List<DocumentInfo> documents) {
    }
}
