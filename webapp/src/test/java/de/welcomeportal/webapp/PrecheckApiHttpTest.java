package de.welcomeportal.webapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-check API over real HTTP, including hostile input in every field: malformed JSON, wrong types, unknown
 * fields, huge strings, markup and SQL fragments are always answered with 4xx and a problem detail, never 5xx,
 * and nothing of a refused request is stored. A forged or guessed token reveals nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:precheck-api;DB_CLOSE_DELAY=-1",
        "portal.api.requests-per-window=100000"})
class PrecheckApiHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> HOSTILE_TEXTS = List.of("<script>alert(1)</script>",
            "'; DROP TABLE precheck_case; --", "' OR '1'='1", "x".repeat(60_000), "\u0000", "{{7*7}}",
            "e\u0301\u200f\uD83D\uDE00 <b>");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    static ObjectNode validApplication() {
        ObjectNode application = JSON.createObjectNode();
        ObjectNode employer = application.putObject("employer");
        employer.put("companyName", "Müller & Söhne Tischlerei");
        employer.put("legalForm", "GmbH & Co. KG");
        ObjectNode address = employer.putObject("address");
        address.put("street", "Lange Straße 1");
        address.put("postcode", "32756");
        address.put("city", "Detmold");
        employer.put("registerNumber", "HRB 1234");
        employer.put("contactName", "Zoë O’Connor-Łukasiewicz");
        employer.put("email", "personal@tischlerei-beispiel.de");
        employer.put("phone", "+49 5231 12345");
        ObjectNode position = application.putObject("position");
        position.put("title", "Tischler/in (m/w/d)");
        position.put("isco", "7522");
        ObjectNode workplace = position.putObject("workplace");
        workplace.put("street", "Werkstraße 5");
        workplace.put("postcode", "32657");
        workplace.put("city", "Lemgo");
        position.put("startDate", LocalDate.now().plusMonths(2).toString());
        position.put("weeklyHours", 38.5);
        position.put("grossAnnualSalary", 42000.00);
        position.put("collectiveAgreement", true);
        position.put("fixedTerm", false);
        ObjectNode candidate = application.putObject("candidate");
        candidate.put("givenNames", "Dragana");
        candidate.put("familyName", "Petrović");
        candidate.put("birthDate", "1994-03-12");
        candidate.putArray("citizenships").add("RS");
        candidate.put("countryOfResidence", "RS");
        candidate.put("qualification", "VOCATIONAL");
        candidate.put("qualificationTitle", "Stolar (Tischler)");
        candidate.put("recognition", "FULL");
        candidate.put("recognitionReference", "HWK-OWL 2026/123");
        candidate.put("germanLevel", "B1");
        ObjectNode wishes = application.putObject("wishes");
        wishes.put("advice", true);
        wishes.put("acceleratedProcedure", true);
        wishes.put("recognitionHelp", false);
        application.put("privacyNoticeAcknowledged", true);
        application.put("language", "de");
        return application;
    }

    @Test
    void a_valid_submission_is_created_confirmed_and_read_with_its_token() throws Exception {
        HttpResponse<String> created = post("/api/v1/prechecks", validApplication().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode submission = JSON.readTree(created.body());
        String reference = submission.get("reference").asString();
        String link = submission.get("caseLink").asString();
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(reference).matches("WC-\\d{4}-\\d{6}");
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/prechecks/" + reference);

        HttpResponse<String> confirmed = post("/api/v1/prechecks/" + reference + "/confirmation?token=" + token, "");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(JSON.readTree(confirmed.body()).get("status").asString()).isEqualTo("SUBMITTED");

        HttpResponse<String> read = get("/api/v1/prechecks/" + reference + "?token=" + token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("companyName").asString()).isEqualTo("Müller & Söhne Tischlerei");
    }

    @Test
    void a_forged_or_guessed_token_never_reveals_a_case_and_gives_no_hint_it_exists() throws Exception {
        JsonNode submission = JSON.readTree(post("/api/v1/prechecks", validApplication().toString()).body());
        String reference = submission.get("reference").asString();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String query : List.of("", "?token=", "?token=abc", "?token=" + "A".repeat(43),
                "?token=%27%20OR%20%271%27%3D%271", "?token=" + "x".repeat(5000))) {
            answers.add(get("/api/v1/prechecks/" + reference + query));
        }
        answers.add(get("/api/v1/prechecks/WC-2099-999999?token=" + "A".repeat(43)));
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Tischlerei").doesNotContain("Petrovi").doesNotContain("status\":\"");
            JsonNode problem = JSON.readTree(answer.body());
            JsonNode unknownReference = JSON.readTree(answers.getLast().body());
            for (String field : List.of("type", "title", "detail", "status")) {
                assertThat(problem.get(field)).as("same answer as for a reference that does not exist")
                        .isEqualTo(unknownReference.get(field));
            }
        }
    }

    @Test
    void hostile_values_in_every_field_are_refused_with_a_problem_and_nothing_is_stored() throws Exception {
        long before = storedCases();
        List<String> paths = leafPaths(validApplication(), "");
        assertThat(paths).hasSizeGreaterThan(25);
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            List<Object> values = new ArrayList<>(HOSTILE_TEXTS);
            values.addAll(List.of(12345, -1, 1e308, true, Map.of("nested", "object"), List.of("array")));
            JsonNode original = get(validApplication(), path);
            for (Object value : values) {
                if ((original.isBoolean() && value instanceof Boolean) || (original.isNumber() && value.equals(12345))) {
                    continue; // a valid value of the field's own type
                }
                ObjectNode application = validApplication();
                set(application, path, value);
                HttpResponse<String> answer = post("/api/v1/prechecks", application.toString());
                if (answer.statusCode() < 400 || answer.statusCode() >= 500
                        || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                        || answer.body().contains("Exception") || answer.body().contains("at de.")) {
                    failures.add(path + " = " + String.valueOf(value).substring(0, Math.min(30, String.valueOf(value).length()))
                            + " -> " + answer.statusCode());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(storedCases()).isEqualTo(before);
    }

    @Test
    void unknown_fields_broken_json_and_huge_bodies_are_refused() throws Exception {
        long before = storedCases();
        ObjectNode unknownDeep = validApplication();
        ((ObjectNode) unknownDeep.get("candidate")).put("religion", "none");
        ObjectNode unknownTop = validApplication();
        unknownTop.put("isAdmin", true);
        List<String> bodies = List.of(unknownDeep.toString(), unknownTop.toString(), "{", "[]", "null", "\"text\"",
                validApplication().toString() + "{}", "{\"employer\": {\"companyName\": \"a\", \"companyName\": \"b\"}}",
                "[".repeat(10_000) + "]".repeat(10_000), "{\"a\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2001));
        for (String body : bodies) {
            HttpResponse<String> answer = post("/api/v1/prechecks", body);
            assertThat(answer.statusCode()).as(body.substring(0, Math.min(60, body.length()))).isBetween(400, 499);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        String tenMegabytes = validApplication().put("language", "x".repeat(10_000_000)).toString();
        HttpResponse<String> huge = http.send(HttpRequest.newBuilder(uri("/api/v1/prechecks")).expectContinue(true)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(tenMegabytes))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(storedCases()).isEqualTo(before);
    }

    private long storedCases() {
        Long count = jdbc.queryForObject("select count(*) from precheck_case", Long.class);
        return count == null ? 0 : count;
    }

    private static List<String> leafPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                paths.addAll(leafPaths(field.getValue(), prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.addAll(leafPaths(node.get(i), prefix + "[" + i + "]"));
            }
        } else {
            paths.add(prefix);
        }
        return paths;
    }

    private static JsonNode get(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = part.endsWith("]") ? node.get(part.substring(0, part.indexOf('[')))
                    .get(Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1))) : node.get(part);
        }
        return node;
    }

    private static void set(ObjectNode root, String path, Object value) {
        String[] parts = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        JsonNode replacement = JSON.valueToTree(value);
        if (last.endsWith("]")) {
            String name = last.substring(0, last.indexOf('['));
            int index = Integer.parseInt(last.substring(last.indexOf('[') + 1, last.length() - 1));
            ((ArrayNode) parent.get(name)).set(index, replacement);
        } else {
            ((ObjectNode) parent).set(last, replacement);
        }
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
