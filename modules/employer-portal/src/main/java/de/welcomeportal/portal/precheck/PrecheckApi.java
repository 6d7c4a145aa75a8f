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

/** The pre-check for headless CMS front ends: submit, confirm, read, answer, withdraw, request a new link. */
@RestController
@Tag(name = "Pre-check", description = "The employer's case file for the Welcome-Center")
class PrecheckApi {

    static final String PATH = "/api/v1/prechecks";

    private final PrecheckService service;
    private final ApiRequests requests;
    private final ApiProblems problems;

    PrecheckApi(PrecheckService service, ApiRequests requests, ApiProblems problems) {
        this.service = service;
        this.requests = requests;
        this.problems = problems;
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
        return service.confirm(reference, token);
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
        return service.answerAsEmployer(reference, token, message.text() == null ? "" : message.text(),
                ApiLocales.of(request));
    }

    @DeleteMapping(PATH + "/{reference}")
    @Operation(summary = "Withdraw the pre-check; its personal data is deleted at once")
    ResponseEntity<Void> withdraw(@PathVariable String reference, @RequestParam(required = false) @Nullable String token) {
        service.withdraw(reference, token);
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
