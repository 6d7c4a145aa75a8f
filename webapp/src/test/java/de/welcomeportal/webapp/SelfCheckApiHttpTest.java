package de.welcomeportal.webapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/self-check} over real HTTP: every worked case of the shared test data, the contract's
 * error answers (problem+json naming each invalid field), dates without figures, and the OpenAPI document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:self-check-api;DB_CLOSE_DELAY=-1",
        "portal.api.requests-per-window=100000"})
class SelfCheckApiHttpTest {

    static final Path CASES = Path.of("../../shared/testdata/self-check-cases.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    static Stream<JsonNode> workedCases() throws IOException {
        assertThat(CASES).as("shared/testdata beside the checkout").exists();
        List<JsonNode> cases = new ArrayList<>();
        JSON.readTree(Files.readString(CASES)).forEach(cases::add);
        assertThat(cases).hasSize(40);
        return cases.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("workedCases")
    void every_worked_case_gets_the_expected_recommendation(JsonNode workedCase) throws Exception {
        HttpResponse<String> response = post(workedCase.get("request").toString(), "de");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode recommendation = JSON.readTree(response.body()).get("recommendation");
        JsonNode expected = workedCase.get("expected");
        String id = workedCase.get("id").asString();
        for (String field : List.of("pathway", "variant", "outcome", "baApprovalRequired", "acceleratedProcedureSuitable")) {
            assertThat(recommendation.get(field)).as(id + " " + field + ": " + workedCase.get("reason").asString())
                    .isEqualTo(expected.get(field));
        }
        assertThat(recommendation.get("legalBasis").asString()).as(id).contains("§");
        assertThat(recommendation.get("reasons")).as(id).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason.get("norm").asString()).isNotBlank());
        if ("CONDITIONAL".equals(recommendation.get("outcome").asString())) {
            assertThat(recommendation.get("missing")).as(id).isNotEmpty();
        }
    }

    @Test
    void texts_come_in_the_callers_language() throws Exception {
        String request = workedCases().findFirst().orElseThrow().get("request").toString();
        String german = JSON.readTree(post(request, "de").body()).at("/recommendation/reasons/0/text").asString();
        String english = JSON.readTree(post(request, "en-GB,en;q=0.8").body()).at("/recommendation/reasons/0/text").asString();
        assertThat(german).isNotBlank().isNotEqualTo(english);
        assertThat(english).isNotBlank();
    }

    @Test
    void invalid_fields_are_each_named_in_a_problem_detail() throws Exception {
        ObjectNode request = (ObjectNode) workedCases().findFirst().orElseThrow().get("request").deepCopy();
        ObjectNode candidate = (ObjectNode) request.get("candidate");
        candidate.put("age", 12);
        candidate.putArray("citizenships").add("XX");
        ((ObjectNode) request.get("job")).put("isco", "12a");
        ((ObjectNode) request.get("job")).remove("grossAnnualSalary");

        HttpResponse<String> response = post(request.toString(), "en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors")).extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder("candidate.age", "candidate.citizenships[0]", "job.isco",
                        "job.grossAnnualSalary");
        assertThat(problem.get("errors")).allSatisfy(error -> assertThat(error.get("message").asString()).isNotBlank());
    }

    @Test
    void unknown_fields_wrong_types_and_broken_json_are_refused() throws Exception {
        String valid = workedCases().findFirst().orElseThrow().get("request").toString();
        assertProblem(post(valid.replaceFirst("\\{", "{\"salaryBonus\": 1,"), "de"), 400, "salaryBonus");
        assertProblem(post(valid.replace("\"age\":30", "\"age\":\"thirty\""), "de"), 400, "candidate.age");
        assertProblem(post(valid.replace("\"location\":\"ABROAD\"", "\"location\":\"MARS\""), "de"), 400, "candidate.location");
        assertProblem(post("{\"candidate\": {", "de"), 400, "");
        assertProblem(post("", "de"), 400, "");
        assertProblem(post("[]", "de"), 400, "");
    }

    @Test
    void in_germany_is_required_exactly_when_the_candidate_is_in_germany() throws Exception {
        String valid = workedCases().findFirst().orElseThrow().get("request").toString();
        assertProblem(post(valid.replace("\"location\":\"ABROAD\"", "\"location\":\"IN_GERMANY\""), "de"), 400,
                "candidate.inGermany");
    }

    @Test
    void a_date_without_published_figures_is_refused_with_422() throws Exception {
        String valid = workedCases().findFirst().orElseThrow().get("request").toString();
        HttpResponse<String> response = post(valid.replaceFirst("\"decisionDate\":\"[0-9-]+\"", "\"decisionDate\":\"2027-03-01\""), "de");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).endsWith("/figures-unavailable");
        assertThat(problem.get("missingFigures")).extracting(JsonNode::asString).contains("blue-card-general-threshold");
    }

    @Test
    void only_json_is_accepted() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/self-check"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("\"status\":415");
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_not_a_page() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(uri("/api/v1/self-check")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isIn(404, 405);
        assertThat(wrongMethod.body()).doesNotContain("<html");
    }

    @Test
    void the_api_is_described_by_an_openapi_document() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.at("/paths/~1api~1v1~1self-check/post")).isNotNull();
        assertThat(document.at("/components/schemas/SelfCheckRequest")).isNotNull();
        assertThat(response.body()).contains("\"422\"");
    }

    @Test
    void a_body_larger_than_allowed_is_refused_whether_announced_or_streamed() throws Exception {
        String huge = "{\"decisionDate\": \"" + "x".repeat(1_500_000) + "\"}";
        HttpResponse<String> announced = http.send(HttpRequest.newBuilder(uri("/api/v1/self-check")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> streamed = http.send(HttpRequest.newBuilder(uri("/api/v1/self-check")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> response : java.util.List.of(announced, streamed)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(response.body()).contains("body-too-large", "65536");
        }
    }

    private void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("errors")).as(response.body()).isNotEmpty()
                .anySatisfy(error -> assertThat(error.get("field").asString()).isEqualTo(field));
    }

    private HttpResponse<String> post(String body, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/self-check"))
                        .header("Content-Type", "application/json").header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
