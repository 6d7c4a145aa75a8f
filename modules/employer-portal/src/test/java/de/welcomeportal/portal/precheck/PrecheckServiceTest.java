package de.welcomeportal.portal.precheck;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.staff.AuditEntry;
import de.welcomeportal.portal.staff.AuditLog;
import de.welcomeportal.portal.webapi.AccessTokens;
import de.welcomeportal.portal.webapi.FieldProblem;
import de.welcomeportal.portal.webapi.InvalidRequestException;
import de.welcomeportal.testapp.MutableClock;
import de.welcomeportal.testapp.PortalTestApplication;
import de.welcomeportal.testapp.TestSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pre-checks through the service on a real database: the workflow, its guards, the case link and retention. */
@SpringBootTest(classes = {PortalTestApplication.class, PrecheckServiceTest.MovableClock.class})
@RecordApplicationEvents
class PrecheckServiceTest {

    @Autowired
    PrecheckService service;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    AuditLog auditLog;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;

    @Test
    void a_submitted_case_reaches_staff_only_after_the_employer_confirms_the_address() {
        PrecheckViews.Submission submission = service.submit(Applications.valid(), null, Locale.GERMAN);

        assertThat(submission.reference()).matches("WC-\\d{4}-\\d{6}");
        assertThat(submission.caseLink().toString()).startsWith("http://localhost:8080/my-case/" + submission.reference()
                + "?token=");
        assertThat(events.stream(PrecheckEvents.Submitted.class)).singleElement()
                .satisfies(event -> assertThat(event.caseLink()).isEqualTo(submission.caseLink()));
        assertThat(queueReferences()).doesNotContain(submission.reference());
        assertThatThrownBy(() -> asStaff(() -> service.open(submission.reference())))
                .isInstanceOf(CaseNotFoundException.class);

        PrecheckViews.EmployerCase confirmed = service.confirm(submission.reference(), token(submission));
        assertThat(confirmed.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(queueReferences()).contains(submission.reference());
        assertThat(service.confirm(submission.reference(), token(submission)).status()).as("confirming twice")
                .isEqualTo(CaseStatus.SUBMITTED);
        assertThat(events.stream(PrecheckEvents.Confirmed.class)).hasSize(1);
    }

    @Test
    void the_token_is_stored_only_as_a_hash() {
        PrecheckViews.Submission submission = service.submit(Applications.valid(), null, Locale.GERMAN);
        CaseFile stored = cases.findByReference(submission.reference()).orElseThrow();
        assertThat(stored.tokenHash()).hasSize(64).isNotEqualTo(token(submission))
                .isEqualTo(AccessTokens.hash(token(submission)));
        assertThat(token(submission)).hasSize(43); // 256 random bits, base64url
    }

    @Test
    void a_forged_or_foreign_token_never_opens_a_case() {
        PrecheckViews.Submission mine = service.submit(Applications.valid(), null, Locale.GERMAN);
        PrecheckViews.Submission other = service.submit(Applications.valid(), null, Locale.GERMAN);
        for (String token : new String[] {null, "", "abc", token(mine).substring(1) + "A", AccessTokens.newToken(),
                token(other), "' or '1'='1", token(mine).toUpperCase()}) {
            assertThatThrownBy(() -> service.openAsEmployer(mine.reference(), token))
                    .as(String.valueOf(token)).isInstanceOf(CaseNotFoundException.class);
        }
        assertThatThrownBy(() -> service.openAsEmployer("WC-2026-999999", token(mine)))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(service.openAsEmployer(mine.reference(), token(mine)).reference()).isEqualTo(mine.reference());
    }

    @Test
    void staff_take_a_case_through_every_status_and_each_step_is_audited() {
        String reference = confirmedCase();
        PrecheckViews.StaffCase staffCase = asStaff(() -> service.open(reference));
        assertThat(staffCase.status()).isEqualTo(CaseStatus.SUBMITTED);

        staffCase = asStaff(version(staffCase, v -> service.assign(reference, v, "caseworker")));
        assertThat(staffCase.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(staffCase.assignee()).isEqualTo("caseworker");

        staffCase = asStaff(version(staffCase, v -> service.ask(reference, v, "Liegt der Anerkennungsbescheid vor?",
                Locale.GERMAN)));
        assertThat(staffCase.status()).isEqualTo(CaseStatus.WAITING_FOR_EMPLOYER);
        assertThat(events.stream(PrecheckEvents.QuestionAsked.class)).hasSize(1);

        PrecheckViews.EmployerCase employerSide = service.answerAsEmployer(reference, tokenOf(reference),
                "Ja, Bescheid der HWK vom 3. März liegt bei.", Locale.GERMAN);
        assertThat(employerSide.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(employerSide.timeline()).extracting(PrecheckViews.TimelineEntry::kind)
                .contains(CaseEntryKind.QUESTION, CaseEntryKind.EMPLOYER_ANSWER);

        staffCase = asStaff(() -> service.open(reference));
        staffCase = asStaff(version(staffCase, v -> service.note(reference, v, "intern: HWK-Bescheid geprüft", Locale.GERMAN)));
        staffCase = asStaff(version(staffCase, v -> service.answer(reference, v, new PrecheckViews.Answer(
                Pathway.SKILLED_18A, "§ 18a AufenthG passt; wir empfehlen das beschleunigte Fachkräfteverfahren.",
                "ZFE NRW", "Arbeitsvertrag"), Locale.GERMAN)));
        assertThat(staffCase.status()).isEqualTo(CaseStatus.ANSWERED);
        assertThat(service.openAsEmployer(reference, tokenOf(reference)).answer())
                .isEqualTo(new PrecheckViews.Answer(Pathway.SKILLED_18A,
                        "§ 18a AufenthG passt; wir empfehlen das beschleunigte Fachkräfteverfahren.", "ZFE NRW",
                        "Arbeitsvertrag"));
        assertThat(service.openAsEmployer(reference, tokenOf(reference)).timeline())
                .as("internal notes stay internal").noneMatch(entry -> entry.kind() == CaseEntryKind.NOTE);

        staffCase = asStaff(version(staffCase, v -> service.close(reference, v)));
        assertThat(staffCase.status()).isEqualTo(CaseStatus.CLOSED);
        staffCase = asStaff(version(staffCase, v -> service.reopen(reference, v)));
        assertThat(staffCase.status()).isEqualTo(CaseStatus.IN_REVIEW);

        List<String> actions = asAdmin(() -> auditLog.newestFirst("precheck.", 0, 100)).stream()
                .filter(entry -> reference.equals(entry.target())).map(AuditEntry::action).toList();
        assertThat(actions).contains("precheck.assigned", "precheck.question-asked", "precheck.note-added",
                "precheck.answered", "precheck.closed", "precheck.reopened");
    }

    @Test
    void the_workflow_refuses_steps_it_does_not_allow() {
        String reference = confirmedCase();
        PrecheckViews.StaffCase staffCase = asStaff(() -> service.open(reference));
        assertThatThrownBy(() -> asStaff(() -> service.close(reference, staffCase.version())))
                .isInstanceOf(IllegalTransitionException.class)
                .satisfies(e -> assertThat(((IllegalTransitionException) e).from()).isEqualTo(CaseStatus.SUBMITTED));
        assertThatThrownBy(() -> asStaff(() -> service.answer(reference, staffCase.version(),
                new PrecheckViews.Answer(Pathway.NONE, "text", "", ""), Locale.GERMAN)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(asStaff(() -> service.open(reference)).status()).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void two_caseworkers_cannot_silently_overwrite_each_other() {
        String reference = confirmedCase();
        PrecheckViews.StaffCase seenByBoth = asStaff(() -> service.open(reference));
        asStaff(() -> service.assign(reference, seenByBoth.version(), "first"));
        assertThatThrownBy(() -> asStaff(() -> service.assign(reference, seenByBoth.version(), "second")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(asStaff(() -> service.open(reference)).assignee()).isEqualTo("first");
    }

    @Test
    void only_staff_reach_the_queue() {
        assertThatThrownBy(() -> service.queue(PrecheckViews.QueueFilter.all(), 0, 10, Sort.unsorted()))
                .isInstanceOf(Exception.class);
        assertThatThrownBy(() -> TestSecurity.actingAs(context, TestSecurity.staffMember("editor", "EDITOR"),
                () -> service.countsByStatus())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_queue_filters_and_searches_by_reference_company_and_candidate() {
        String reference = confirmedCase();
        assertThat(queue(new PrecheckViews.QueueFilter(Set.of(), null, null, null, null, null, "petrović")))
                .contains(reference);
        assertThat(queue(new PrecheckViews.QueueFilter(Set.of(), null, null, null, null, null, "TISCHLEREI")))
                .contains(reference);
        assertThat(queue(new PrecheckViews.QueueFilter(Set.of(), null, null, null, null, null, reference)))
                .containsExactly(reference);
        assertThat(queue(new PrecheckViews.QueueFilter(Set.of(CaseStatus.CLOSED), null, null, null, null, null,
                reference))).isEmpty();
        assertThat(queue(new PrecheckViews.QueueFilter(Set.of(), null, null, null, null, null, "100%_"))).isEmpty();
        assertThat(asStaff(() -> service.countsByStatus()).get(CaseStatus.SUBMITTED)).isPositive();
    }

    @Test
    void invalid_applications_name_each_field_and_nothing_is_stored() {
        long before = cases.count();
        PrecheckApplication invalid = Applications.withCandidate(new PrecheckApplication.Candidate("R2D2", "", null,
                List.of("XX"), "DE", null, null, null, null, "<script>", null));
        assertThatThrownBy(() -> service.submit(invalid, null, Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .contains("candidate.givenNames", "candidate.familyName", "candidate.birthDate",
                                "candidate.citizenships[0]", "candidate.residenceStatus", "candidate.qualification",
                                "candidate.recognition", "candidate.recognitionReference", "candidate.germanLevel"));
        PrecheckApplication outside = Applications.withPosition(new PrecheckApplication.Position("Tischler/in", null,
                new PrecheckApplication.Address("Domplatz 1", "33098", "Paderborn"), Applications.position().startDate(),
                Applications.position().weeklyHours(), Applications.position().grossAnnualSalary(), false, true, null));
        assertThatThrownBy(() -> service.submit(outside, null, Locale.GERMAN))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("position.contractMonths"));
        PrecheckApplication outsideOnly = Applications.withPosition(new PrecheckApplication.Position("Tischler/in", null,
                new PrecheckApplication.Address("Domplatz 1", "33098", "Paderborn"), Applications.position().startDate(),
                Applications.position().weeklyHours(), Applications.position().grossAnnualSalary(), false, false, null));
        assertThatThrownBy(() -> service.submit(outsideOnly, null, Locale.GERMAN))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("position.workplace.postcode");
                            assertThat(problem.message()).contains("Kreis Lippe");
                        }));
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void withdrawing_deletes_the_personal_data_at_once() {
        String reference = confirmedCase();
        service.withdraw(reference, tokenOf(reference));
        CaseFile withdrawn = cases.findByReference(reference).orElseThrow();
        assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(withdrawn.candidateFamilyName()).isNull();
        assertThat(withdrawn.contactEmail()).isNull();
        assertThatThrownBy(() -> service.openAsEmployer(reference, tokenOf(reference)))
                .isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void after_the_retention_period_personal_data_goes_and_the_statistics_stay() {
        String reference = confirmedCase();
        PrecheckViews.StaffCase staffCase = asStaff(() -> service.open(reference));
        staffCase = asStaff(version(staffCase, v -> service.assign(reference, v, "caseworker")));
        staffCase = asStaff(version(staffCase, v -> service.answer(reference, v,
                new PrecheckViews.Answer(Pathway.SKILLED_18A, "Antwort", "ABH", ""), Locale.GERMAN)));
        asStaff(version(staffCase, v -> service.close(reference, v)));
        PrecheckViews.Submission unconfirmed = service.submit(Applications.valid(), null, Locale.GERMAN);
        Pathway pathway = cases.findByReference(reference).orElseThrow().pathway();
        assertThat(pathway).as("the self-check ran at submission").isNotNull();

        clock.advance(Duration.ofDays(150));
        service.applyRetention();
        assertThat(cases.findByReference(reference).orElseThrow().candidateFamilyName()).as("within 6 months")
                .isNotNull();
        assertThat(cases.findByReference(unconfirmed.reference())).as("never confirmed, after 7 days").isEmpty();

        clock.advance(Duration.ofDays(40));
        service.applyRetention();
        CaseFile kept = cases.findByReference(reference).orElseThrow();
        assertThat(kept.candidateFamilyName()).isNull();
        assertThat(kept.companyName()).isNull();
        assertThat(kept.contactEmail()).isNull();
        assertThat(kept.anonymisedAt()).isNotNull();
        assertThat(kept.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(kept.pathway()).as("statistics").isEqualTo(pathway);
    }

    @Test
    void documents_are_accepted_by_their_content_and_only_staff_read_them() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        PrecheckViews.Submission submission = service.submit(Applications.valid(), null,
                List.of(new DocumentUpload("Zeugnis.pdf", pdf)), Locale.GERMAN);
        tokens.put(submission.reference(), token(submission));
        service.confirm(submission.reference(), token(submission));
        PrecheckViews.EmployerCase added = service.addDocument(submission.reference(), token(submission),
                new DocumentUpload("foto.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1}),
                Locale.GERMAN);
        assertThat(added.documents()).extracting(PrecheckViews.DocumentInfo::contentType)
                .containsExactly("application/pdf", "image/png");

        PrecheckViews.StaffCase staffCase = asStaff(() -> service.open(submission.reference()));
        long documentId = staffCase.documents().getFirst().id();
        try (java.io.InputStream in = asStaff(() -> service.openDocument(submission.reference(), documentId))) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThatThrownBy(() -> service.openDocument(submission.reference(), documentId))
                .as("not for anonymous callers").isInstanceOf(Exception.class);
        assertThat(asAdmin(() -> auditLog.newestFirst("precheck.document-opened", 0, 10)))
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo(submission.reference()));
    }

    @Test
    void wrong_empty_and_too_many_documents_are_refused_and_nothing_is_stored() {
        long before = cases.count();
        assertThatThrownBy(() -> service.submit(Applications.valid(), null, List.of(
                new DocumentUpload("lebenslauf.pdf", "MZ this is an exe".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new DocumentUpload("leer.pdf", new byte[0])), Locale.GERMAN))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("documents[0]", "Type"),
                                org.assertj.core.groups.Tuple.tuple("documents[1]", "Empty")));
        List<DocumentUpload> eleven = java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> new DocumentUpload(i + ".pdf", "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .toList();
        assertThatThrownBy(() -> service.submit(Applications.valid(), null, eleven, Locale.GERMAN))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).contains("TooMany"));
        assertThat(cases.count()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- helpers

    private final java.util.Map<String, String> tokens = new java.util.HashMap<>();

    private String confirmedCase() {
        PrecheckViews.Submission submission = service.submit(Applications.valid(), null, Locale.GERMAN);
        tokens.put(submission.reference(), token(submission));
        service.confirm(submission.reference(), token(submission));
        return submission.reference();
    }

    private String tokenOf(String reference) {
        return tokens.get(reference);
    }

    private static String token(PrecheckViews.Submission submission) {
        String link = submission.caseLink().toString();
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private List<String> queueReferences() {
        return queue(PrecheckViews.QueueFilter.all());
    }

    private List<String> queue(PrecheckViews.QueueFilter filter) {
        return asStaff(() -> service.queue(filter, 0, 1000, Sort.unsorted())).stream()
                .map(PrecheckViews.QueueEntry::reference).toList();
    }

    private static Supplier<PrecheckViews.StaffCase> version(PrecheckViews.StaffCase current,
                                                             java.util.function.LongFunction<PrecheckViews.StaffCase> change) {
        return () -> change.apply(current.version());
    }

    private <T> T asStaff(Supplier<T> action) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("caseworker", "STAFF"), action);
    }

    private <T> T asAdmin(Supplier<T> action) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("admin", "ADMIN"), action);
    }

    @TestConfiguration
    static class MovableClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now(), ZoneId.of("Europe/Berlin"));
        }
    }
}
