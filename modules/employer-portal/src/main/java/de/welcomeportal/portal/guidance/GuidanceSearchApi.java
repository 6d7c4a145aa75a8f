package de.welcomeportal.portal.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import com.vaadin.flow.i18n.I18NProvider;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.welcomeportal.portal.webapi.ApiLocales;
import de.welcomeportal.portal.webapi.FieldProblem;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/** {@code GET /api/v1/guidance/search}: full-text search of the published guidance for headless front ends. */
@RestController
@Tag(name = "Guidance", description = "Search the published guidance: articles, FAQ, checklists, authorities")
class GuidanceSearchApi {

    static final String PATH = "/api/v1/guidance/search";
    static final int MAX_QUERY_LENGTH = 200;
    private static final String TOPIC_PATTERN = "[a-z0-9-]{1,60}";

    private final GuidanceIndex index;
    private final I18NProvider texts;

    GuidanceSearchApi(GuidanceIndex index, I18NProvider texts) {
        this.index = index;
        this.texts = texts;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search the published guidance",
            description = "Words or a plain question, in German or English; typos are tolerated, German words are "
                    + "found in any inflection, with or without umlauts, and inside compounds. Hits come best "
                    + "first with a snippet: HTML-escaped text in which the matching words are wrapped in <mark>. "
                    + "'topics' counts the hits per topic for the same words regardless of the topic filter; "
                    + "'didYouMean' proposes a corrected query when a word does not occur in the guidance.")
    @Parameter(name = "q", in = ParameterIn.QUERY, required = true, description = "what to search for, 1–200 characters",
            example = "Wie lange dauert die Anerkennung")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "de or en; default: Accept-Language, else de",
            schema = @Schema(allowableValues = {"de", "en"}))
    @Parameter(name = "topic", in = ParameterIn.QUERY,
            description = "only hits of this topic, e.g. pathways, procedures, refugees, settling")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "page number, from 1",
            schema = @Schema(defaultValue = "1", minimum = "1", maximum = "100"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "hits per page",
            schema = @Schema(defaultValue = "10", minimum = "1", maximum = "50"))
    @ApiResponse(responseCode = "200", description = "One page of hits with topic counts",
            content = @Content(schema = @Schema(implementation = SearchResult.class)))
    @ApiResponse(responseCode = "400", description = "q missing, blank or too long, or another parameter invalid; "
            + "each is listed in errors",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    SearchResult search(@RequestParam(required = false) @Nullable String q,
                        @RequestParam(required = false) @Nullable String topic,
                        @RequestParam(defaultValue = "1") int page,
                        @RequestParam(defaultValue = "10") int size,
                        HttpServletRequest request) {
        Locale locale = ApiLocales.of(request);
        List<FieldProblem> problems = new ArrayList<>();
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("q", "NotBlank", texts.getTranslation("webapi.constraint.NotBlank", locale)));
        } else if (text.length() > MAX_QUERY_LENGTH) {
            problems.add(new FieldProblem("q", "Size",
                    texts.getTranslation("webapi.constraint.Size", locale, 1, MAX_QUERY_LENGTH)));
        }
        if (topic != null && !topic.isEmpty() && !topic.matches(TOPIC_PATTERN)) {
            problems.add(new FieldProblem("topic", "Pattern",
                    texts.getTranslation("webapi.constraint.Pattern", locale)));
        }
        range("page", page, 1, SearchQuery.MAX_PAGE, locale, problems);
        range("size", size, 1, SearchQuery.MAX_PAGE_SIZE, locale, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return index.search(new SearchQuery(text, locale, topic, page, size));
    }

    private void range(String field, int value, int min, int max, Locale locale, List<FieldProblem> problems) {
        if (value < min) {
            problems.add(new FieldProblem(field, "Min", texts.getTranslation("webapi.constraint.Min", locale, min)));
        } else if (value > max) {
            problems.add(new FieldProblem(field, "Max", texts.getTranslation("webapi.constraint.Max", locale, max)));
        }
    }
}
