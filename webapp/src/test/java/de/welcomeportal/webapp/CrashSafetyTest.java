package de.welcomeportal.webapp;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static de.welcomeportal.webapp.TwoNodesTest.column;
import static de.welcomeportal.webapp.TwoNodesTest.count;
import static de.welcomeportal.webapp.TwoNodesTest.get;
import static de.welcomeportal.webapp.TwoNodesTest.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node is killed with {@code SIGKILL} in the middle of a burst of pre-check submissions, document uploads and
 * bookings, and started again: every request that was answered with 2xx is stored and readable, and nothing else is
 * half-stored: no document file without its row (or the other way round), no booking without its slot accounting,
 * no slot counted beyond its capacity.
 */
@ExtendWith(PostgresTestDatabase.class)
class CrashSafetyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final List<String> SERVER_ERRORS = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void every_answered_request_survives_a_kill_and_nothing_is_half_stored() throws Exception {
        PostgresTestDatabase.dropAllTables();
        Path data = Files.createTempDirectory("portal-crash");
        PortalNode node = PortalNode.start("crash", data, Map.of("portal.api.requests-per-window", "1000000",
                "portal.precheck.orphan-grace", "2s"));
        try {
            node.awaitHealthy(Duration.ofSeconds(180));
            List<String[]> cases = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                cases.add(submit(node, "vorab" + i + "@example.org"));
            }
            List<String> starts = freeTimes(node, "detmold", 20);
            starts.addAll(freeTimes(node, "lemgo", 20));

            Map<String, String> submitted = new ConcurrentHashMap<>();
            Map<String, String> booked = new ConcurrentHashMap<>();
            Map<Long, Long> uploaded = new ConcurrentHashMap<>();
            AtomicInteger unanswered = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            byte[] pdf = pdf(4_000_000);
            ExecutorService clients = Executors.newFixedThreadPool(12);
            for (int t = 0; t < 12; t++) {
                int client = t;
                clients.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        try {
                            switch ((client + i) % 3) {
                                case 0 -> {
                                    String[] created = submit(node, "burst" + client + "-" + i + "@example.org");
                                    if (created != null) {
                                        submitted.put(created[0], created[1]);
                                    }
                                }
                                case 1 -> {
                                    String[] receipt = book(node, starts.get(ThreadLocalRandom.current()
                                            .nextInt(starts.size())), "b" + client + "-" + i + "@example.org");
                                    if (receipt != null) {
                                        booked.put(receipt[0], receipt[1]);
                                    }
                                }
                                default -> {
                                    String[] target = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
                                    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(node.uri(
                                                    "/api/v1/prechecks/" + target[0] + "/documents?token=" + target[1]
                                                            + "&name=Nachweis.pdf"))
                                            .header("Content-Type", "application/pdf").timeout(Duration.ofSeconds(10))
                                            .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                                            HttpResponse.BodyHandlers.ofString());
                                    recordServerError(answer);
                                    if (answer.statusCode() == 201) {
                                        for (JsonNode document : JSON.readTree(answer.body()).get("documents")) {
                                            uploaded.putIfAbsent(document.get("id").asLong(),
                                                    document.get("sizeBytes").asLong());
                                        }
                                    }
                                }
                            }
                        } catch (IOException | InterruptedException e) {
                            unanswered.incrementAndGet(); // the node is gone: no answer, no promise
                        }
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while ((submitted.size() < 20 || booked.size() < 10 || uploaded.size() < 20) && System.nanoTime() < deadline) {
                PortalNode.sleep(50);
            }
            node.kill();
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            System.out.printf("[crash] killed after %d submissions, %d bookings, %d documents answered 2xx; "
                    + "%d requests unanswered%n", submitted.size(), booked.size(), uploaded.size(), unanswered.get());
            assertThat(submitted).as("the burst was under way").hasSizeGreaterThanOrEqualTo(20);
            assertThat(SERVER_ERRORS).as("answers before the kill").isEmpty();

            node.restart().awaitHealthy(Duration.ofSeconds(180));

            for (Map.Entry<String, String> answered : submitted.entrySet()) {
                assertThat(get(node, "/api/v1/prechecks/" + answered.getKey() + "?token=" + answered.getValue())
                        .statusCode()).as(answered.getKey()).isEqualTo(200);
            }
            for (Map.Entry<String, String> answered : booked.entrySet()) {
                HttpResponse<String> booking = get(node, "/api/v1/bookings/" + answered.getKey() + "?token="
                        + answered.getValue());
                assertThat(booking.statusCode()).as(answered.getKey()).isEqualTo(200);
                assertThat(JSON.readTree(booking.body()).get("status").asString()).isEqualTo("HELD");
            }
            Set<String> rows = Set.copyOf(column("select id || ':' || size_bytes from precheck_document"));
            for (Map.Entry<Long, Long> document : uploaded.entrySet()) {
                assertThat(rows).contains(document.getKey() + ":" + document.getValue());
            }

            assertThat(count("select count(*) from booking_slot s join booking_office o on o.id = s.office_id "
                    + "where s.booked > o.capacity")).as("slots over capacity").isZero();
            assertThat(count(TwoNodesTest.SLOT_COUNT_MISMATCHES)).as("bookings without their slot accounting")
                    .isZero();
            assertThat(count("select count(*) from precheck_case c where cast(substring(c.reference, 9) as integer) > "
                    + "(select last_number from precheck_reference_counter r where r.reference_year = "
                    + "cast(substring(c.reference, 4, 4) as integer))")).as("references beyond the counter").isZero();

            Set<String> keys = Set.copyOf(column("select storage_key from precheck_document"));
            Set<String> files = files(data.resolve("documents"));
            assertThat(files).as("every file has its row, and no half-written file is left after the start-up sweep")
                    .isEqualTo(keys);
            for (String key : keys) {
                long size = Files.size(data.resolve("documents").resolve(key));
                assertThat(column("select size_bytes from precheck_document where storage_key = '" + key + "'"))
                        .containsExactly(Long.toString(size));
            }
        } finally {
            node.close();
        }
    }

    private static void recordServerError(HttpResponse<String> answer) {
        if (answer.statusCode() >= 500) {
            SERVER_ERRORS.add(answer.request().method() + " " + answer.uri().getPath() + " -> " + answer.statusCode());
        }
    }

    private static Set<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** @return reference and token, or {@code null} when the submission was not accepted */
    private static String[] submit(PortalNode node, String email) throws IOException, InterruptedException {
        ObjectNode application = PrecheckApiHttpTest.validApplication();
        ((ObjectNode) application.get("employer")).put("email", email);
        HttpResponse<String> answer = sendQuietly(node, "POST", "/api/v1/prechecks", application.toString());
        recordServerError(answer);
        if (answer.statusCode() != 201) {
            return null;
        }
        JsonNode submission = JSON.readTree(answer.body());
        String link = submission.get("caseLink").asString();
        return new String[] {submission.get("reference").asString(), link.substring(link.indexOf("token=") + 6)};
    }

    private static String[] book(PortalNode node, String start, String email) throws IOException, InterruptedException {
        String office = start.substring(0, start.indexOf('|'));
        ObjectNode booking = JSON.createObjectNode().put("office", office).put("type", "first-advice")
                .put("mode", "ON_SITE").put("start", start.substring(start.indexOf('|') + 1)).put("name", "Erika Muster")
                .put("company", "Beispiel GmbH").put("email", email).put("topic", "Absturztest");
        HttpResponse<String> answer = sendQuietly(node, "POST", "/api/v1/bookings", booking.toString());
        recordServerError(answer);
        if (answer.statusCode() != 201) {
            return null;
        }
        JsonNode receipt = JSON.readTree(answer.body());
        String manageUrl = receipt.get("manageUrl").asString();
        return new String[] {receipt.get("id").asString(), manageUrl.substring(manageUrl.indexOf("token=") + 6)};
    }

    private static HttpResponse<String> sendQuietly(PortalNode node, String method, String path, String json)
            throws IOException, InterruptedException {
        try {
            return send(node, method, path, json);
        } catch (IOException | InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Free start times as {@code office|start}. */
    private static List<String> freeTimes(PortalNode node, String office, int wanted) throws Exception {
        LocalDate from = LocalDate.now().plusDays(2);
        JsonNode days = JSON.readTree(get(node, "/api/v1/offices/" + office + "/slots?type=first-advice&from=" + from
                + "&to=" + from.plusDays(13)).body()).get("days");
        List<String> starts = new ArrayList<>();
        for (JsonNode day : days) {
            for (JsonNode time : day.get("times")) {
                if (time.get("free").asInt() > 0 && starts.size() < wanted) {
                    starts.add(office + "|" + time.get("start").asString());
                }
            }
        }
        return starts;
    }

    /** A PDF of about this size: the header the portal sniffs, then filler. */
    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }
}
