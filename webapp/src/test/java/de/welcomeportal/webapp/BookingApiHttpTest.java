package de.welcomeportal.webapp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking API over real HTTP: offices and free times, booking with its answers (201, 400 per field, 409 with the
 * next free times, 415), hostile input never stored, the manage link reading and cancelling, and a guessed token
 * revealing nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:booking-api;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "portal.api.requests-per-window=100000"})
class BookingApiHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> NEVER_ACCEPTED = List.of("x".repeat(60_000), "\u0000", "a\u001bb");
    private static final List<String> MARKUP_AND_SQL = List.of("<script>alert(1)</script>",
            "'; DROP TABLE booking_appointment; --");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void lists_the_offices_with_their_types_in_the_callers_language() throws Exception {
        HttpResponse<String> german = send("GET", "/api/v1/offices", null, "de");
        HttpResponse<String> english = send("GET", "/api/v1/offices", null, "en");

        assertThat(german.statusCode()).isEqualTo(200);
        JsonNode offices = JSON.readTree(german.body());
        assertThat(offices).extracting(office -> office.get("id").asString())
                .containsExactly("detmold", "lemgo", "bad-salzuflen", "blomberg");
        JsonNode detmold = offices.get(0);
        assertThat(detmold.get("name").asString()).isEqualTo("Kreishaus Detmold");
        assertThat(detmold.get("accessibility").asString()).contains("Aufzug");
        assertThat(detmold.get("types").get(0).get("durationMinutes").asInt()).isEqualTo(30);
        assertThat(JSON.readTree(english.body()).get(0).get("types").get(0).get("name").asString())
                .isEqualTo("First advice on skilled immigration");
    }

    @Test
    void lists_free_times_per_day_with_closed_days_named() throws Exception {
        HttpResponse<String> christmas = send("GET",
                "/api/v1/offices/detmold/slots?type=first-advice&from=2026-12-24&to=2026-12-26", null, "de");

        assertThat(christmas.statusCode()).as(christmas.body()).isEqualTo(200);
        JsonNode days = JSON.readTree(christmas.body()).get("days");
        assertThat(days).hasSize(3);
        assertThat(days.get(1).get("closedReason").asString()).isEqualTo("1. Weihnachtsfeiertag");
        assertThat(days.get(2).get("times")).isEmpty();

        assertThat(send("GET", "/api/v1/offices/hamburg/slots?type=first-advice", null, "de").statusCode())
                .isEqualTo(400);
        HttpResponse<String> badDate = send("GET", "/api/v1/offices/detmold/slots?type=first-advice&from=24.12.2026",
                null, "de");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.headers().firstValue("Content-Type")).contains("application/problem+json");
        HttpResponse<String> tooLong = send("GET",
                "/api/v1/offices/detmold/slots?type=first-advice&from=2027-01-01&to=2027-06-01", null, "en");
        assertThat(JSON.readTree(tooLong.body()).get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(send("GET", "/api/v1/offices/detmold/slots", null, "de").statusCode()).as("type is required")
                .isEqualTo(400);
    }

    @Test
    void books_a_free_time_reads_it_with_the_manage_link_and_cancels_it() throws Exception {
        OffsetDateTime start = freeTime();
        HttpResponse<String> created = send("POST", "/api/v1/bookings", booking(start, "book@example.org").toString(),
                "de");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(created.body());
        String id = receipt.get("id").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/bookings/" + id);
        assertThat(receipt.get("status").asString()).isEqualTo("HELD");
        assertThat(OffsetDateTime.parse(receipt.get("start").asString())).isEqualTo(start);
        String manageUrl = receipt.get("manageUrl").asString();
        assertThat(manageUrl).contains("/booking/manage/" + id + "?token=");
        String token = manageUrl.substring(manageUrl.indexOf("token=") + 6);

        HttpResponse<String> read = send("GET", "/api/v1/bookings/" + id + "?token=" + token, null, "en");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("officeName").asString()).isEqualTo("Kreishaus Detmold");
        assertThat(send("GET", "/api/v1/bookings/" + id + "?token=" + "A".repeat(43), null, "de").statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/bookings/" + id + "/confirm?token=" + token, null, "de").statusCode())
                .as("the manage link cannot confirm").isEqualTo(404);

        assertThat(send("DELETE", "/api/v1/bookings/" + id + "?token=" + token, null, "de").statusCode())
                .isEqualTo(204);
        HttpResponse<String> again = send("DELETE", "/api/v1/bookings/" + id + "?token=" + token, null, "de");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("bookingStatus").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void a_full_time_is_answered_with_409_and_the_next_free_times() throws Exception {
        OffsetDateTime start = freeTime();
        assertThat(send("POST", "/api/v1/bookings", booking(start, "one@example.org").toString(), "de").statusCode())
                .isEqualTo(201);
        assertThat(send("POST", "/api/v1/bookings", booking(start, "two@example.org").toString(), "de").statusCode())
                .isEqualTo(201);

        HttpResponse<String> taken = send("POST", "/api/v1/bookings", booking(start, "three@example.org").toString(),
                "de");

        assertThat(taken.statusCode()).isEqualTo(409);
        JsonNode problem = JSON.readTree(taken.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://welcomeportal.de/problems/slot-taken");
        assertThat(problem.get("title").asString()).isEqualTo("Diese Zeit wurde gerade vergeben");
        assertThat(problem.get("nextFreeTimes")).isNotEmpty();
        assertThat(OffsetDateTime.parse(problem.get("nextFreeTimes").get(0).get("start").asString())).isAfter(start);
    }

    @Test
    void invalid_and_hostile_input_is_refused_per_field_and_nothing_is_stored() throws Exception {
        int before = count();
        ObjectNode invalid = booking(freeTime(), "not an address");
        invalid.put("phone", "call me");
        invalid.put("precheckReference", "123");
        invalid.put("start", "2026-11-24T09:07:00+01:00");
        HttpResponse<String> answer = send("POST", "/api/v1/bookings", invalid.toString(), "en");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("errors")).extracting(error -> error.get("field").asString())
                .containsExactly("email", "phone", "precheckReference");

        for (String field : List.of("name", "company", "topic", "office", "type", "email", "phone")) {
            List<String> hostiles = new java.util.ArrayList<>(NEVER_ACCEPTED);
            if (!field.equals("topic")) { // the topic is free text, shown as text, never as markup
                hostiles.addAll(MARKUP_AND_SQL);
            }
            for (String hostile : hostiles) {
                ObjectNode request = booking(freeTime(), "hostile@example.org");
                request.put(field, hostile);
                HttpResponse<String> refused = send("POST", "/api/v1/bookings", request.toString(), "de");
                assertThat(refused.statusCode()).as(field + " = " + hostile.substring(0, Math.min(20, hostile.length())))
                        .isBetween(400, 413);
                assertThat(refused.body()).doesNotContain("Exception", "at de.welcomeportal");
            }
        }
        for (String body : List.of("{", "[]", "null", "{\"office\": 1}", "{\"mode\": \"BY_PIGEON\"}",
                "{\"start\": \"tomorrow\"}", "{\"unknown\": true}")) {
            assertThat(send("POST", "/api/v1/bookings", body, "de").statusCode()).as(body).isEqualTo(400);
        }
        assertThat(http.send(HttpRequest.newBuilder(uri("/api/v1/bookings")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(415);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void unicode_edge_cases_in_free_text_are_kept_exactly() throws Exception {
        ObjectNode request = booking(freeTime(), "unicode@example.org");
        String topic = "Pflege\u0301 \u200fمرحبا\u200f \uD83D\uDE00 <b>fett</b>";
        request.put("topic", topic);
        request.put("name", "Zoë Łukasiewicz-Ñúñez");
        HttpResponse<String> created = send("POST", "/api/v1/bookings", request.toString(), "de");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String manageUrl = JSON.readTree(created.body()).get("manageUrl").asString();
        String path = URI.create(manageUrl).getPath().replace("/booking/manage/", "/api/v1/bookings/");

        JsonNode read = JSON.readTree(send("GET", path + "?" + URI.create(manageUrl).getQuery(), null, "de").body());

        assertThat(read.get("topic").asString()).isEqualTo(topic);
        assertThat(read.get("name").asString()).isEqualTo("Zoë Łukasiewicz-Ñúñez");
    }

    @Test
    void the_openapi_document_describes_the_booking_endpoints() throws Exception {
        JsonNode paths = JSON.readTree(send("GET", "/v3/api-docs", null, "de").body()).get("paths");

        assertThat(paths.has("/api/v1/offices")).isTrue();
        assertThat(paths.has("/api/v1/offices/{id}/slots")).isTrue();
        assertThat(paths.get("/api/v1/bookings").get("post").get("responses").has("409")).isTrue();
        assertThat(paths.has("/api/v1/bookings/{id}/confirm")).isTrue();
        assertThat(paths.get("/api/v1/bookings/{id}").has("delete")).isTrue();
    }

    private int count() {
        Integer count = jdbc.queryForObject("select count(*) from booking_appointment", Integer.class);
        return count == null ? 0 : count;
    }

    /** A time at Detmold with both places free, some days ahead. */
    private OffsetDateTime freeTime() throws Exception {
        LocalDate from = LocalDate.now().plusDays(3);
        JsonNode days = JSON.readTree(send("GET", "/api/v1/offices/detmold/slots?type=first-advice&from=" + from
                + "&to=" + from.plusDays(30), null, "de").body()).get("days");
        for (JsonNode day : days) {
            for (JsonNode time : day.get("times")) {
                if (time.get("free").asInt() == 2) {
                    return OffsetDateTime.parse(time.get("start").asString());
                }
            }
        }
        throw new AssertionError("no free time");
    }

    static ObjectNode booking(OffsetDateTime start, String email) {
        ObjectNode booking = JSON.createObjectNode();
        booking.put("office", "detmold");
        booking.put("type", "first-advice");
        booking.put("mode", "ON_SITE");
        booking.put("start", start.toString());
        booking.put("name", "Zoë O’Connor");
        booking.put("company", "Tischlerei Müller & Söhne");
        booking.put("email", email);
        booking.put("topic", "Einstellung einer Tischlerin\nmit Ausbildung aus Bosnien");
        return booking;
    }

    private HttpResponse<String> send(String method, String path, String body, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", language);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
