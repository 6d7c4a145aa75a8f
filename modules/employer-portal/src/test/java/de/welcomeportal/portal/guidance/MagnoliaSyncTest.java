package de.welcomeportal.portal.guidance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync against a local server that answers like Magnolia's delivery endpoint
 * ({@code restEndpoints/delivery/guidance_v1.yaml}): the fixture {@code magnolia/guidance-results.json} holds the
 * results of {@code ?lang=all} with system properties, a checklist with its items in {@code @nodes}.
 */
class MagnoliaSyncTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONTEXT = "/magnoliaPublic";
    private static final int PAGE_SIZE = 3;

    enum Behaviour { NORMAL, SLOW, TRUNCATED_JSON, HTML_PAGE, SERVER_ERROR }

    private HttpServer server;
    private ExecutorService executor;
    private volatile ArrayNode dataset;
    private volatile Behaviour behaviour = Behaviour.NORMAL;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final RecordingTarget target = new RecordingTarget();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T08:00:00Z"));
    private MagnoliaSync sync;

    @BeforeEach
    void start() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/magnolia/guidance-results.json")) {
            dataset = (ArrayNode) JSON.readTree(in);
        }
        executor = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext(CONTEXT + MagnoliaProperties.DEFAULT_DELIVERY_PATH, this::answer);
        server.start();
        sync = newSync(provider(target));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void pages_through_the_endpoint_until_a_short_page_and_hands_over_every_item() {
        MagnoliaSync.SyncReport report = sync.sync();

        assertThat(report.succeeded()).as(String.valueOf(report.error())).isTrue();
        assertThat(report.itemCount()).isEqualTo(8);
        assertThat(queries).containsExactly(
                "lang=all&limit=3&offset=0", "lang=all&limit=3&offset=3", "lang=all&limit=3&offset=6");
        assertThat(target.calls).hasSize(1);
        assertThat(target.calls.getFirst().items()).extracting(ContentNode::path).containsExactly(
                "/articles/pathways", "/articles/pathways/blue-card", "/articles/pathways/skilled-workers",
                "/articles/procedures", "/articles/procedures/recognition", "/faq/blue-card-salary",
                "/checklists/blue-card-documents", "/authorities/auslaenderbehoerde-lippe");
        assertThat(target.calls.getFirst().fetchedAt()).isEqualTo(clock.instant());
        assertThat(sync.lastFetch()).contains(new MagnoliaSync.LastFetch(clock.instant(), 8));
        assertThat(sync.lastError()).isEmpty();
    }

    @Test
    void a_full_last_page_costs_one_more_empty_request() {
        dataset.remove(dataset.size() - 1);
        dataset.remove(dataset.size() - 1);

        assertThat(sync.sync().itemCount()).isEqualTo(6);
        assertThat(queries).containsExactly(
                "lang=all&limit=3&offset=0", "lang=all&limit=3&offset=3", "lang=all&limit=3&offset=6");
    }

    @Test
    void nodes_are_mapped_exactly_as_the_system_view_reader_reads_them_from_a_file() {
        sync.sync();
        Map<String, ContentNode> items = byPath(target.calls.getFirst().items());

        ContentNode checklist = items.get("/checklists/blue-card-documents");
        assertThat(checklist).isEqualTo(SystemViewReader.read("guidance.checklists.xml",
                new ByteArrayInputStream(CHECKLIST_AS_BOOTSTRAP_FILE.getBytes(StandardCharsets.UTF_8))).children().getFirst());
        assertThat(checklist.children()).extracting(ContentNode::name).containsExactly("item1", "item2", "item3");

        ContentNode article = items.get("/articles/pathways/blue-card");
        assertThat(article.name()).isEqualTo("blue-card");
        assertThat(article.primaryType()).isEqualTo("wp:article");
        assertThat(article.properties())
                .containsEntry("jcr:primaryType", List.of("wp:article"))
                .containsEntry("jcr:uuid", List.of("5d1c7a2e-93b4-4c8e-a0f1-2b7d6e4c9a12"))
                .containsEntry("mgnl:lastModified", List.of("2026-11-21T10:15:00.000+01:00"))
                .containsEntry("title", List.of("EU Blue Card"))
                .containsEntry("title_de", List.of("Blaue Karte EU"))
                .containsEntry("norms", List.of("§ 18g Abs. 1 AufenthG", "§ 18g Abs. 2 AufenthG"))
                .containsEntry("keywords_de", List.of("Blaue Karte EU", "Blue Card", "Akademiker"))
                .doesNotContainKeys("@name", "@path", "@id", "@nodeType", "@nodes");
        assertThat(article.property("body_de").orElseThrow()).startsWith("<p>Die Blaue Karte EU");
        assertThat(article.children()).isEmpty();

        // @id is the only source of the uuid when the endpoint leaves out jcr:uuid
        assertThat(items.get("/articles/procedures/recognition").property("jcr:uuid"))
                .contains("e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7");
    }

    @Test
    void a_changed_item_is_passed_on_changed() {
        sync.sync();
        ObjectNode blueCard = (ObjectNode) dataset.get(1);
        blueCard.put("title", "EU Blue Card (2027 thresholds)");
        blueCard.put("mgnl:lastModified", "2027-01-05T09:00:00.000+01:00");
        clock.advance(Duration.ofMinutes(15));

        assertThat(sync.sync().succeeded()).isTrue();

        assertThat(target.calls).hasSize(2);
        ContentNode before = byPath(target.calls.get(0).items()).get("/articles/pathways/blue-card");
        ContentNode after = byPath(target.calls.get(1).items()).get("/articles/pathways/blue-card");
        assertThat(before.property("title")).contains("EU Blue Card");
        assertThat(after.property("title")).contains("EU Blue Card (2027 thresholds)");
        assertThat(after.property("mgnl:lastModified")).contains("2027-01-05T09:00:00.000+01:00");
        assertThat(after.property("title_de")).contains("Blaue Karte EU");
        assertThat(target.calls.get(1).fetchedAt()).isEqualTo(Instant.parse("2026-11-22T08:15:00Z"));
    }

    @Test
    void a_deleted_item_is_absent_from_the_next_sync() {
        sync.sync();
        dataset.remove(2); // skilled-workers

        assertThat(sync.sync().itemCount()).isEqualTo(7);

        assertThat(target.calls.get(1).items()).extracting(ContentNode::path)
                .doesNotContain("/articles/pathways/skilled-workers")
                .contains("/articles/pathways/blue-card", "/authorities/auslaenderbehoerde-lippe");
        assertThat(sync.lastFetch().orElseThrow().itemCount()).isEqualTo(7);
    }

    @Test
    void a_timeout_is_recorded_and_the_last_good_content_stays() {
        sync = newSync(provider(target), Duration.ofMillis(300));
        assertThat(sync.sync().succeeded()).isTrue();
        Instant good = clock.instant();
        behaviour = Behaviour.SLOW;
        clock.advance(Duration.ofMinutes(15));

        MagnoliaSync.SyncReport report = sync.sync();

        assertThat(report.succeeded()).isFalse();
        assertThat(report.error()).startsWith("Magnolia did not answer within 0.3s (http://");
        assertThat(sync.lastError()).hasValueSatisfying(error -> {
            assertThat(error.message()).isEqualTo(report.error());
            assertThat(error.at()).isEqualTo(clock.instant());
        });
        assertThat(sync.lastFetch()).contains(new MagnoliaSync.LastFetch(good, 8));
        assertThat(target.calls).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = Behaviour.class, names = {"TRUNCATED_JSON", "HTML_PAGE", "SERVER_ERROR"})
    void a_malformed_answer_is_recorded_and_the_last_good_content_stays(Behaviour broken) {
        assertThat(sync.sync().succeeded()).isTrue();
        Instant good = clock.instant();
        behaviour = broken;
        clock.advance(Duration.ofMinutes(15));

        MagnoliaSync.SyncReport report = sync.sync();

        assertThat(report.succeeded()).isFalse();
        String expected = switch (broken) {
            case TRUNCATED_JSON -> "is not valid JSON";
            case HTML_PAGE -> "is not valid JSON";
            case SERVER_ERROR -> "Magnolia answered HTTP 500 for http://";
            default -> throw new IllegalStateException();
        };
        assertThat(report.error()).contains(expected).contains(CONTEXT + "/.rest/delivery/guidance/v1")
                .doesNotContain("\tat ", "Exception");
        if (broken == Behaviour.HTML_PAGE) {
            assertThat(report.error()).contains("<!DOCTYPE html>");
        }
        assertThat(sync.lastError().orElseThrow().message()).isEqualTo(report.error());
        assertThat(sync.lastFetch()).contains(new MagnoliaSync.LastFetch(good, 8));
        assertThat(target.calls).hasSize(1);
    }

    @Test
    void a_page_without_results_list_is_refused() {
        behaviour = Behaviour.NORMAL;
        server.removeContext(CONTEXT + MagnoliaProperties.DEFAULT_DELIVERY_PATH);
        server.createContext(CONTEXT + MagnoliaProperties.DEFAULT_DELIVERY_PATH,
                exchange -> send(exchange, 200, "application/json", "{\"errorCode\":\"x\",\"message\":\"no\"}"));

        assertThat(sync.sync().error()).contains("no \"results\" list");
        assertThat(target.calls).isEmpty();
    }

    @Test
    void after_a_failure_the_next_good_sync_clears_the_error() {
        behaviour = Behaviour.SERVER_ERROR;
        assertThat(sync.sync().succeeded()).isFalse();
        assertThat(sync.lastFetch()).isEmpty();
        behaviour = Behaviour.NORMAL;

        assertThat(sync.sync().succeeded()).isTrue();

        assertThat(sync.lastError()).isEmpty();
        assertThat(target.calls).hasSize(1);
    }

    @Test
    void without_a_sync_target_the_fetch_still_works() {
        MagnoliaSync withoutTarget = newSync(new StaticListableBeanFactory().getBeanProvider(GuidanceSyncTarget.class));

        assertThat(withoutTarget.sync().succeeded()).isTrue();
        assertThat(withoutTarget.lastFetch().orElseThrow().itemCount()).isEqualTo(8);
    }

    @Test
    void without_a_base_url_nothing_is_fetched() {
        MagnoliaSync disabled = new MagnoliaSync(MagnoliaProperties.of(""), provider(target), clock);

        assertThat(disabled.sync().outcome()).isEqualTo(MagnoliaSync.SyncReport.Outcome.DISABLED);
        disabled.scheduledSync();
        assertThat(queries).isEmpty();
        assertThat(target.calls).isEmpty();
    }

    @Test
    void the_application_starts_without_a_sync_target_and_binds_the_settings() {
        new ApplicationContextRunner()
                .withBean(Clock.class, () -> clock)
                .withUserConfiguration(SyncConfiguration.class)
                .withPropertyValues("portal.magnolia.page-size=50", "portal.magnolia.interval=5m")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(MagnoliaSync.class);
                    MagnoliaProperties properties = context.getBean(MagnoliaProperties.class);
                    assertThat(properties.enabled()).isFalse();
                    assertThat(properties.deliveryPath()).isEqualTo("/.rest/delivery/guidance/v1");
                    assertThat(properties.pageSize()).isEqualTo(50);
                    assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(10));
                    assertThat(properties.interval()).isEqualTo(Duration.ofMinutes(5));
                    assertThat(context.getBean(MagnoliaSync.class).sync().outcome())
                            .isEqualTo(MagnoliaSync.SyncReport.Outcome.DISABLED);
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MagnoliaProperties.class)
    @Import(MagnoliaSync.class)
    static class SyncConfiguration {
    }

    // ---- the fake Magnolia -------------------------------------------------------------------------------------

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        queries.add(query);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int limit = Integer.parseInt(parameters.getOrDefault("limit", "10"));
        int offset = Integer.parseInt(parameters.getOrDefault("offset", "0"));
        ArrayNode all = dataset;
        ObjectNode page = JSON.createObjectNode();
        page.put("offset", offset);
        page.put("limit", limit);
        page.put("total", all.size());
        ArrayNode results = page.putArray("results");
        for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
            results.add(all.get(i).deepCopy());
        }
        String json = JSON.writeValueAsString(page);
        switch (behaviour) {
            case NORMAL -> send(exchange, 200, "application/json", json);
            case SLOW -> {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, "application/json", json);
            }
            case TRUNCATED_JSON -> send(exchange, 200, "application/json", json.substring(0, json.length() / 2));
            case HTML_PAGE -> send(exchange, 200, "text/html",
                    "<!DOCTYPE html>\n<html><head><title>Login</title></head><body><h1>Magnolia</h1>"
                            + "<form action=\"/magnoliaPublic/.magnolia/admincentral\"></form></body></html>");
            case SERVER_ERROR -> send(exchange, 500, "text/html",
                    "<html><body><h1>HTTP Status 500 – Internal Server Error</h1></body></html>");
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + ";charset=UTF-8");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection
        } finally {
            exchange.close();
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private MagnoliaSync newSync(ObjectProvider<GuidanceSyncTarget> targets) {
        return newSync(targets, Duration.ofSeconds(5));
    }

    private MagnoliaSync newSync(ObjectProvider<GuidanceSyncTarget> targets, Duration timeout) {
        MagnoliaProperties properties = new MagnoliaProperties(
                "http://127.0.0.1:" + server.getAddress().getPort() + CONTEXT + "/",
                MagnoliaProperties.DEFAULT_DELIVERY_PATH, PAGE_SIZE, timeout, Duration.ofMinutes(15));
        return new MagnoliaSync(properties, targets, clock);
    }

    private static ObjectProvider<GuidanceSyncTarget> provider(GuidanceSyncTarget target) {
        return new StaticListableBeanFactory(Map.of("guidanceSyncTarget", target)).getBeanProvider(GuidanceSyncTarget.class);
    }

    private static Map<String, ContentNode> byPath(List<ContentNode> nodes) {
        Map<String, ContentNode> map = new LinkedHashMap<>();
        nodes.forEach(node -> map.put(node.path(), node));
        return map;
    }

    record Call(List<ContentNode> items, Instant fetchedAt) {
    }

    static final class RecordingTarget implements GuidanceSyncTarget {
        final List<Call> calls = new CopyOnWriteArrayList<>();

        @Override
        public void applyFromMagnolia(List<ContentNode> items, Instant fetchedAt) {
            calls.add(new Call(List.copyOf(items), fetchedAt));
        }
    }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The same checklist as the fixture's, written as a bootstrap file would hold it. */
    private static final String CHECKLIST_AS_BOOTSTRAP_FILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sv:node sv:name="checklists" xmlns:sv="http://www.jcp.org/jcr/sv/1.0" xmlns:jcr="http://www.jcp.org/jcr/1.0" xmlns:mgnl="http://www.magnolia.info/jcr/mgnl" xmlns:wp="https://welcomeportal.de/jcr/wp/1.0">
              <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>mgnl:folder</sv:value></sv:property>
              <sv:node sv:name="blue-card-documents">
                <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>wp:checklist</sv:value></sv:property>
                <sv:property sv:name="jcr:uuid" sv:type="String"><sv:value>1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d</sv:value></sv:property>
                <sv:property sv:name="mgnl:lastModified" sv:type="Date"><sv:value>2026-11-21T10:30:00.000+01:00</sv:value></sv:property>
                <sv:property sv:name="title" sv:type="String"><sv:value>Documents for the EU Blue Card</sv:value></sv:property>
                <sv:property sv:name="title_de" sv:type="String"><sv:value>Unterlagen für die Blaue Karte EU</sv:value></sv:property>
                <sv:property sv:name="intro" sv:type="String"><sv:value>Have these ready before the appointment.</sv:value></sv:property>
                <sv:property sv:name="intro_de" sv:type="String"><sv:value>Halten Sie diese Unterlagen vor dem Termin bereit.</sv:value></sv:property>
                <sv:property sv:name="pathway" sv:type="String"><sv:value>blue-card</sv:value></sv:property>
                <sv:property sv:name="lastReviewed" sv:type="Date"><sv:value>2026-11-21T00:00:00.000+01:00</sv:value></sv:property>
                <sv:node sv:name="item1">
                  <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>wp:checklistItem</sv:value></sv:property>
                  <sv:property sv:name="jcr:uuid" sv:type="String"><sv:value>2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e</sv:value></sv:property>
                  <sv:property sv:name="mgnl:lastModified" sv:type="Date"><sv:value>2026-11-21T10:30:00.000+01:00</sv:value></sv:property>
                  <sv:property sv:name="label" sv:type="String"><sv:value>Passport</sv:value></sv:property>
                  <sv:property sv:name="label_de" sv:type="String"><sv:value>Reisepass</sv:value></sv:property>
                </sv:node>
                <sv:node sv:name="item2">
                  <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>wp:checklistItem</sv:value></sv:property>
                  <sv:property sv:name="jcr:uuid" sv:type="String"><sv:value>3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f</sv:value></sv:property>
                  <sv:property sv:name="mgnl:lastModified" sv:type="Date"><sv:value>2026-11-21T10:30:00.000+01:00</sv:value></sv:property>
                  <sv:property sv:name="label" sv:type="String"><sv:value>Employment contract or binding job offer</sv:value></sv:property>
                  <sv:property sv:name="label_de" sv:type="String"><sv:value>Arbeitsvertrag oder verbindliches Arbeitsplatzangebot</sv:value></sv:property>
                  <sv:property sv:name="note" sv:type="String"><sv:value>With the gross annual salary.</sv:value></sv:property>
                  <sv:property sv:name="note_de" sv:type="String"><sv:value>Mit dem Bruttojahresgehalt.</sv:value></sv:property>
                </sv:node>
                <sv:node sv:name="item3">
                  <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>wp:checklistItem</sv:value></sv:property>
                  <sv:property sv:name="jcr:uuid" sv:type="String"><sv:value>4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f80</sv:value></sv:property>
                  <sv:property sv:name="mgnl:lastModified" sv:type="Date"><sv:value>2026-11-21T10:30:00.000+01:00</sv:value></sv:property>
                  <sv:property sv:name="label" sv:type="String"><sv:value>University degree and its recognition (anabin or statement of comparability)</sv:value></sv:property>
                  <sv:property sv:name="label_de" sv:type="String"><sv:value>Hochschulabschluss und seine Anerkennung (anabin oder Zeugnisbewertung)</sv:value></sv:property>
                </sv:node>
              </sv:node>
            </sv:node>
            """;
}
