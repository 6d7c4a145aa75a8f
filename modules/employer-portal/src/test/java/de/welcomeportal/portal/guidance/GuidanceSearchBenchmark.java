package de.welcomeportal.portal.guidance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.util.IOUtils;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The guidance search over 10,000 generated items (half German, half English, about 300 words each, eight topics):
 * latency of searches (percentiles; a round-robin mix of words, questions, compounds and misspellings, each with
 * snippets, topic counts and the spelling check) and the throughput of building the index from scratch. Run with
 * {@code ./mvnw -pl modules/employer-portal -Pbenchmark test-compile exec:exec
 * -Dbenchmark.args="-f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 GuidanceSearchBenchmark"}; figures in docs/benchmarks.md.
 */
public class GuidanceSearchBenchmark {

    static final int DOCUMENTS = 10_000;

    /** Queries as visitors type them, about a third with typos (answered through fuzzy matching). */
    static final List<SearchQuery> QUERIES = List.of(
            SearchQuery.of("Anerkennung", Locale.GERMAN),
            SearchQuery.of("Wie lange dauert die Anerkennung", Locale.GERMAN),
            SearchQuery.of("Anerkenung", Locale.GERMAN),
            SearchQuery.of("Blaue Karte Gehalt", Locale.GERMAN),
            SearchQuery.of("Blue Krad", Locale.GERMAN),
            SearchQuery.of("Fachkräfteeinwanderungsgesetz", Locale.GERMAN),
            SearchQuery.of("Fachkraefte Ausbildung", Locale.GERMAN),
            SearchQuery.of("Führerschien umschreiben", Locale.GERMAN),
            new SearchQuery("Beschäftigung Duldung", Locale.GERMAN, "refugees", 1, 10),
            SearchQuery.of("Zustimmung der Bundesagentur", Locale.GERMAN),
            SearchQuery.of("recognition of qualifications", Locale.ENGLISH),
            SearchQuery.of("How long does the recognition take", Locale.ENGLISH),
            SearchQuery.of("recogniton", Locale.ENGLISH),
            SearchQuery.of("Blue Krad salary", Locale.ENGLISH),
            SearchQuery.of("skilled workers vocational training", Locale.ENGLISH),
            SearchQuery.of("integraton course", Locale.ENGLISH),
            new SearchQuery("driving licence", Locale.ENGLISH, "settling", 1, 10),
            SearchQuery.of("employer duties notify", Locale.ENGLISH));

    @State(Scope.Benchmark)
    public static class SearchState {
        Path folder;
        GuidanceIndex index;

        @Setup(Level.Trial)
        public void build() throws IOException {
            folder = Files.createTempDirectory("guidance-search-benchmark");
            index = GuidanceIndex.open(folder, null);
            index.replaceAll(GeneratedGuidance.documents(DOCUMENTS, 1L));
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            index.close();
            IOUtils.rm(folder);
        }
    }

    @State(Scope.Thread)
    public static class QueryCursor {
        int next;

        SearchQuery next() {
            SearchQuery query = QUERIES.get(next);
            next = next + 1 == QUERIES.size() ? 0 : next + 1;
            return query;
        }
    }

    @State(Scope.Thread)
    public static class EmptyIndex {
        final List<SearchDocument> documents = GeneratedGuidance.documents(DOCUMENTS, 2L);
        Path folder;
        GuidanceIndex index;

        @Setup(Level.Iteration)
        public void open() throws IOException {
            folder = Files.createTempDirectory("guidance-index-benchmark");
            index = GuidanceIndex.open(folder, null);
        }

        @TearDown(Level.Iteration)
        public void delete() throws IOException {
            index.close();
            IOUtils.rm(folder);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SearchResult search(SearchState state, QueryCursor cursor) {
        return state.index.search(cursor.next());
    }

    /** Building the index of 10,000 documents, committed to disk; the score is the time per document. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(DOCUMENTS)
    public int buildIndex(EmptyIndex state) {
        state.index.replaceAll(state.documents);
        return state.index.size();
    }

    /** Seeded random guidance items with text from word lists of the field, in German and English. */
    static final class GeneratedGuidance {

        private static final String[] TOPICS = {"pathways", "procedures", "refugees", "settling", "family",
                "training", "housing", "health"};
        private static final String[] KINDS = {"article", "article", "article", "faq", "checklist", "authority"};

        private static final String[] GERMAN = ("Anerkennung Aufenthaltstitel Fachkraft Fachkräfte Arbeitgeber "
                + "Beschäftigung Ausländerbehörde Bundesagentur Zustimmung Arbeitsvertrag Gehalt Gehaltsgrenze "
                + "Blaue Karte Niederlassungserlaubnis Berufsausbildung Hochschulabschluss Gleichwertigkeit "
                + "Berufserfahrung Visum Botschaft Antrag Unterlagen Nachweis Sprachkenntnisse Integrationskurs "
                + "Berufssprachkurs Führerschein Fahrerlaubnis Wohnung Anmeldung Meldebehörde Krankenversicherung "
                + "Familiennachzug Ehegatte Kinder Schule Kita Duldung Geduldete Asylbewerber Schutz Ukraine "
                + "Verfahren beschleunigt Fachkräfteverfahren Vorabzustimmung Frist Gebühr Bescheid Prüfung "
                + "Ausbildung Studium Praktikum Chancenkarte Punkte Westbalkanregelung Pflegehilfskraft Saison "
                + "Kontingent Arbeitsmarkt Vorrangprüfung Arbeitsbedingungen Mitteilungspflicht Kammer Handwerk "
                + "Qualifikation Zeugnis Übersetzung Beglaubigung Termin Beratung Welcome-Center Kreis Lippe")
                .split(" ");
        private static final String[] GERMAN_COMMON = ("der die das und ist mit für von bei nach den dem ein eine "
                + "wird werden kann können muss müssen nicht auch oder wenn sich zu im in auf aus über unter wie "
                + "lange dauert gilt braucht erhalten beantragen prüfen vorlegen neue erste weitere zuständige "
                + "ausländische deutsche gültige notwendige Monate Wochen Jahre Regel Fall Sie Ihre").split(" ");

        private static final String[] ENGLISH = ("recognition residence permit skilled worker workers employer "
                + "employment immigration office Federal Employment Agency approval contract salary threshold Blue "
                + "Card settlement vocational training university degree equivalence experience visa embassy "
                + "application documents proof language skills integration course driving licence flat "
                + "registration health insurance family reunification spouse children school daycare toleration "
                + "asylum seekers protection Ukraine procedure accelerated pre-approval deadline fee decision "
                + "examination apprenticeship studies internship Opportunity Card points Western Balkans nursing "
                + "assistant seasonal quota labour market priority check working conditions duty notify chamber "
                + "crafts qualification certificate translation appointment advice district").split(" ");
        private static final String[] ENGLISH_COMMON = ("the a an and is with for of at after to in on from "
                + "about under how long takes applies needs receive apply check submit new first further "
                + "competent foreign German valid necessary months weeks years usually case you your can must not "
                + "also or if").split(" ");

        private GeneratedGuidance() {
        }

        static List<SearchDocument> documents(int count, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            List<SearchDocument> documents = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                boolean german = i % 2 == 0;
                String[] domain = german ? GERMAN : ENGLISH;
                String[] common = german ? GERMAN_COMMON : ENGLISH_COMMON;
                String title = words(random, domain, domain, 3 + random.nextInt(4), 1.0);
                String summary = sentences(random, domain, common, 15 + random.nextInt(20));
                String body = sentences(random, domain, common, 250 + random.nextInt(100));
                List<String> keywords = List.of(words(random, domain, domain, 2, 1.0),
                        words(random, domain, domain, 1, 1.0), words(random, domain, domain, 2, 1.0));
                String key = "item-" + i;
                documents.add(new SearchDocument(key, KINDS[random.nextInt(KINDS.length)],
                        TOPICS[random.nextInt(TOPICS.length)], german ? Locale.GERMAN : Locale.ENGLISH, title,
                        summary, body, keywords, "/guidance/" + key, LocalDate.of(2026, 11, 1)));
            }
            return documents;
        }

        /** Sentences of 6–16 words, about 40 % of them from the field, the others common words. */
        private static String sentences(SplittableRandom random, String[] domain, String[] common, int words) {
            StringBuilder text = new StringBuilder();
            int written = 0;
            while (written < words) {
                int length = Math.min(words - written, 6 + random.nextInt(11));
                String sentence = words(random, domain, common, length, 0.4);
                text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length())
                        .append(". ");
                written += length;
            }
            return text.toString().strip();
        }

        private static String words(SplittableRandom random, String[] domain, String[] common, int count,
                                    double domainShare) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                String[] list = random.nextDouble() < domainShare ? domain : common;
                // skewed towards the start of each list, like word frequencies in real text
                double r = random.nextDouble();
                text.append(i == 0 ? "" : " ").append(list[(int) (list.length * r * r)]);
            }
            return text.toString();
        }
    }
}
