package de.welcomeportal.portal.selfcheck;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import de.welcomeportal.portal.webapi.ApiLocales;
import de.welcomeportal.portal.webapi.ApiProblems;
import de.welcomeportal.portal.webapi.ApiRequests;

/** {@code POST /api/v1/self-check}: the self-check for headless CMS front ends, per the published contract. */
@RestController
@Tag(name = "Self-check", description = "Which legal pathway fits a candidate, what is missing, what to do next")
class SelfCheckApi {

    static final String PATH = "/api/v1/self-check";

    private final SelfCheckService service;
    private final SelfCheckTexts texts;
    private final ApiRequests requests;
    private final ApiProblems problems;

    SelfCheckApi(SelfCheckService service, SelfCheckTexts texts, ApiRequests requests, ApiProblems problems) {
        this.service = service;
        this.texts = texts;
        this.requests = requests;
        this.problems = problems;
    }

    @PostMapping(PATH)
    @Operation(summary = "Assess which pathway fits a candidate",
            description = "Texts come in German, or in English with Accept-Language: en or ?lang=en. Unknown fields "
                    + "are rejected; optional fields take the documented defaults.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = SelfCheckRequest.class))))
    @ApiResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(implementation = SelfCheckResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid request; each invalid field is listed in errors",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "The body is larger than portal.api.max-body-bytes",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "The body is not declared as application/json",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "No yearly figures are known for the decision date",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    SelfCheckResponse check(HttpServletRequest request) throws IOException {
        SelfCheckRequest body = requests.read(request, SelfCheckRequest.class);
        return SelfCheckResponse.of(service.assess(body.toCase(service.today())), texts, ApiLocales.of(request));
    }

    @ExceptionHandler(FiguresUnavailableException.class)
    ResponseEntity<ProblemDetail> figuresUnavailable(FiguresUnavailableException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "figures-unavailable",
                "selfcheck.problem.figures-unavailable", request,
                texts.date(e.date(), ApiLocales.of(request)));
        problem.setProperty("decisionDate", e.date());
        problem.setProperty("missingFigures", e.missingFigures());
        return ApiProblems.respond(problem);
    }
}
