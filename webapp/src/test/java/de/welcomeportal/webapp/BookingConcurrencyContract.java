package de.welcomeportal.webapp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No double booking, ever: many employers send their booking for the last free place(s) of one slot at the same
 * moment, through the public API of a running portal. Exactly as many succeed as there were places; every other one
 * gets the "just taken" answer (409 with the next free times), none a server error; and the database holds as many
 * bookings for the slot as it has capacity. Every supported database runs it.
 */
abstract class BookingConcurrencyContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void generousRateLimit(DynamicPropertyRegistry registry) {
        // the race itself is the subject here; the rate limit has its own test
        registry.add("portal.api.requests-per-window", () -> "1000000");
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fifty_employers_race_for_the_last_place_of_a_slot_and_exactly_one_gets_it() throws Exception {
        OffsetDateTime start = freeTime("detmold", "first-advice", 2);
        assertThat(post(booking("detmold", start, "first@example.org")).statusCode()).isEqualTo(201);

        Race race = race("detmold", start, 50);

        assertThat(race.byStatus()).isEqualTo(Map.of(201, 1, 409, 49));
        assertThat(race.takenAnswersOfferNextFreeTimes()).isTrue();
        assertThat(bookingsAt("detmold", start)).isEqualTo(2);
        assertThat(slotLoad("detmold", start)).isEqualTo(2);
    }

    @Test
    void a_hundred_employers_race_for_a_slot_of_three_places_and_exactly_three_get_one() throws Exception {
        jdbc.sql("update booking_office set capacity = 3 where office_key = 'lemgo'").update();
        OffsetDateTime start = freeTime("lemgo", "first-advice", 3);

        Race race = race("lemgo", start, 100);

        assertThat(race.byStatus()).isEqualTo(Map.of(201, 3, 409, 97));
        assertThat(bookingsAt("lemgo", start)).isEqualTo(3);
        assertThat(slotLoad("lemgo", start)).isEqualTo(3);
    }

    /** A time with all its places free, a few days ahead (outside the 24-hour notice and clear of holidays). */
    private OffsetDateTime freeTime(String office, String type, int capacity) throws Exception {
        LocalDate from = LocalDate.now().plusDays(3);
        HttpResponse<String> slots = http.send(HttpRequest.newBuilder(uri("/api/v1/offices/" + office + "/slots?type="
                + type + "&from=" + from + "&to=" + from.plusDays(20))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(slots.statusCode()).as(slots.body()).isEqualTo(200);
        for (JsonNode day : JSON.readTree(slots.body()).get("days")) {
            for (JsonNode time : day.get("times")) {
                if (time.get("free").asInt() == capacity && time.get("capacity").asInt() == capacity) {
                    return OffsetDateTime.parse(time.get("start").asString());
                }
            }
        }
        throw new AssertionError("No free time at " + office + " in three weeks: " + slots.body());
    }

    private Race race(String office, OffsetDateTime start, int employers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(employers);
        CountDownLatch ready = new CountDownLatch(employers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < employers; i++) {
            String body = booking(office, start, "racer-" + i + "@example.org");
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return post(body);
            }));
        }
        ready.await();
        go.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();
        return new Race(responses);
    }

    private record Race(List<HttpResponse<String>> responses) {

        Map<Integer, Integer> byStatus() {
            Map<Integer, Integer> counts = new TreeMap<>();
            responses.forEach(response -> counts.merge(response.statusCode(), 1, Integer::sum));
            return counts;
        }

        boolean takenAnswersOfferNextFreeTimes() {
            return responses.stream().filter(response -> response.statusCode() == 409).allMatch(response -> {
                JsonNode problem = JSON.readTree(response.body());
                return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                        && problem.get("type").asString().endsWith("/slot-taken")
                        && !problem.get("nextFreeTimes").isEmpty();
            });
        }
    }

    private String booking(String office, OffsetDateTime start, String email) {
        return JSON.writeValueAsString(Map.of("office", office, "type", "first-advice", "mode", "ON_SITE",
                "start", start.toString(), "name", "Erika Mustermann", "company", "Mustermann GmbH", "email", email,
                "topic", "Einstellung einer Pflegefachkraft"));
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/bookings"))
                .header("Content-Type", "application/json").header("Accept-Language", "de")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int bookingsAt(String office, OffsetDateTime start) {
        return jdbc.sql("""
                        select count(*) from booking_appointment b join booking_office o on o.id = b.office_id
                        where o.office_key = :office and b.starts_at = :start and b.status in ('HELD', 'CONFIRMED')""")
                .param("office", office).param("start", start).query(Integer.class).single();
    }

    private int slotLoad(String office, OffsetDateTime start) {
        return jdbc.sql("""
                        select s.booked from booking_slot s join booking_office o on o.id = s.office_id
                        where o.office_key = :office and s.starts_at = :start""")
                .param("office", office).param("start", start).query(Integer.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
