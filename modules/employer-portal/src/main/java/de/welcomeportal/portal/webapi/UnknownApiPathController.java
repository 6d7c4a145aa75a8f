package de.welcomeportal.portal.webapi;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API path that does not exist is answered with 404 problem+json. Without this, the request would fall through to
 * the Vaadin servlet, which answers every path with its HTML page and 200, confusing API clients.
 */
@RestController
@Hidden
class UnknownApiPathController {

    private final ApiProblems problems;

    UnknownApiPathController(ApiProblems problems) {
        this.problems = problems;
    }

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
        return ApiProblems.respond(problems.problem(HttpStatus.NOT_FOUND, "not-found", "webapi.problem.not-found",
                request));
    }
}
