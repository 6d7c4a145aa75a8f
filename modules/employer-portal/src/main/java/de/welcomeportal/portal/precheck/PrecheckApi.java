package de.welcomeportal.portal.precheck;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.welcomeportal.portal.webapi.ApiLocales;
import de.welcomeportal.portal.webapi.ApiProblems;
import de.welcomeportal.portal.webapi.ApiRequests;
import de.welcomeportal.portal.webapi.BodyTooLargeException;
import de.welcomeportal.portal.webapi.ConcurrentChanges;
import de.welcomeportal.portal.webapi.UnsupportedMediaTypeException;

/** The pre-check for headless CMS front ends: submit, confirm, read, answer, withdraw, request a new link. */
@RestController
@Tag(name = "Pre-check", description = "The employer's case file for the Welcome-Center")
class PrecheckApi {

    static final String PATH = "/api/v1/prechecks";
    private static final java.util.List<String> FILE_TYPES = java.util.List.of(MediaType.APPLICATION_PDF_VALUE,
            MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE);

    private final PrecheckService service;
    private final ApiRequests requests;
    private final ApiProblems problems;
    private final PrecheckProperties properties;

    PrecheckApi(PrecheckService service, ApiRequests requests, ApiProblems problems, PrecheckProperties properties) {
        this.service = service;
        this.requests = requests;
        this.problems = problems;
        this.properties = properties;
    }

    @PostMapping(PATH)
    @Operation(summary = "Submit a pre-check",
            description = "The case is handed to the Welcome-Center once the e-mail address is confirmed through the "
                    + "case link that is mailed to the employer (and returned here once).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = PrecheckApplication.class))))
    @ApiResponse(responseCode = "201", description = "Submitted; confirm through the case link",
            content = @Content(schema = @Schema(implementation = PrecheckViews.Submission.class)))
    @ApiResponse(responseCode = "400", description = "Invalid request; each invalid field is listed in errors",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PrecheckViews.Submission> submit(HttpServletRequest request) throws IOException {
        PrecheckApplication application = requests.read(request, PrecheckApplication.class);
        PrecheckViews.Submission submission = service.submit(application, null, ApiLocales.of(request));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(java.net.URI.create(PATH + "/" + submission.reference()))
                .body(submission);
    }

    @GetMapping(PATH + "/{reference}")
    @Operation(summary = "Read a pre-check with its case link token",
            description = "A wrong or unknown reference and a wrong token get the same 404 answer.")
    @ApiResponse(responseCode = "200", description = "Status, questions, answers",
            content = @Content(schema = @Schema(implementation = PrecheckViews.EmployerCase.class)))
    @ApiResponse(responseCode = "404", description = "No such case for this token",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    PrecheckViews.EmployerCase read(@PathVariable String reference, @RequestParam(required = false) @Nullable String token) {
        return service.openAsEmployer(reference, token);
    }

    @PostMapping(PATH + "/{reference}/confirmation")
    @Operation(summary = "Confirm the e-mail address (double opt-in); the case goes to the Welcome-Center")
    PrecheckViews.EmployerCase confirm(@PathVariable String reference,
                                       @RequestParam(required = false) @Nullable String token) {
        return ConcurrentChanges.retry(() -> service.confirm(reference, token));
    }

    /** The body of an employer's answer. */
    record EmployerMessage(@Nullable String text) {
    }

    @PostMapping(PATH + "/{reference}/answers")
    @Operation(summary = "Answer a question of the Welcome-Center or add information",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = EmployerMessage.class))))
    PrecheckViews.EmployerCase answer(@PathVariable String reference,
                                      @RequestParam(required = false) @Nullable String token,
                                      HttpServletRequest request) throws IOException {
        EmployerMessage message = requests.read(request, EmployerMessage.class);
        return ConcurrentChanges.retry(() -> service.answerAsEmployer(reference, token,
                message.text() == null ? "" : message.text(), ApiLocales.of(request)));
    }

    @PostMapping(PATH + "/{reference}/documents")
    @Operation(summary = "Add a supporting document (PDF, JPEG or PNG) to an open case",
            description = "The body is the file itself. Its type is read from its first bytes, not from the declared "
                    + "Content-Type or name; empty files, other types, files above the size limit and documents above "
                    + "the per-case limit are refused with 400 or 413 and nothing is stored.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_PDF_VALUE),
                    @Content(mediaType = MediaType.IMAGE_PNG_VALUE),
                    @Content(mediaType = MediaType.IMAGE_JPEG_VALUE),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE)}))
    @ApiResponse(responseCode = "201", description = "Stored; the case with its documents",
            content = @Content(schema = @Schema(implementation = PrecheckViews.EmployerCase.class)))
    ResponseEntity<PrecheckViews.EmployerCase> addDocument(@PathVariable String reference,
                                                           @RequestParam(required = false) @Nullable String token,
                                                           @RequestParam(required = false) @Nullable String name,
                                                           HttpServletRequest request) throws IOException {
        if (!FILE_TYPES.contains(String.valueOf(request.getContentType()).split(";", 2)[0].strip()
                .toLowerCase(java.util.Locale.ROOT))) {
            throw new UnsupportedMediaTypeException(String.join(", ", FILE_TYPES));
        }
        byte[] content;
        try (var in = request.getInputStream()) {
            content = in.readNBytes(properties.maxDocumentBytes() + 1);
        }
        if (content.length > properties.maxDocumentBytes()) {
            throw new BodyTooLargeException(properties.maxDocumentBytes());
        }
        String fileName = name == null || name.isBlank() ? "dokument" : name;
        PrecheckViews.EmployerCase updated = ConcurrentChanges.retry(() -> service.addDocument(reference, token,
                new DocumentUpload(fileName, content), ApiLocales.of(request)));
        return ResponseEntity.status(HttpStatus.CREATED).body(updated);
    }

    @DeleteMapping(PATH + "/{reference}")
    @Operation(summary = "Withdraw the pre-check; its personal data is deleted at once")
    ResponseEntity<Void> withdraw(@PathVariable String reference, @RequestParam(required = false) @Nullable String token) {
        ConcurrentChanges.retry(() -> service.withdraw(reference, token));
        return ResponseEntity.noContent().build();
    }

    /** Reference and e-mail address of a case whose link was lost. */
    record LinkRequest(@jakarta.validation.constraints.NotBlank @Nullable String reference,
                       @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Email @Nullable String email) {
    }

    @PostMapping(PATH + "/link-requests")
    @Operation(summary = "Request a new case link by e-mail",
            description = "Always answered with 202, whether or not reference and address belong together.")
    ResponseEntity<Void> renewLink(HttpServletRequest request) throws IOException {
        LinkRequest linkRequest = requests.read(request, LinkRequest.class);
        service.renewLink(String.valueOf(linkRequest.reference()), String.valueOf(linkRequest.email()));
        return ResponseEntity.accepted().build();
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return ApiProblems.respond(problems.problem(HttpStatus.NOT_FOUND, "not-found", "webapi.problem.not-found", request));
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<ProblemDetail> illegalTransition(IllegalTransitionException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "illegal-transition",
                "precheck.problem.illegal-transition", request);
        problem.setProperty("caseStatus", e.from());
        return ApiProblems.respond(problem);
    }
}
