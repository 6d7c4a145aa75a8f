package de.welcomeportal.portal.selfcheck.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Every worked case of the shared test data ({@code shared/testdata/self-check-cases.json}) gives the expected
 * recommendation. The file lies beside the checkout; Maven runs tests in the module directory.
 */
class SelfCheckCasesTest {

    private static final Path CASES = Path.of("../../../shared/testdata/self-check-cases.json");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final SelfCheckEngine engine = new SelfCheckEngine();

    static List<Arguments> cases() throws IOException {
        assertThat(CASES)
                .as("the shared test cases must lie beside the checkout at %s (working directory %s)",
                        CASES.toAbsolutePath().normalize(), Path.of("").toAbsolutePath())
                .exists();
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode testCase : JSON.readTree(Files.readString(CASES))) {
            cases.add(Arguments.of(testCase.path("id").asString(), testCase));
        }
        return cases;
    }

    @Test
    void the_shared_file_holds_all_forty_cases() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_case_gets_the_expected_recommendation(String id, JsonNode testCase) {
        SelfCheckCase selfCheckCase = CaseJson.read(testCase.path("request"));
        JsonNode expected = testCase.path("expected");

        Assessment assessment = engine.assess(selfCheckCase, TestFigures.on(selfCheckCase.decisionDate()));
        PathwayResult recommendation = assessment.recommendation();

        String why = id + ": " + testCase.path("reason").asString() + "\n got " + recommendation;
        assertThat(recommendation.pathway().name()).as(why).isEqualTo(expected.path("pathway").asString());
        JsonNode variant = expected.path("variant");
        assertThat(recommendation.variant() == null ? null : recommendation.variant().name()).as(why)
                .isEqualTo(variant.isNull() ? null : variant.asString());
        assertThat(recommendation.outcome().name()).as(why).isEqualTo(expected.path("outcome").asString());
        JsonNode approval = expected.path("baApprovalRequired");
        assertThat(recommendation.baApprovalRequired()).as(why)
                .isEqualTo(approval.isNull() ? null : approval.asBoolean());
        assertThat(recommendation.acceleratedProcedureSuitable()).as(why)
                .isEqualTo(expected.path("acceleratedProcedureSuitable").asBoolean());

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
