package de.welcomeportal.portal.webapi;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details as every public API of the portal answers them: a stable type URI, title and detail in
 * the caller's language, the request path as instance.
 */
@Component
public class ApiProblems {

    public static final String TYPE_BASE = "https://welcomeportal.de/problems/";

    private final I18NProvider texts;

    ApiProblems(I18NProvider texts) {
        this.texts = texts;
    }

    /**
     * A problem of the given type; its title is the text {@code textKey}, its detail {@code textKey + ".detail"}
     * with the parameters.
     */
    public ProblemDetail problem(HttpStatus status, String type, String textKey, HttpServletRequest request,
                                 Object... detailParameters) {
        Locale locale = ApiLocales.of(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(texts.getTranslation(textKey, locale));
        problem.setDetail(texts.getTranslation(textKey + ".detail", locale, detailParameters));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** The answer for a problem, with {@code Content-Type: application/problem+json}. */
    public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
