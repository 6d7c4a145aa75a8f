package de.welcomeportal.webapp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import de.welcomeportal.portal.precheck.CaseStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes (separate JVMs, separate ports and data folders, one shared document folder) on one PostgreSQL
 * database, as a district runs them behind a load balancer. Both start at the same moment on an empty database;
 * then bookings and pre-checks are sent through both at once: no time is booked beyond its capacity, no case is lost
 * or duplicated, concurrent confirmations and withdrawals of one case through both nodes leave only legal status
 * histories, and guidance an editor publishes on one node is found by the other node's search within seconds.
 */
@ExtendWith(PostgresTestDatabase.class)
class TwoNodesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path folder;
    private static PortalNode first;
    private static PortalNode second;

    @BeforeAll
    static void startTwoNodesOnAnEmptyDatabase() throws Exception {
        PostgresTestDatabase.dropAllTables();
        folder = Files.createTempDirectory("portal-two-nodes");
        Map<String, String> shared = Map.of("portal.api.requests-per-window", "1000000",
                "portal.precheck.documents-directory", folder.resolve("shared-documents").toString());
        first = PortalNode.start("node-a", folder.resolve("a"), shared);
        second = PortalNode.start("node-b", folder.resolve("b"), shared);
        first.awaitHealthy(Duration.ofSeconds(180));
        second.awaitHealthy(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stopNodes() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void both_nodes_started_on_the_empty_database_and_created_one_administrator() throws SQLException {
        assertThat(count("select count(*) from staff_account where username = 'admin'")).isEqualTo(1);
        assertThat(count("select count(*) from flyway_schema_history where success = false")).isZero();
        assertThat(count("select count(*) from booking_office")).as("sample offices once, not twice").isEqualTo(4);
    }

    @Test
    void bookings_through_both_nodes_never_exceed_a_times_capacity() throws Exception {
        LocalDate from = LocalDate.now().plusDays(2);
        JsonNode days = JSON.readTree(get(first, "/api/v1/offices/detmold/slots?type=first-advice&from=" + from
                + "&to=" + from.plusDays(13)).body()).get("days");
        List<String> starts = new ArrayList<>();
        for (JsonNode day : days) {
            for (JsonNode time : day.get("times")) {
                if (time.get("free").asInt() > 0 && starts.size() < 5) {
                    starts.add(time.get("start").asString());
                }
            }
        }
        assertThat(starts).hasSize(5);

        List<Integer> statuses = new CopyOnWriteArrayList<>();
        Map<String, String> manageTokens = new ConcurrentHashMap<>();
        Map<String, PortalNode> bookedThrough = new ConcurrentHashMap<>();
        List<Callable<Void>> clients = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            PortalNode node = i % 2 == 0 ? first : second;
            String start = starts.get(ThreadLocalRandom.current().nextInt(starts.size()));
            String email = "kunde" + i + "@example.org";
            clients.add(() -> {
                ObjectNode booking = JSON.createObjectNode().put("office", "detmold").put("type", "first-advice")
                        .put("mode", "ON_SITE").put("start", start).put("name", "Erika Muster")
                        .put("company", "Beispiel GmbH").put("email", email).put("topic", "Zwei Knoten");
                HttpResponse<String> answer = send(node, "POST", "/api/v1/bookings", booking.toString());
                statuses.add(answer.statusCode());
                if (answer.statusCode() == 201) {
                    JsonNode receipt = JSON.readTree(answer.body());
                    String manageUrl = receipt.get("manageUrl").asString();
                    manageTokens.put(receipt.get("id").asString(), manageUrl.substring(manageUrl.indexOf("token=") + 6));
                    bookedThrough.put(receipt.get("id").asString(), node);
                }
                return null;
            });
        }
        runAtOnce(clients, 20);

        assertThat(statuses).hasSize(100).allSatisfy(status -> assertThat(status).isIn(201, 409));
        assertThat(manageTokens).as("some bookings succeeded").isNotEmpty();
        assertThat(count("select count(*) from booking_slot s join booking_office o on o.id = s.office_id "
                + "where s.booked > o.capacity")).as("slots over capacity").isZero();
        assertThat(count("select count(*) from booking_appointment where status in ('HELD', 'CONFIRMED')"))
                .as("every 201 is one stored booking, nothing else").isEqualTo(manageTokens.size());
        assertThat(count(SLOT_COUNT_MISMATCHES)).as("slots whose count differs from the bookings covering them")
                .isZero();
        for (Map.Entry<String, String> booking : manageTokens.entrySet()) {
            PortalNode other = bookedThrough.get(booking.getKey()) == first ? second : first;
            assertThat(get(other, "/api/v1/bookings/" + booking.getKey() + "?token=" + booking.getValue())
                    .statusCode()).isEqualTo(200);
        }
    }

    static final String SLOT_COUNT_MISMATCHES = """
            with covered as (
              select b.office_id, b.starts_at + (i * interval '1 minute' * o.slot_minutes) as slot
              from booking_appointment b join booking_office o on o.id = b.office_id cross join generate_series(0, 47) i
              where b.status in ('HELD', 'CONFIRMED') and i < b.slot_count),
            counted as (select office_id, slot, count(*) as bookings from covered group by office_id, slot)
            select count(*) from booking_slot s full join counted c on c.office_id = s.office_id and c.slot = s.starts_at
            where coalesce(s.booked, 0) <> coalesce(c.bookings, 0)""";

    @Test
    void prechecks_through_both_nodes_are_neither_lost_nor_duplicated_and_move_only_along_legal_transitions()
            throws Exception {
        long before = count("select count(*) from precheck_case");
        Map<String, String> tokens = new ConcurrentHashMap<>();
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        List<Callable<Void>> submissions = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            PortalNode node = i % 2 == 0 ? first : second;
            ObjectNode application = PrecheckApiHttpTest.validApplication();
            ((ObjectNode) application.get("employer")).put("email", "personal" + i + "@tischlerei-beispiel.de");
            submissions.add(() -> {
                HttpResponse<String> answer = send(node, "POST", "/api/v1/prechecks", application.toString());
                statuses.add(answer.statusCode());
                if (answer.statusCode() == 201) {
                    JsonNode submission = JSON.readTree(answer.body());
                    String link = submission.get("caseLink").asString();
                    tokens.put(submission.get("reference").asString(), link.substring(link.indexOf("token=") + 6));
                }
                return null;
            });
        }
        runAtOnce(submissions, 12);
        assertThat(statuses).hasSize(60).containsOnly(201);
        assertThat(tokens).hasSize(60);
        assertThat(count("select count(*) from precheck_case")).isEqualTo(before + 60);
        assertThat(count("select count(distinct reference) from precheck_case")).isEqualTo(before + 60);

        // each case is confirmed through both nodes at once; every third is withdrawn at the same moment
        Map<String, Integer> withdrawals = new ConcurrentHashMap<>();
        List<Integer> transitions = new CopyOnWriteArrayList<>();
        List<Callable<Void>> concurrent = new ArrayList<>();
        List<String> references = new ArrayList<>(tokens.keySet());
        Collections.sort(references);
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            String path = "/api/v1/prechecks/" + reference;
            String token = tokens.get(reference);
            concurrent.add(() -> {
                transitions.add(send(first, "POST", path + "/confirmation?token=" + token, "").statusCode());
                return null;
            });
            concurrent.add(() -> {
                transitions.add(send(second, "POST", path + "/confirmation?token=" + token, "").statusCode());
                return null;
            });
            if (i % 3 == 0) {
                PortalNode node = i % 2 == 0 ? second : first;
                concurrent.add(() -> {
                    withdrawals.put(reference, send(node, "DELETE", path + "?token=" + token, null).statusCode());
                    return null;
                });
            }
        }
        Collections.shuffle(concurrent);
        runAtOnce(concurrent, 16);

        assertThat(transitions).allSatisfy(status -> assertThat(status).isIn(200, 404, 409));
        assertThat(withdrawals.values()).allSatisfy(status -> assertThat(status).isIn(204, 409));
        for (String reference : references) {
            Map<String, Object> row = row("select id, status, contact_email, confirmed_at from precheck_case "
                    + "where reference = '" + reference + "'");
            CaseStatus status = CaseStatus.valueOf((String) row.get("status"));
            if (withdrawals.getOrDefault(reference, 0) == 204) {
                assertThat(status).as(reference).isEqualTo(CaseStatus.WITHDRAWN);
                assertThat(row.get("contact_email")).as("personal data deleted").isNull();
            } else {
                assertThat(status).as(reference).isEqualTo(CaseStatus.SUBMITTED);
                assertThat(row.get("confirmed_at")).isNotNull();
                List<String> history = column("select text from precheck_message where case_id = " + row.get("id")
                        + " and kind = 'STATUS' order by created_at, id");
                assertThat(history).as(reference + ": confirmed once, through whichever node came first")
                        .containsExactly("SUBMITTED");
                assertLegal(history);
            }
        }
    }

    /** Every status in the history is reachable from the one before it (the first from the initial status). */
    private static void assertLegal(List<String> history) {
        CaseStatus current = CaseStatus.AWAITING_CONFIRMATION;
        for (String next : history) {
            CaseStatus target = CaseStatus.valueOf(next);
            assertThat(current.canMoveTo(target)).as(current + " -> " + target).isTrue();
            current = target;
        }
    }

    @Test
    @ExtendWith(Browser.class)
    void guidance_an_editor_publishes_on_one_node_is_found_on_the_other_within_seconds() throws Exception {
        String password = "Redaktion-Passwort-2026";
        execute("insert into staff_account (username, display_name, password_hash, enabled, password_change_required,"
                + " failed_login_count, created_at, version) values ('redaktion', 'Redaktion', '{bcrypt}"
                + new BCryptPasswordEncoder().encode(password) + "', true, false, 0, now(), 0)");
        execute("insert into staff_account_role (account_id, role) select id, 'EDITOR' from staff_account "
                + "where username = 'redaktion'");
        String word = "Zugvogelkompass";
        assertThat(hits(second, word)).isEmpty();

        WebDriver driver = Browser.start();
        try {
            driver.get(first.uri("/login").toString());
            await(driver, d -> !d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty());
            driver.findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("redaktion");
            driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
            await(driver, d -> !d.getCurrentUrl().contains("/login"));
            Browser.open(driver, first.uri("/editor/guidance/driving-licence").toString());
            WebElement title = driver.findElement(By.xpath(
                    "//vaadin-text-field[./label[starts-with(normalize-space(), 'Titel (Deutsch)')]]//input"));
            title.sendKeys(Keys.END, " mit " + word, Keys.TAB);
            settle(driver);
            driver.findElement(By.xpath("//vaadin-button[normalize-space()='Entwurf speichern']")).click();
            settle(driver);
            driver.findElement(By.xpath("//vaadin-button[normalize-space()='Veröffentlichen']")).click();
            settle(driver);
            await(driver, d -> d.findElement(By.tagName("main")).getText()
                    .contains("Die neueste Fassung ist veröffentlicht."));
        } finally {
            driver.quit();
        }
        long published = System.nanoTime();
        assertThat(hits(first, word)).as("the publishing node finds it at once").containsExactly("driving-licence");

        List<String> found = List.of();
        while (found.isEmpty() && System.nanoTime() - published < Duration.ofSeconds(10).toNanos()) {
            PortalNode.sleep(100);
            found = hits(second, word);
        }
        Duration delay = Duration.ofNanos(System.nanoTime() - published);
        System.out.println("[two nodes] published on " + first.name() + ", found on " + second.name() + " after "
                + delay.toMillis() + " ms");
        assertThat(found).as("found on the other node").containsExactly("driving-licence");
        assertThat(delay).isLessThan(Duration.ofSeconds(5));
    }

    private static List<String> hits(PortalNode node, String word) throws Exception {
        HttpResponse<String> answer = get(node, "/api/v1/guidance/search?lang=de&q=" + word);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        JSON.readTree(answer.body()).get("hits").forEach(hit -> keys.add(hit.get("key").asString()));
        return keys;
    }

    private static void settle(WebDriver driver) {
        await(driver, d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
    }

    private static void await(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    static void runAtOnce(List<Callable<Void>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> results = pool.invokeAll(tasks);
            for (Future<Void> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static HttpResponse<String> get(PortalNode node, String path) throws Exception {
        return send(node, "GET", path, null);
    }

    static HttpResponse<String> send(PortalNode node, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "de");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getenv(PostgresTestDatabase.URL),
                System.getenv().getOrDefault(PostgresTestDatabase.USER, "portal"),
                System.getenv().getOrDefault(PostgresTestDatabase.PASSWORD, ""));
    }

    static long count(String sql) throws SQLException {
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    static void execute(String sql) throws SQLException {
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static Map<String, Object> row(String sql) throws SQLException {
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).as(sql).isTrue();
            Map<String, Object> values = new HashMap<>();
            for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                values.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
            }
            return values;
        }
    }

    static List<String> column(String sql) throws SQLException {
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
