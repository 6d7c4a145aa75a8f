package de.welcomeportal.portal.selfcheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Variations of the kinds of the shared worked cases, written in review from LAW.md and the self-check contract
 * ({@code review-cases.json} beside this class). Each case has a {@code reason} naming the norm or contract passage
 * its expectation rests on. Requests are compact: fields left out take the contract's defaults.
 */
class ReviewCasesTest {

    private static final String CASES = "review-cases.json";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final SelfCheckEngine engine = new SelfCheckEngine();

    static List<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = ReviewCasesTest.class.getResourceAsStream(CASES)) {
            assertThat(in).as("%s on the test class path", CASES).isNotNull();
            for (JsonNode testCase : JSON.readTree(in)) {
                cases.add(Arguments.of(testCase.path("id").asString(), testCase));
            }
        }
        return cases;
    }

    @Test
    void ids_are_unique() throws IOException {
        List<Object> ids = new ArrayList<>();
        for (Arguments arguments : cases()) {
            ids.add(arguments.get()[0]);
        }
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_case_gets_the_expected_recommendation(String id, JsonNode testCase) {
        SelfCheckCase selfCheckCase = CaseJson.read(testCase.path("request"));
        JsonNode expected = testCase.path("expected");

        Assessment assessment = engine.assess(selfCheckCase, TestFigures.on(selfCheckCase.decisionDate()));
        PathwayResult recommendation = assessment.recommendation();

        String why = id + ": " + testCase.path("reason").asString() + "\n got " + recommendation;
        JsonNode variant = expected.path("variant");
        JsonNode approval = expected.path("baApprovalRequired");
        assertThat(List.of(recommendation.pathway().name(),
                String.valueOf(recommendation.variant()),
                recommendation.outcome().name(),
                String.valueOf(recommendation.baApprovalRequired()),
                String.valueOf(recommendation.acceleratedProcedureSuitable())))
                .as(why)
                .containsExactly(expected.path("pathway").asString(),
                        variant.isNull() ? "null" : variant.asString(),
                        expected.path("outcome").asString(),
                        approval.isNull() ? "null" : String.valueOf(approval.asBoolean()),
                        String.valueOf(expected.path("acceleratedProcedureSuitable").asBoolean()));

        List<PathwayResult> all = new ArrayList<>(assessment.alternatives());
        all.add(recommendation);
        all.addAll(assessment.closedPathways());
        for (PathwayResult result : all) {
            assertThat(result.legalBasis()).as("%s %s names its norm", id, result.pathway()).contains("§");
            assertThat(result.reasons()).as("%s %s gives reasons", id, result.pathway()).isNotEmpty();
            if (result.outcome() == Outcome.CONDITIONAL) {
                assertThat(result.missing()).as("%s %s names what is missing", id, result.pathway()).isNotEmpty();
            }
        }
    }
}
