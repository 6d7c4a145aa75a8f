package de.welcomeportal.portal.guidance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The Lucene index of the published guidance, on its own (no Spring). */
class GuidanceIndexTest {

    static final Locale DE = Locale.GERMAN;
    static final Locale EN = Locale.ENGLISH;

    /** A small sample of the guidance in both languages. */
    static final List<SearchDocument> DOCUMENTS = List.of(
            doc("blue-card", "pathways", DE, "Blaue Karte EU",
                    "Der Aufenthaltstitel für akademische Fachkräfte mit einem Gehalt über der Gehaltsgrenze.",
                    "Die Blaue Karte EU erhalten Hochschulabsolventen mit einem Arbeitsvertrag. Das Gehalt muss die "
                            + "jährliche Gehaltsgrenze erreichen. Nach 21 Monaten ist eine Niederlassungserlaubnis "
                            + "möglich.",
                    "Blue Card", "Blaue Karte EU", "§ 18g AufenthG"),
            doc("blue-card", "pathways", EN, "EU Blue Card",
                    "The residence title for university graduates with a salary above the threshold.",
                    "Graduates with a job offer receive the EU Blue Card if their salary reaches the yearly threshold. "
                            + "Skilled workers can obtain a settlement permit after 21 months.",
                    "Blue Card", "§ 18g AufenthG"),
            doc("recognition", "procedures", DE, "Anerkennung ausländischer Berufsqualifikationen",
                    "Die zuständige Stelle prüft, ob ein ausländischer Abschluss gleichwertig ist.",
                    "Die Anerkennung dauert in der Regel bis zu drei Monate, nachdem alle Unterlagen vorliegen. "
                            + "Für reglementierte Berufe ist die Anerkennung Pflicht.",
                    "Gleichwertigkeit", "BQFG"),
            doc("recognition", "procedures", EN, "Recognition of foreign qualifications",
                    "The competent body checks whether a foreign qualification is equivalent.",
                    "Recognition usually takes up to three months once all documents are in.",
                    "equivalence"),
            doc("skilled-workers", "pathways", DE, "Fachkräfte mit Berufsausbildung",
                    "Beschäftigung nach § 18a AufenthG nach dem Fachkräfteeinwanderung-Recht.",
                    "Seit der Reform der Fachkräfteeinwanderung dürfen Fachkräfte mit anerkannter Ausbildung jede "
                            + "qualifizierte Beschäftigung ausüben.",
                    "Fachkraft"),
            doc("accelerated-procedure", "procedures", DE, "Beschleunigtes Fachkräfteverfahren",
                    "Der Arbeitgeber beantragt das Verfahren bei der Ausländerbehörde.",
                    "Im beschleunigten Verfahren nach § 81a AufenthG verkürzen sich die Fristen. Auch eine "
                            + "Anerkennung kann so schneller gehen.",
                    "81a"),
            doc("driving-licence", "settling", DE, "Führerschein umschreiben",
                    "Ein ausländischer Führerschein gilt sechs Monate.",
                    "Danach muss er bei der Fahrerlaubnisbehörde umgeschrieben werden. <script>alert('x')</script> "
                            + "Die Anerkennung des Führerscheins hängt vom Ausstellungsstaat ab.",
                    "Fahrerlaubnis"),
            doc("temporary-protection", "refugees", DE, "Vorübergehender Schutz für Menschen aus der Ukraine",
                    "Schutzberechtigte nach § 24 AufenthG dürfen arbeiten.",
                    "Eine Beschäftigung ist ohne Zustimmung der Bundesagentur erlaubt.",
                    "Ukraine"),
            doc("language-courses", "settling", EN, "Language courses",
                    "Integration courses and job-related German courses.",
                    "A worker who needs German for the job can attend a job-related language course.",
                    "integration course"));

    @TempDir
    Path folder;
    GuidanceIndex index;

    static SearchDocument doc(String key, String topic, Locale language, String title, String summary, String body,
                              String... keywords) {
        return new SearchDocument(key, "article", topic, language, title, summary, body, List.of(keywords),
                "/guidance/" + key, LocalDate.of(2026, 11, 21));
    }

    static SearchDocumentSource source(List<SearchDocument> documents) {
        return () -> documents;
    }

    @BeforeEach
    void open() {
        index = GuidanceIndex.open(folder.resolve("index"), source(DOCUMENTS));
    }

    @AfterEach
    void close() {
        index.close();
    }

    static List<String> keys(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::key).toList();
    }

    SearchResult search(String text, Locale language) {
        return index.search(SearchQuery.of(text, language));
    }

    @Test
    void a_new_index_is_built_from_the_source() {
        assertThat(index.size()).isEqualTo(DOCUMENTS.size());
        assertThat(keys(search("Blaue Karte", DE))).first().isEqualTo("blue-card");
    }

    @Test
    void german_words_are_found_in_other_inflections() {
        assertThat(keys(search("Anerkennungen", DE))).contains("recognition", "accelerated-procedure");
        assertThat(keys(search("Führerscheine", DE))).containsExactly("driving-licence");
    }

    @Test
    void umlauts_may_be_written_as_ae_oe_ue_or_left_out() {
        List<String> withUmlaut = keys(search("Fachkräfte", DE));
        assertThat(withUmlaut).contains("skilled-workers", "blue-card");
        assertThat(keys(search("Fachkraefte", DE))).isEqualTo(withUmlaut);
        assertThat(keys(search("Fachkrafte", DE))).isEqualTo(withUmlaut);
        assertThat(keys(search("Fuehrerschein", DE))).containsExactly("driving-licence");
    }

    @Test
    void typos_are_tolerated() {
        assertThat(keys(search("Blue Krad", DE))).first().isEqualTo("blue-card");
        assertThat(keys(search("Blue Krad", EN))).first().isEqualTo("blue-card");
        assertThat(keys(search("Anerkenung", DE))).first().isEqualTo("recognition");
        assertThat(keys(search("Fürerschein", DE))).containsExactly("driving-licence");
    }

    @Test
    void compounds_find_their_parts() {
        assertThat(keys(search("Fachkräfteeinwanderungsgesetz", DE))).first().isEqualTo("skilled-workers");
        assertThat(keys(search("Anerkennungsverfahren", DE))).contains("recognition", "accelerated-procedure");
    }

    @Test
    void plain_language_questions_work() {
        SearchResult result = search("Wie lange dauert die Anerkennung?", DE);
        assertThat(keys(result)).first().isEqualTo("recognition");
        assertThat(result.didYouMean()).isNull();
        assertThat(keys(search("How long does recognition take?", EN))).first().isEqualTo("recognition");
    }

    @Test
    void stop_words_alone_find_nothing() {
        SearchResult result = search("wie die der", DE);
        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
    }

    @Test
    void a_match_in_the_title_ranks_above_a_match_in_the_body() {
        index.replaceAll(List.of(
                doc("body-only", "pathways", DE, "Allgemeines", "Ein Überblick.",
                        "Hier geht es auch um die Westbalkanregelung und vieles mehr.", "Überblick"),
                doc("in-title", "pathways", DE, "Westbalkanregelung", "Ein Überblick.",
                        "Beschäftigung nach § 26 Abs. 2 BeschV.", "Überblick"),
                doc("in-summary", "pathways", DE, "Sonstiges", "Die Westbalkanregelung im Überblick.",
                        "Nichts weiter.", "Überblick"),
                doc("in-keywords", "pathways", DE, "Noch etwas", "Ein Überblick.", "Nichts weiter.",
                        "Westbalkanregelung")));

        assertThat(keys(search("Westbalkanregelung", DE)))
                .containsExactly("in-title", "in-keywords", "in-summary", "body-only");
    }

    @Test
    void snippets_are_escaped_text_with_the_matches_marked() {
        SearchResult result = search("Anerkennung Führerschein", DE);
        SearchResult.Hit hit = result.hits().stream().filter(h -> h.key().equals("driving-licence")).findFirst()
                .orElseThrow();

        assertThat(hit.snippetHtml())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("<mark>Anerkennung</mark>")
                .contains("<mark>Führerscheins</mark>")
                .doesNotContain("<script>");
        assertThat(hit.snippetHtml().replaceAll("</?mark>", "")).doesNotContain("<", ">");
        assertThat(hit.title()).isEqualTo("Führerschein umschreiben");
        assertThat(hit.url()).isEqualTo("/guidance/driving-licence");
        assertThat(hit.kind()).isEqualTo("article");
        assertThat(hit.topic()).isEqualTo("settling");
    }

    @Test
    void fuzzy_matches_are_marked_too() {
        SearchResult result = search("Anerkenung", DE);

        assertThat(result.hits().getFirst().snippetHtml()).contains("<mark>Anerkennung</mark>");
    }

    @Test
    void a_title_only_match_shows_the_summary() {
        SearchResult result = search("umschreiben", DE);

        assertThat(result.hits().getFirst().snippetHtml()).isNotBlank();
    }

    @Test
    void topics_are_counted_for_the_query_regardless_of_the_topic_filter() {
        SearchResult all = search("Anerkennung", DE);
        assertThat(all.topics()).containsEntry("procedures", 2L).containsEntry("settling", 1L)
                .doesNotContainKey("refugees");
        assertThat(all.total()).isEqualTo(3);

        SearchResult filtered = index.search(new SearchQuery("Anerkennung", DE, "procedures", 1, 10));
        assertThat(keys(filtered)).containsExactlyInAnyOrder("recognition", "accelerated-procedure");
        assertThat(filtered.total()).isEqualTo(2);
        assertThat(filtered.topics()).isEqualTo(all.topics());
    }

    @Test
    void results_come_in_pages() {
        SearchResult first = index.search(new SearchQuery("Anerkennung", DE, null, 1, 2));
        SearchResult second = index.search(new SearchQuery("Anerkennung", DE, null, 2, 2));

        assertThat(first.hits()).hasSize(2);
        assertThat(second.hits()).hasSize(1);
        assertThat(first.total()).isEqualTo(3).isEqualTo(second.total());
        assertThat(keys(second)).doesNotContainAnyElementsOf(keys(first));
    }

    @Test
    void a_misspelled_word_gets_a_suggestion() {
        assertThat(search("Anerkenug", DE).didYouMean()).isEqualTo("anerkennung");
        assertThat(search("Dauert die Anerkenug", DE).didYouMean()).isEqualTo("dauert die anerkennung");
        assertThat(search("Fürerschein", DE).didYouMean()).isEqualTo("führerschein");
        assertThat(search("recognitoin", EN).didYouMean()).isEqualTo("recognition");
        assertThat(search("Anerkennung", DE).didYouMean()).isNull();
        assertThat(search("Anerkennungen", DE).didYouMean()).as("another form of a known word").isNull();
        assertThat(search("Fachkraefteeinwanderungsgesetz", DE).didYouMean()).as("a compound of known parts").isNull();
    }

    @Test
    void searches_stay_within_their_language() {
        assertThat(keys(search("Anerkennung", EN))).isEmpty();
        assertThat(keys(search("recognition", DE))).isEmpty();
    }

    @Test
    void the_english_analysis_finds_other_word_forms() {
        assertThat(keys(search("workers", EN))).contains("language-courses", "blue-card");
        assertThat(keys(search("worker", EN))).contains("language-courses", "blue-card");
        assertThat(keys(search("graduate's salaries", EN))).first().isEqualTo("blue-card");
    }

    @Test
    void a_put_item_is_found_at_once_and_replaces_its_earlier_versions() {
        index.put("opportunity-card", List.of(
                doc("opportunity-card", "pathways", DE, "Chancenkarte", "Zur Arbeitsuche einreisen.",
                        "Mit der Chancenkarte dürfen Sie bis zu zwölf Monate eine Arbeit suchen.", "Punktesystem"),
                doc("opportunity-card", "pathways", EN, "Opportunity Card", "Come to look for work.",
                        "With the Opportunity Card you may look for a job for up to twelve months.", "points")));
        assertThat(keys(search("Chancenkarte", DE))).first().isEqualTo("opportunity-card");
        assertThat(keys(search("opportunity", EN))).containsExactly("opportunity-card");

        index.put("opportunity-card", List.of(doc("opportunity-card", "pathways", DE, "Chancenkarte (neu)",
                "Zur Arbeitsuche einreisen.", "Neu gefasst.", "Punktesystem")));
        assertThat(search("Chancenkarte", DE).hits()).first()
                .extracting(SearchResult.Hit::title).isEqualTo("Chancenkarte (neu)");
        assertThat(keys(search("Chancenkarte", DE))).containsOnlyOnce("opportunity-card");
        assertThat(keys(search("opportunity", EN))).isEmpty();
    }

    @Test
    void items_without_a_topic_sit_beside_items_with_one_and_are_not_counted_as_a_topic() {
        index.put("kita-faq", List.of(doc("kita-faq", "", DE, "Kitaplatz finden",
                "Wie finde ich einen Kitaplatz?", "Das Jugendamt des Kreises vermittelt Kitaplätze.")));

        assertThat(keys(search("Kitaplatz", DE))).containsExactly("kita-faq");
        assertThat(search("Kitaplatz", DE).topics()).isEmpty();
        assertThat(search("Anerkennung", DE).topics()).doesNotContainKey("");
    }

    @Test
    void a_removed_item_is_gone_in_all_languages() {
        index.remove("blue-card");

        assertThat(keys(search("Blaue Karte", DE))).doesNotContain("blue-card");
        assertThat(keys(search("Blue Card", EN))).isEmpty();
        assertThat(index.size()).isEqualTo(DOCUMENTS.size() - 2);
    }

    @Test
    void changes_survive_a_restart() {
        index.remove("blue-card");
        index.close();

        index = GuidanceIndex.open(folder.resolve("index"), source(DOCUMENTS));

        assertThat(index.size()).isEqualTo(DOCUMENTS.size() - 2);
        assertThat(keys(search("Blue Card", EN))).isEmpty();
    }

    @Test
    void a_damaged_index_is_rebuilt_from_the_source() throws IOException {
        index.close();
        Path indexFolder = folder.resolve("index");
        Path victim;
        try (Stream<Path> files = Files.list(indexFolder)) {
            victim = files.filter(f -> !f.getFileName().toString().startsWith("segments")
                            && !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(GuidanceIndexTest::sizeOf)).orElseThrow();
        }
        byte[] garbage = new byte[(int) Files.size(victim)];
        java.util.Arrays.fill(garbage, (byte) 0x5A);
        Files.write(victim, garbage);

        index = GuidanceIndex.open(indexFolder, source(DOCUMENTS));

        assertThat(index.size()).isEqualTo(DOCUMENTS.size());
        assertThat(keys(search("Anerkennung", DE))).first().isEqualTo("recognition");
    }

    @Test
    void an_unreadable_commit_is_rebuilt_from_the_source() throws IOException {
        index.close();
        Path indexFolder = folder.resolve("index");
        try (Stream<Path> files = Files.list(indexFolder)) {
            for (Path segments : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(segments, "not an index".getBytes());
            }
        }

        index = GuidanceIndex.open(indexFolder, source(DOCUMENTS));

        assertThat(index.size()).isEqualTo(DOCUMENTS.size());
    }

    @Test
    void an_empty_index_is_filled_from_the_source_and_without_a_source_stays_empty() {
        index.replaceAll(List.of());
        index.close();
        index = GuidanceIndex.open(folder.resolve("index"), null);
        assertThat(index.size()).isZero();
        assertThat(search("Anerkennung", DE).hits()).isEmpty();
        assertThat(search("Anerkennung", DE).topics()).isEmpty();
        index.close();

        index = GuidanceIndex.open(folder.resolve("index"), source(DOCUMENTS));

        assertThat(index.size()).isEqualTo(DOCUMENTS.size());
    }

    @Test
    void a_folder_in_use_by_another_instance_falls_back_to_memory() {
        try (GuidanceIndex second = GuidanceIndex.open(folder.resolve("index"), source(DOCUMENTS.subList(0, 2)))) {
            assertThat(second.size()).isEqualTo(2);
            assertThat(keys(second.search(SearchQuery.of("Blue Card", EN)))).containsExactly("blue-card");
        }
        assertThat(index.size()).isEqualTo(DOCUMENTS.size());
    }

    @Test
    void readers_never_see_a_half_rebuilt_index() throws Exception {
        List<SearchDocument> many = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < 300; i++) {
            many.add(doc("extra-" + i, "settling", DE, "Hinweis " + i, "Kurz.", "Text über Anerkennung " + i + "."));
        }
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger empty = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(threads.submit(() -> {
                    while (rebuilding.get()) {
                        SearchResult result = search("Anerkennung", DE);
                        searches.incrementAndGet();
                        if (result.total() < 3 || result.topics().isEmpty()) {
                            empty.incrementAndGet();
                        }
                    }
                }));
            }
            for (int round = 0; round < 20; round++) {
                index.replaceAll(round % 2 == 0 ? many : DOCUMENTS);
            }
            rebuilding.set(false);
            for (Future<?> reader : readers) {
                reader.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(searches.get()).isPositive();
        assertThat(empty.get()).isZero();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
