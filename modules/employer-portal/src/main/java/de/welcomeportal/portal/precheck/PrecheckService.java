package de.welcomeportal.portal.precheck;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.i18n.I18NProvider;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

import de.welcomeportal.portal.selfcheck.FiguresUnavailableException;
import de.welcomeportal.portal.selfcheck.SelfCheckResponse;
import de.welcomeportal.portal.selfcheck.SelfCheckService;
import de.welcomeportal.portal.selfcheck.SelfCheckTexts;
import de.welcomeportal.portal.selfcheck.rules.Assessment;
import de.welcomeportal.portal.selfcheck.rules.Candidate;
import de.welcomeportal.portal.selfcheck.rules.Experience;
import de.welcomeportal.portal.selfcheck.rules.InGermany;
import de.welcomeportal.portal.selfcheck.rules.Job;
import de.welcomeportal.portal.selfcheck.rules.JobKind;
import de.welcomeportal.portal.selfcheck.rules.Location;
import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.selfcheck.rules.Qualification;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.RecognitionPartnership;
import de.welcomeportal.portal.selfcheck.rules.SelfCheckCase;
import de.welcomeportal.portal.site.SiteProperties;
import de.welcomeportal.portal.staff.AuditLog;
import de.welcomeportal.portal.webapi.AccessTokens;
import de.welcomeportal.portal.webapi.ApiRequests;
import de.welcomeportal.portal.webapi.FieldProblem;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * Pre-checks from submission to answer. Employers act through the case link (reference + token); staff act with
 * their role and name every change with the version they saw. Every staff action is audited; mails follow from
 * the events this service publishes.
 */
@Service
public class PrecheckService {

    static final String EMPLOYER = "employer";
    static final String SYSTEM = "system";
    static final String MY_CASE_PATH = "my-case";
    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Berlin");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(PrecheckService.class);

    private final CaseFileRepository cases;
    private final CaseMessageRepository messages;
    private final CaseDocumentRepository documents;
    private final DocumentStore documentStore;
    private final ReferenceNumbers references;
    private final ApiRequests validation;
    private final SelfCheckService selfCheck;
    private final SelfCheckTexts selfCheckTexts;
    private final I18NProvider texts;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final PrecheckProperties properties;
    private final SiteProperties site;
    private final Clock clock;

    PrecheckService(CaseFileRepository cases, CaseMessageRepository messages, CaseDocumentRepository documents,
                    DocumentStore documentStore, ReferenceNumbers references,
                    ApiRequests validation, SelfCheckService selfCheck, SelfCheckTexts selfCheckTexts,
                    I18NProvider texts, AuditLog auditLog, ApplicationEventPublisher events, PrecheckProperties properties,
                    SiteProperties site, Clock clock) {
        this.cases = cases;
        this.messages = messages;
        this.documents = documents;
        this.documentStore = documentStore;
        this.references = references;
        this.validation = validation;
        this.selfCheck = selfCheck;
        this.selfCheckTexts = selfCheckTexts;
        this.texts = texts;
        this.auditLog = auditLog;
        this.events = events;
        this.properties = properties;
        this.site = site;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ the employer

    /**
     * Submits a pre-check. It waits for the employer to confirm the e-mail address through the case link.
     *
     * @param fromSelfCheck the assessment the employer saw in the self-check, kept as it was; when absent, the
     *                      self-check is run on the data of the application
     * @throws InvalidRequestException naming each invalid field, in the locale's language
     */
    @Transactional
    public PrecheckViews.Submission submit(PrecheckApplication application, @Nullable Assessment fromSelfCheck,
                                           Locale locale) {
        return submit(application, fromSelfCheck, List.of(), locale);
    }

    /**
     * Submits a pre-check with supporting documents (PDF, JPEG, PNG, recognised by their content).
     *
     * @throws InvalidRequestException naming each invalid field or document ({@code documents[i]})
     */
    @Transactional
    public PrecheckViews.Submission submit(PrecheckApplication application, @Nullable Assessment fromSelfCheck,
                                           List<DocumentUpload> uploads, Locale locale) {
        validation.validate(application, locale);
        List<String> types = checkDocuments(uploads, 0, locale);
        PrecheckApplication.Position position = required(application.position());
        String workplacePostcode = required(required(position.workplace()).postcode());
        if (!properties.isInDistrict(workplacePostcode)) {
            throw new InvalidRequestException(List.of(new FieldProblem("position.workplace.postcode", "District",
                    texts.getTranslation("precheck.validation.district", locale, site.districtName()))));
        }
        Instant now = clock.instant();
        Assessment assessment = fromSelfCheck != null ? fromSelfCheck : assess(application);
        String token = AccessTokens.newToken();
        String reference = references.next(LocalDate.ofInstant(now, PORTAL_ZONE).getYear());
        CaseFile caseFile = new CaseFile(reference, required(AccessTokens.hash(token)), application,
                assessment == null ? null : assessment.recommendation().pathway(), snapshot(assessment), now);
        cases.save(caseFile);
        for (int i = 0; i < uploads.size(); i++) {
            store(caseFile, uploads.get(i), types.get(i), EMPLOYER);
        }
        URI link = caseLink(reference, token);
        events.publishEvent(new PrecheckEvents.Submitted(reference, contact(caseFile), link));
        log.info("Pre-check {} submitted, waiting for e-mail confirmation", reference);
        return new PrecheckViews.Submission(reference, link);
    }

    /** Confirms the e-mail address: the case goes to the Welcome-Center. Confirming twice changes nothing. */
    @Transactional
    public PrecheckViews.EmployerCase confirm(String reference, @Nullable String token) {
        CaseFile caseFile = byLink(reference, token);
        if (caseFile.status() == CaseStatus.AWAITING_CONFIRMATION) {
            move(caseFile, CaseStatus.SUBMITTED, SYSTEM);
            events.publishEvent(new PrecheckEvents.Confirmed(caseFile.reference(), contact(caseFile)));
        }
        return employerView(caseFile);
    }

    /** What the holder of the case link sees. */
    @Transactional(readOnly = true)
    public PrecheckViews.EmployerCase openAsEmployer(String reference, @Nullable String token) {
        return employerView(byLink(reference, token));
    }

    /** The employer answers a question or adds information; a waiting case goes back to the caseworker. */
    @Transactional
    public PrecheckViews.EmployerCase answerAsEmployer(String reference, @Nullable String token, String text,
                                                       Locale locale) {
        CaseFile caseFile = byLink(reference, token);
        String answer = requireText(text, "text", 4000, locale);
        if (!caseFile.status().isOpen() || caseFile.status() == CaseStatus.AWAITING_CONFIRMATION) {
            throw new IllegalTransitionException(reference, caseFile.status(), CaseStatus.IN_REVIEW);
        }
        addEntry(caseFile, CaseEntryKind.EMPLOYER_ANSWER, EMPLOYER, answer);
        if (caseFile.status() == CaseStatus.WAITING_FOR_EMPLOYER) {
            move(caseFile, CaseStatus.IN_REVIEW, EMPLOYER);
        }
        return employerView(caseFile);
    }

    /** The employer adds a supporting document to an open case. */
    @Transactional
    public PrecheckViews.EmployerCase addDocument(String reference, @Nullable String token, DocumentUpload upload,
                                                  Locale locale) {
        CaseFile caseFile = byLink(reference, token);
        if (!caseFile.status().isOpen()) {
            throw new IllegalTransitionException(reference, caseFile.status(), caseFile.status());
        }
        int existing = (int) documents.countByCaseId(id(caseFile));
        String type = checkDocuments(List.of(upload), existing, locale).getFirst();
        store(caseFile, upload, type, EMPLOYER);
        return employerView(caseFile);
    }

    /** The employer withdraws the case; its personal data is deleted at once. */
    @Transactional
    public void withdraw(String reference, @Nullable String token) {
        CaseFile caseFile = byLink(reference, token);
        move(caseFile, CaseStatus.WITHDRAWN, EMPLOYER);
        deletePersonalData(caseFile);
        log.info("Pre-check {} withdrawn by the employer; personal data deleted", reference);
    }

    /**
     * Sends a new case link when reference and e-mail address belong together; the old link stops working. The
     * caller learns nothing about whether they did, so the function cannot be used to probe for cases.
     */
    @Transactional
    public void renewLink(String reference, String email) {
        cases.findByReference(reference.strip())
                .filter(caseFile -> caseFile.status().isOpen() && caseFile.contactEmail() != null
                        && caseFile.contactEmail().equalsIgnoreCase(email.strip()))
                .ifPresent(caseFile -> {
                    String token = AccessTokens.newToken();
                    caseFile.renewToken(required(AccessTokens.hash(token)));
                    events.publishEvent(new PrecheckEvents.LinkRenewed(caseFile.reference(), contact(caseFile),
                            caseLink(caseFile.reference(), token)));
                });
    }

    // ------------------------------------------------------------------ staff

    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<PrecheckViews.QueueEntry> queue(PrecheckViews.QueueFilter filter, int page, int pageSize,
                                                Sort sort) {
        return cases.findAll(CaseFileQueries.matching(filter),
                        PageRequest.of(page, Math.max(1, pageSize), sort.isSorted() ? sort
                                : Sort.by(Sort.Direction.DESC, "statusChangedAt")))
                .map(PrecheckService::queueEntry)
                .toList();
    }

    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public long count(PrecheckViews.QueueFilter filter) {
        return cases.count(CaseFileQueries.matching(filter));
    }

    /** How many cases are in each status (not counting unconfirmed ones). */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public Map<CaseStatus, Long> countsByStatus() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        for (Object[] row : cases.countByStatus()) {
            counts.put((CaseStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * The case as staff see it. The opening is audited, so this is no read-only transaction: PostgreSQL refuses the
     * audit insert in one.
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public PrecheckViews.StaffCase open(String reference) {
        CaseFile caseFile = forStaff(reference);
        auditLog.record("precheck.opened", reference, null);
        return staffView(caseFile);
    }

    /** The content of a supporting document, for staff only; every opening is audited. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional // not read-only: the audit line is written in it
    public InputStream openDocument(String reference, long documentId) {
        CaseFile caseFile = forStaff(reference);
        CaseDocument document = documents.findById(documentId)
                .filter(d -> d.caseId() == id(caseFile))
                .orElseThrow(CaseNotFoundException::new);
        auditLog.record("precheck.document-opened", reference, "document=" + documentId);
        return documentStore.read(document.storageKey());
    }

    /** Assigns the case to a caseworker ({@code null}: nobody); a submitted case goes into review. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public PrecheckViews.StaffCase assign(String reference, long version, @Nullable String username) {
        CaseFile caseFile = forChange(reference, version);
        caseFile.assignTo(username == null || username.isBlank() ? null : username.strip());
        auditLog.record("precheck.assigned", reference, "to=" + (caseFile.assignee() == null ? "-" : caseFile.assignee()));
        if (caseFile.status() == CaseStatus.SUBMITTED && caseFile.assignee() != null) {
            move(caseFile, CaseStatus.IN_REVIEW, auditLog.currentActor());
        }
        return saved(caseFile);
    }

    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public PrecheckViews.StaffCase startReview(String reference, long version) {
        return transition(reference, version, CaseStatus.IN_REVIEW, "precheck.review-started");
    }

    /** Asks the employer a question (shown under "My case", announced by e-mail). */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public PrecheckViews.StaffCase ask(String reference, long version, String question, Locale locale) {
        CaseFile caseFile = forChange(reference, version);
        String text = requireText(question, "question", 4000, locale);
        move(caseFile, CaseStatus.WAITING_FOR_EMPLOYER, auditLog.currentActor());
        addEntry(caseFile, CaseEntryKind.QUESTION, auditLog.currentActor(), text);
        auditLog.record("precheck.question-asked", reference, null);
        events.publishEvent(new PrecheckEvents.QuestionAsked(reference, contact(caseFile)));
        return saved(caseFile);
    }

    /** An internal note for colleagues; never shown to the employer. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public PrecheckViews.StaffCase note(String reference, long version, String note, Locale locale) {
        CaseFile caseFile = forChange(reference, version);
        addEntry(caseFile, CaseEntryKind.NOTE, auditLog.currentActor(), requireText(note, "note", 4000, locale));
        auditLog.record("precheck.note-added", reference, null);
        return saved(caseFile);
    }

    /** Records the Welcome-Center's answer and recommendation; the employer is told by e-mail. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public PrecheckViews.StaffCase answer(String reference, long version, PrecheckViews.Answer answer, Locale locale) {
        CaseFile caseFile = forChange(reference, version);
        String text = requireText(answer.text(), "text", 4000, locale);
        move(caseFile, CaseStatus.ANSWERED, auditLog.currentActor());
        caseFile.recordAnswer(answer.pathway(), text, answer.authority().strip(), answer.missingDocuments().strip());
        addEntry(caseFile, CaseEntryKind.RECOMMENDATION, auditLog.currentActor(), text);
        auditLog.record("precheck.answered", reference, "pathway=" + answer.pathway());
        events.publishEvent(new PrecheckEvents.Answered(reference, contact(caseFile)));
        return saved(caseFile);
    }

    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public PrecheckViews.StaffCase close(String reference, long version) {
        return transition(reference, version, CaseStatus.CLOSED, "precheck.closed");
    }

    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public PrecheckViews.StaffCase reopen(String reference, long version) {
        return transition(reference, version, CaseStatus.IN_REVIEW, "precheck.reopened");
    }

    /**
     * A PDF summary of the case for the file, in the given language: the application, the self-check as stored,
     * the answer and the timeline without internal notes. Every summary is audited.
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public byte[] summaryPdf(String reference, Locale locale) {
        PrecheckViews.StaffCase staffCase = staffView(forStaff(reference));
        byte[] pdf = new CaseSummaryPdf(new CaseLabels((key, params) -> texts.getTranslation(key, locale, params),
                locale)).render(staffCase, clock.instant());
        auditLog.record("precheck.exported-pdf", reference, null);
        return pdf;
    }

    /**
     * The case as JSON after the published schema {@value CaseExport#SCHEMA_ID} (served at
     * {@value PrecheckSchemaController#PATH}); internal notes are not exported. Every export is audited.
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public byte[] exportJson(String reference) {
        PrecheckViews.StaffCase staffCase = staffView(forStaff(reference));
        byte[] json = CaseExport.toJson(staffCase, clock.instant());
        auditLog.record("precheck.exported-json", reference, null);
        return json;
    }

    // ------------------------------------------------------------------ retention

    /**
     * Deletes the personal data of cases closed or withdrawn longer ago than the retention period, and removes
     * submissions that were never confirmed. Returns how many cases were affected.
     */
    @Transactional
    public int applyRetention() {
        Instant now = clock.instant();
        Instant closedBefore = now.atZone(PORTAL_ZONE).minus(properties.retention()).toInstant();
        int affected = 0;
        for (CaseFile caseFile : cases.findClosedBeforeAndNotAnonymised(closedBefore)) {
            deletePersonalData(caseFile);
            affected++;
        }
        for (CaseFile caseFile : cases.findUnconfirmedCreatedBefore(now.minus(properties.unconfirmedExpiry()))) {
            messages.deleteByCaseId(id(caseFile));
            deleteDocuments(caseFile);
            cases.delete(caseFile);
            affected++;
        }
        if (affected > 0) {
            auditLog.record("precheck.retention-applied", null, "cases=" + affected);
        }
        return affected;
    }

    // ------------------------------------------------------------------ inside

    private @Nullable Assessment assess(PrecheckApplication application) {
        try {
            return selfCheck.assess(selfCheckCase(application, LocalDate.now(clock.withZone(PORTAL_ZONE))));
        } catch (FiguresUnavailableException e) {
            return null; // the caseworker assesses by hand; the case is not refused for it
        }
    }

    /** The self-check as the Welcome-Center first sees the case, from what the pre-check form asks. */
    static SelfCheckCase selfCheckCase(PrecheckApplication application, LocalDate today) {
        PrecheckApplication.Position position = required(application.position());
        PrecheckApplication.Candidate candidate = required(application.candidate());
        // Today's figures: those of a later start date are often not published yet (e.g. in November for January);
        // the self-check warns when the decision falls into another year.
        LocalDate decisionDate = today;
        boolean inGermany = "DE".equals(candidate.countryOfResidence());
        QualificationKind kind = required(candidate.qualification());
        Candidate person = new Candidate(required(candidate.citizenships()),
                Period.between(required(candidate.birthDate()), decisionDate).getYears(),
                inGermany ? Location.IN_GERMANY : Location.ABROAD, required(candidate.germanLevel()), false,
                inGermany && candidate.residenceStatus() != null ? InGermany.withStatus(candidate.residenceStatus()) : null,
                new Qualification(kind, null, required(candidate.recognition()), false, false, null, false),
                Experience.none());
        Job job = new Job(JobKind.EMPLOYMENT, position.isco(),
                kind == QualificationKind.VOCATIONAL || kind == QualificationKind.ACADEMIC, false, false,
                required(position.grossAnnualSalary()), required(position.weeklyHours()),
                position.fixedTerm() ? position.contractMonths() : null, false, position.collectiveAgreement(), false,
                false, RecognitionPartnership.none());
        return new SelfCheckCase(decisionDate, person, job);
    }

    private @Nullable String snapshot(@Nullable Assessment assessment) {
        return assessment == null ? null
                : JSON.writeValueAsString(SelfCheckResponse.of(assessment, selfCheckTexts, Locale.GERMAN));
    }

    /** A staff step that only changes the status: checked against the version seen, audited, saved. */
    private PrecheckViews.StaffCase transition(String reference, long version, CaseStatus target, String action) {
        CaseFile caseFile = forChange(reference, version);
        move(caseFile, target, auditLog.currentActor());
        auditLog.record(action, reference, null);
        return saved(caseFile);
    }

    private void addEntry(CaseFile caseFile, CaseEntryKind kind, String author, @Nullable String text) {
        messages.save(new CaseMessage(id(caseFile), kind, author, text, clock.instant()));
    }

    private void move(CaseFile caseFile, CaseStatus target, String actor) {
        CaseStatus from = caseFile.status();
        caseFile.moveTo(target, clock.instant());
        addEntry(caseFile, CaseEntryKind.STATUS, actor, target.name());
        events.publishEvent(new PrecheckEvents.StatusChanged(caseFile.reference(), from, target));
    }

    private void deletePersonalData(CaseFile caseFile) {
        messages.deleteByCaseId(id(caseFile));
        deleteDocuments(caseFile);
        caseFile.anonymise(clock.instant());
    }

    private void deleteDocuments(CaseFile caseFile) {
        List<CaseDocument> stored = documents.findByCaseIdOrderByUploadedAtAscIdAsc(id(caseFile));
        documents.deleteAll(stored);
        // the files go only once the rows are gone for good; a rollback keeps both
        List<String> keys = stored.stream().map(CaseDocument::storageKey).toList();
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        keys.forEach(documentStore::delete);
                    }
                });
    }

    /** Removes document files that no case refers to any more (left by a crash between write and commit). */
    @Transactional(readOnly = true)
    public int removeOrphanedDocuments() {
        return documentStore.removeOrphans(documents::existsByStorageKey, clock.instant(), properties.orphanGrace());
    }

    /** The type of each upload, or every problem at its index; counts existing documents against the limit. */
    private List<String> checkDocuments(List<DocumentUpload> uploads, int existing, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> types = new ArrayList<>();
        if (existing + uploads.size() > properties.maxDocuments()) {
            problems.add(new FieldProblem("documents", "TooMany",
                    texts.getTranslation("precheck.validation.document-count", locale, properties.maxDocuments())));
        }
        for (int i = 0; i < uploads.size(); i++) {
            DocumentUpload upload = uploads.get(i);
            String field = "documents[" + i + "]";
            Optional<String> type = DocumentStore.sniff(upload.content());
            if (upload.content().length == 0) {
                problems.add(new FieldProblem(field, "Empty", texts.getTranslation("precheck.validation.document-empty",
                        locale, upload.fileName())));
            } else if (upload.content().length > properties.maxDocumentBytes()) {
                problems.add(new FieldProblem(field, "TooLarge", texts.getTranslation(
                        "precheck.validation.document-size", locale, upload.fileName(),
                        Integer.toString(properties.maxDocumentBytes() / (1024 * 1024)))));
            } else if (type.isEmpty()) {
                problems.add(new FieldProblem(field, "Type", texts.getTranslation("precheck.validation.document-type",
                        locale, upload.fileName())));
            }
            types.add(type.orElse(""));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return types;
    }

    private void store(CaseFile caseFile, DocumentUpload upload, String type, String uploadedBy) {
        String key = documentStore.write(upload.content());
        documents.save(new CaseDocument(id(caseFile), DocumentStore.cleanName(upload.fileName(), type), type,
                upload.content().length, key, clock.instant(), uploadedBy));
    }

    private List<PrecheckViews.DocumentInfo> documentInfos(CaseFile caseFile) {
        return documents.findByCaseIdOrderByUploadedAtAscIdAsc(id(caseFile)).stream()
                .map(d -> new PrecheckViews.DocumentInfo(d.id() == null ? 0 : d.id(), d.fileName(), d.contentType(),
                        d.sizeBytes(), d.uploadedAt(), d.uploadedBy()))
                .toList();
    }

    private CaseFile byLink(String reference, @Nullable String token) {
        String hash = AccessTokens.hash(token);
        if (hash == null) {
            throw new CaseNotFoundException();
        }
        return cases.findByTokenHash(hash)
                .filter(caseFile -> caseFile.reference().equals(reference) && caseFile.anonymisedAt() == null)
                .orElseThrow(CaseNotFoundException::new);
    }

    private CaseFile forStaff(String reference) {
        return cases.findByReference(reference)
                .filter(caseFile -> caseFile.status().isVisibleToStaff())
                .orElseThrow(CaseNotFoundException::new);
    }

    private CaseFile forChange(String reference, long version) {
        CaseFile caseFile = forStaff(reference);
        if (caseFile.version() != version) {
            throw new ConcurrentChangeException(reference);
        }
        return caseFile;
    }

    /** Flushes now, so a concurrent change by a colleague is reported here and not at some later point. */
    private PrecheckViews.StaffCase saved(CaseFile caseFile) {
        try {
            return staffView(cases.saveAndFlush(caseFile));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentChangeException(caseFile.reference());
        }
    }

    private String requireText(@Nullable String text, String field, int maxLength, Locale locale) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > maxLength) {
            throw new InvalidRequestException(List.of(new FieldProblem(field, stripped.isEmpty() ? "NotBlank" : "Size",
                    texts.getTranslation(stripped.isEmpty() ? "webapi.constraint.NotBlank" : "webapi.constraint.Size",
                            locale, 1, maxLength))));
        }
        return stripped;
    }

    private URI caseLink(String reference, String token) {
        return UriComponentsBuilder.fromUriString(site.publicUrl()).pathSegment(MY_CASE_PATH, reference)
                .queryParam("token", token).build().toUri();
    }

    private static PrecheckEvents.Contact contact(CaseFile caseFile) {
        return new PrecheckEvents.Contact(required(caseFile.contactEmail()), required(caseFile.contactName()),
                Locale.forLanguageTag(caseFile.language()));
    }

    private PrecheckViews.EmployerCase employerView(CaseFile caseFile) {
        List<PrecheckViews.TimelineEntry> timeline = new ArrayList<>();
        for (CaseMessage message : messages.findByCaseIdOrderByCreatedAtAscIdAsc(id(caseFile))) {
            if (message.kind().isVisibleToEmployer()) {
                timeline.add(new PrecheckViews.TimelineEntry(message.createdAt(), message.kind(),
                        message.author().equals(EMPLOYER) ? EMPLOYER : SYSTEM, message.text()));
            }
        }
        return new PrecheckViews.EmployerCase(caseFile.reference(), caseFile.status(), caseFile.language(),
                caseFile.createdAt(), caseFile.companyName(), candidateName(caseFile), timeline, answer(caseFile),
                documentInfos(caseFile));
    }

    private PrecheckViews.StaffCase staffView(CaseFile c) {
        List<PrecheckViews.TimelineEntry> timeline = messages.findByCaseIdOrderByCreatedAtAscIdAsc(id(c)).stream()
                .map(m -> new PrecheckViews.TimelineEntry(m.createdAt(), m.kind(), m.author(), m.text())).toList();
        return new PrecheckViews.StaffCase(c.reference(), c.version(), c.status(), c.status().next(), c.language(),
                c.createdAt(), c.confirmedAt(), c.assignee(), c.office(), c.pathway(), c.selfCheckSnapshot(),
                c.companyName(), c.legalForm(), c.employerStreet(), c.employerPostcode(), c.employerCity(),
                c.registerNumber(), c.contactName(), c.contactEmail(), c.contactPhone(), c.jobTitle(), c.jobIsco(),
                c.workplaceStreet(), c.workplacePostcode(), c.workplaceCity(), c.startDate(), c.weeklyHours(),
                c.grossAnnualSalary(), c.collectiveAgreement(), c.fixedTerm(), c.contractMonths(),
                c.candidateGivenNames(), c.candidateFamilyName(), c.candidateBirthDate(), c.candidateCitizenships(),
                c.candidateResidenceCountry(), c.candidateResidenceStatus(), c.qualificationKind(),
                c.qualificationTitle(), c.recognition(), c.recognitionReference(), c.germanLevel(), c.wantsAdvice(),
                c.wantsAcceleratedProcedure(), c.wantsRecognitionHelp(), c.privacyAcknowledgedAt(), answer(c), timeline,
                documentInfos(c));
    }

    private static PrecheckViews.QueueEntry queueEntry(CaseFile c) {
        return new PrecheckViews.QueueEntry(c.reference(), c.status(), c.companyName(), candidateName(c), c.pathway(),
                c.assignee(), c.office(), c.confirmedAt(), c.statusChangedAt());
    }

    private static PrecheckViews.@Nullable Answer answer(CaseFile c) {
        return c.answerPathway() == null ? null : new PrecheckViews.Answer(c.answerPathway(),
                orEmpty(c.answerText()), orEmpty(c.answerAuthority()), orEmpty(c.answerMissingDocuments()));
    }

    private static @Nullable String candidateName(CaseFile c) {
        return c.candidateFamilyName() == null ? null : c.candidateGivenNames() + " " + c.candidateFamilyName();
    }

    private static long id(CaseFile caseFile) {
        Long id = caseFile.id();
        if (id == null) {
            throw new IllegalStateException("case file is not saved yet");
        }
        return id;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException("validated before");
        }
        return value;
    }
}
