package de.welcomeportal.portal.webapi;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import com.vaadin.flow.i18n.I18NProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every failure of a public API call into an RFC 9457 problem detail in the caller's language. Internal
 * errors are logged for the operator and answered without any internals.
 */
@RestControllerAdvice(basePackages = "de.welcomeportal.portal")
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final I18NProvider texts;
    private final ApiProblems problems;

    ApiExceptionHandler(I18NProvider texts, ApiProblems problems) {
        this.texts = texts;
        this.problems = problems;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e, HttpServletRequest request) {
        Locale locale = ApiLocales.of(request);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", request);
        problem.setProperty("errors", e.problems());
        return respond(problem);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e, HttpServletRequest request) {
        Locale locale = ApiLocales.of(request);
        String name = e instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", request);
        problem.setProperty("errors", List.of(new FieldProblem(name, "InvalidParameter",
                texts.getTranslation("webapi.parameter.invalid", locale, name))));
        return respond(problem);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLargeException e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                "webapi.problem.body-too-large", request, Integer.toString(e.limit())));
    }

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, UnsupportedMediaTypeException.class})
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpServletRequest request) {
        return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", request));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpServletRequest request) {
        return respond(problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpServletRequest request) {
        return respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", request));
    }

    /** Still changed by others after {@link ConcurrentChanges#retry}: the client may simply try again. */
    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(HttpServletRequest request) {
        return respond(problem(HttpStatus.CONFLICT, "concurrent-change", request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error in API call {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", request));
    }

    private ProblemDetail problem(HttpStatus status, String type, HttpServletRequest request) {
        return problems.problem(status, type, "webapi.problem." + type, request);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ApiProblems.respond(problem);
    }
}
