package de.welcomeportal.portal.guidance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.WeightedTerm;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Full-text search of the published guidance in German and English (Apache Lucene).
 *
 * <p>The index lives in {@code ${portal.data-directory}/index/guidance}. Every change is committed at once, so a
 * crash never leaves half an index behind, and is visible to searches when the call returns (near-real-time
 * readers refreshed after each change). Changes are serialised; searches run in parallel with them and always
 * see either the state before a change or after it, never in between (also during {@link #replaceAll}).
 *
 * <p>At start-up an index that is missing, empty, of another schema version or damaged (unreadable commit, wrong
 * checksums) is deleted and rebuilt from the {@link SearchDocumentSource}, if there is one; otherwise it starts
 * empty. When the folder is locked by another instance (for example a second application context in the same
 * folder), this instance keeps its index in memory.
 *
 * <p>Ranking: each word of the query is looked up in title (weight {@value #TITLE_BOOST}), keywords
 * ({@value #KEYWORDS_BOOST}), summary ({@value #SUMMARY_BOOST}) and body (1), and, with a lower weight, with one or
 * two typos allowed (depending on the word's length) anywhere in the item.
 */
@Component
public class GuidanceIndex implements SmartInitializingSingleton, AutoCloseable {

    /** Raise when fields or analysis change: an index of another version is rebuilt at start-up. */
    static final String SCHEMA_VERSION = "2";
    static final String SCHEMA_KEY = "welcomeportal.guidance-index.schema";

    static final float TITLE_BOOST = 4f;
    static final float KEYWORDS_BOOST = 3f;
    static final float SUMMARY_BOOST = 2f;
    static final float FUZZY_WEIGHT = 0.5f;

    private static final Logger log = LoggerFactory.getLogger(GuidanceIndex.class);

    private static final String KEY = "key";
    private static final String LANGUAGE = "lang";
    private static final String KIND = "kind";
    private static final String TOPIC = "topic";
    /**
     * Topic counts come from doc values under their own name: Lucene wants one schema per field in every document,
     * and items without a topic must not carry empty doc values (they would be counted as a topic of their own).
     */
    private static final String TOPIC_FACET = "topicFacet";
    private static final String URL = "url";
    private static final String TITLE = "title_";
    private static final String KEYWORDS = "keywords_";
    private static final String SUMMARY = "summary_";
    private static final String BODY = "body_";
    private static final String ALL = "all_";
    private static final String SPELL = "spell_";

    /** More words are ignored; keeps the expanded query far below Lucene's clause limit. */
    private static final int MAX_WORDS = 16;
    private static final int MAX_FUZZY_WORDS = 6;
    private static final int FUZZY_EXPANSIONS = 50;
    private static final int SNIPPET_CHARS = 160;
    private static final int SNIPPET_FRAGMENTS = 2;
    private static final String SNIPPET_SEPARATOR = " … ";
    private static final Encoder HTML_TEXT = GuidanceIndex::escapeHtml;

    private final Analyzer analyzer = GuidanceAnalyzers.perField();
    private final Analyzer spelling = GuidanceAnalyzers.spelling();
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();
    private final Supplier<@Nullable SearchDocumentSource> sources;
    private final Object changes = new Object();
    private final String location;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean needsSource;
    private volatile boolean closed;
    private volatile @Nullable TopicState topicState;

    @Autowired
    GuidanceIndex(@Value("${portal.data-directory:./data}") Path dataDirectory,
                  ObjectProvider<SearchDocumentSource> sources) {
        this(dataDirectory.resolve("index").resolve("guidance"), sources::getIfAvailable);
    }

    /**
     * Opens (or creates) the index in a folder. Documents of the source are read only by
     * {@link #afterSingletonsInstantiated()}, so that the source may itself depend on the index.
     */
    GuidanceIndex(Path folder, Supplier<@Nullable SearchDocumentSource> sources) {
        this.sources = sources;
        spellChecker.setAccuracy(0.7f);
        Path path = folder.toAbsolutePath().normalize();
        Opened opened = open(path, analyzer);
        this.location = opened.location();
        this.directory = opened.directory();
        this.writer = opened.writer();
        this.needsSource = opened.needsSource();
        try {
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw new UncheckedIOException("Search index " + location + " cannot be read", e);
        }
    }

    /** An index in a folder, rebuilt from the source at once if it needs to be. */
    static GuidanceIndex open(Path folder, @Nullable SearchDocumentSource source) {
        GuidanceIndex index = new GuidanceIndex(folder, () -> source);
        index.afterSingletonsInstantiated();
        return index;
    }

    /** Rebuilds from the source if the index was missing, empty or unusable at start-up and a source exists. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!needsSource) {
            return;
        }
        SearchDocumentSource source = sources.get();
        if (source == null) {
            log.info("Search index {} starts empty: no source of published guidance yet", location);
            return;
        }
        try {
            List<SearchDocument> documents = source.allPublished();
            replaceAll(documents);
            log.info("Search index {} rebuilt with {} documents", location, documents.size());
        } catch (RuntimeException e) {
            log.error("Search index {} could not be rebuilt from the published guidance; searches find nothing "
                    + "until the next change", location, e);
        }
    }

    /** Replaces the whole content of the index; searches see the old content until the new one is complete. */
    public void replaceAll(Collection<SearchDocument> documents) {
        List<Document> converted = documents.stream().map(GuidanceIndex::toLucene).toList();
        synchronized (changes) {
            try {
                writer.deleteAll();
                writer.addDocuments(converted);
                commitAndRefresh();
                needsSource = false;
            } catch (IOException e) {
                throw new UncheckedIOException("Search index " + location + " could not be rebuilt", e);
            }
        }
    }

    /** Replaces one item in all its languages (all its earlier versions are removed); searchable on return. */
    public void put(String key, List<SearchDocument> versions) {
        for (SearchDocument version : versions) {
            if (!version.key().equals(key)) {
                throw new IllegalArgumentException("Version of " + version.key() + " given for " + key);
            }
        }
        List<Document> converted = versions.stream().map(GuidanceIndex::toLucene).toList();
        synchronized (changes) {
            try {
                writer.updateDocuments(new Term(KEY, key), converted);
                commitAndRefresh();
            } catch (IOException e) {
                throw new UncheckedIOException("Search index " + location + ": " + key + " could not be stored", e);
            }
        }
    }

    /** Removes an item in all languages; gone from searches on return. */
    public void remove(String key) {
        synchronized (changes) {
            try {
                writer.deleteDocuments(new Term(KEY, key));
                commitAndRefresh();
            } catch (IOException e) {
                throw new UncheckedIOException("Search index " + location + ": " + key + " could not be removed", e);
            }
        }
    }

    /** How many documents (items × languages) the index holds. */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResult search(SearchQuery query) {
        String language = language(query.language());
        List<List<String>> words = words(BODY + language, query.text());
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexReader reader = searcher.getIndexReader();
                String didYouMean = didYouMean(reader, language, query.text());
                if (words.isEmpty()) {
                    return new SearchResult(query.text(), 0, List.of(), Map.of(), didYouMean);
                }
                Query matching = searcher.rewrite(new BooleanQuery.Builder()
                        .add(textQuery(words, language), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(LANGUAGE, language)), BooleanClause.Occur.FILTER)
                        .build());
                int wanted = query.page() * query.pageSize();
                TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
                FacetsCollectorManager facets = new FacetsCollectorManager();
                TopDocs topDocs;
                FacetsCollector facetsCollector;
                if (query.topic() == null) {
                    Object[] both = searcher.search(matching, new MultiCollectorManager(top, facets));
                    topDocs = (TopDocs) both[0];
                    facetsCollector = (FacetsCollector) both[1];
                } else {
                    facetsCollector = searcher.search(matching, facets);
                    topDocs = searcher.search(new BooleanQuery.Builder()
                            .add(matching, BooleanClause.Occur.MUST)
                            .add(new TermQuery(new Term(TOPIC, query.topic())), BooleanClause.Occur.FILTER)
                            .build(), top);
                }
                List<SearchResult.Hit> hits = new ArrayList<>();
                StoredFields stored = searcher.storedFields();
                ScoreDoc[] scoreDocs = topDocs.scoreDocs;
                Set<String> matchedTerms = matchedTerms(matching);
                for (int i = (query.page() - 1) * query.pageSize(); i < scoreDocs.length; i++) {
                    hits.add(hit(stored.document(scoreDocs[i].doc), scoreDocs[i].score, matchedTerms, language));
                }
                return new SearchResult(query.text(), topDocs.totalHits.value(), List.copyOf(hits),
                        topicCounts(reader, facetsCollector), didYouMean);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search index " + location + " could not be searched", e);
        }
    }

    @Override
    public void close() {
        synchronized (changes) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                IOUtils.close(searchers, writer, directory);
            } catch (IOException e) {
                log.warn("Search index {} was not closed cleanly: {}", location, e.toString());
            }
        }
    }

    // --- opening -----------------------------------------------------------------------------------------------

    private record Opened(String location, Directory directory, IndexWriter writer, boolean needsSource) {
    }

    private static Opened open(Path path, Analyzer analyzer) {
        FSDirectory directory = null;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            String problem = problem(directory);
            IndexWriterConfig.OpenMode mode = IndexWriterConfig.OpenMode.CREATE_OR_APPEND;
            if (problem != null && !problem.equals(EMPTY)) {
                if (!problem.equals(MISSING)) {
                    log.warn("Search index {} is unusable ({}); it is deleted and rebuilt", path, problem);
                }
                for (String file : directory.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
                mode = IndexWriterConfig.OpenMode.CREATE;
            }
            IndexWriter writer = new IndexWriter(directory, config(analyzer, mode));
            if (problem != null) {
                commit(writer);
            }
            return new Opened(path.toString(), directory, writer, problem != null);
        } catch (LockObtainFailedException e) {
            IOUtils.closeWhileHandlingException(directory);
            log.warn("Search index {} is in use by another instance; this one keeps its search index in memory",
                    path);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            log.error("Search index {} cannot be opened; this instance keeps its search index in memory", path, e);
        }
        try {
            Directory memory = new ByteBuffersDirectory();
            IndexWriter writer = new IndexWriter(memory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
            commit(writer);
            return new Opened("(in memory)", memory, writer, true);
        } catch (IOException e) {
            throw new UncheckedIOException("An index in memory cannot be created", e);
        }
    }

    private static final String MISSING = "missing";
    private static final String EMPTY = "empty";

    /**
     * What is wrong with the index in a folder: {@code null} when it can be used as it is, {@link #MISSING},
     * {@link #EMPTY}, or a description of the damage.
     *
     * @throws LockObtainFailedException when another writer holds the folder
     */
    private static @Nullable String problem(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return MISSING;
        }
        try {
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            String schema = commit.getUserData().get(SCHEMA_KEY);
            if (!SCHEMA_VERSION.equals(schema)) {
                return "schema version " + schema + " instead of " + SCHEMA_VERSION;
            }
            try (CheckIndex check = new CheckIndex(directory)) {
                check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
                CheckIndex.Status status = check.checkIndex();
                if (!status.clean) {
                    return "CheckIndex found damage" + (status.brokenSegmentName == null ? ""
                            : " in segment " + status.brokenSegmentName);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs() == 0 ? EMPTY : null;
            }
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // CorruptIndexException, IndexFormatTooOldException, IndexFormatTooNewException, missing files, ...
            return e.toString();
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setCommitOnClose(true);
    }

    private static void commit(IndexWriter writer) throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
        writer.commit();
    }

    private void commitAndRefresh() throws IOException {
        commit(writer);
        searchers.maybeRefreshBlocking();
    }

    // --- documents ---------------------------------------------------------------------------------------------

    private static String language(Locale locale) {
        return GuidanceAnalyzers.GERMAN.equals(locale.getLanguage()) ? GuidanceAnalyzers.GERMAN
                : GuidanceAnalyzers.ENGLISH;
    }

    private static Document toLucene(SearchDocument item) {
        String language = language(item.language());
        Document document = new Document();
        document.add(new StringField(KEY, item.key(), Field.Store.YES));
        document.add(new StringField(LANGUAGE, language, Field.Store.NO));
        document.add(new StoredField(KIND, item.kind()));
        document.add(new StringField(TOPIC, item.topic(), Field.Store.YES));
        if (!item.topic().isEmpty()) {
            document.add(new SortedSetDocValuesField(TOPIC_FACET, new BytesRef(item.topic())));
        }
        document.add(new StoredField(URL, item.url()));
        document.add(new TextField(TITLE + language, item.title(), Field.Store.YES));
        for (String keyword : item.keywords()) {
            document.add(new TextField(KEYWORDS + language, keyword, Field.Store.NO));
        }
        document.add(new TextField(SUMMARY + language, item.summary(), Field.Store.YES));
        document.add(new TextField(BODY + language, item.bodyText(), Field.Store.YES));
        String everything = String.join("\n", item.title(), String.join("\n", item.keywords()), item.summary(),
                item.bodyText());
        document.add(new TextField(ALL + language, everything, Field.Store.NO));
        document.add(new TextField(SPELL + language, everything, Field.Store.NO));
        return document;
    }

    // --- queries -----------------------------------------------------------------------------------------------

    /**
     * The words of a query as analysed for a field, grouped by position: a compound and its parts form one group.
     */
    private List<List<String>> words(String field, String text) {
        List<List<String>> groups = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || groups.isEmpty()) {
                    if (groups.size() == MAX_WORDS) {
                        break;
                    }
                    groups.add(new ArrayList<>());
                }
                List<String> group = groups.getLast();
                String word = term.toString();
                if (!group.contains(word)) {
                    group.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }

    private static Query textQuery(List<List<String>> words, String language) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int fuzzyWords = 0;
        for (List<String> group : words) {
            List<Query> alternatives = new ArrayList<>();
            for (String word : group) {
                alternatives.add(new BoostQuery(new TermQuery(new Term(TITLE + language, word)), TITLE_BOOST));
                alternatives.add(new BoostQuery(new TermQuery(new Term(KEYWORDS + language, word)), KEYWORDS_BOOST));
                alternatives.add(new BoostQuery(new TermQuery(new Term(SUMMARY + language, word)), SUMMARY_BOOST));
                alternatives.add(new TermQuery(new Term(BODY + language, word)));
            }
            String whole = group.getFirst();
            int edits = maxEdits(whole);
            if (edits > 0 && fuzzyWords < MAX_FUZZY_WORDS) {
                fuzzyWords++;
                alternatives.add(new BoostQuery(new FuzzyQuery(new Term(ALL + language, whole), edits, 0,
                        FUZZY_EXPANSIONS, true), FUZZY_WEIGHT));
            }
            query.add(new DisjunctionMaxQuery(alternatives, 0.1f), BooleanClause.Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch(Math.max(1, words.size() / 2));
        return query.build();
    }

    /** Typos allowed in a word: none up to three letters, one up to five, two from six. */
    static int maxEdits(String word) {
        int length = word.codePointCount(0, word.length());
        if (length <= 3 || word.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return length <= 5 ? 1 : 2;
    }

    // --- results -----------------------------------------------------------------------------------------------

    private SearchResult.Hit hit(Document document, float score, Set<String> terms, String language) {
        return new SearchResult.Hit(document.get(KEY), document.get(KIND), document.get(TOPIC),
                document.get(TITLE + language), snippet(document, terms, language), document.get(URL), score);
    }

    /**
     * The analysed terms a rewritten query looks for, in any field: the words of the query and what the typo
     * tolerance expanded them to in this index. Highlighting these terms is much cheaper than running fuzzy queries on each hit's text.
     */
    private static Set<String> matchedTerms(Query rewritten) {
        Set<Term> terms = new HashSet<>();
        rewritten.visit(QueryVisitor.termCollector(terms));
        Set<String> texts = new HashSet<>();
        for (Term term : terms) {
            if (!term.field().equals(LANGUAGE) && !term.field().equals(TOPIC)) {
                texts.add(term.text());
            }
        }
        return texts;
    }

    /** Up to two passages of the body with the matches marked; else the summary (marked if it matches). */
    private String snippet(Document document, Set<String> terms, String language) {
        String body = nullToEmpty(document.get(BODY + language));
        String summary = nullToEmpty(document.get(SUMMARY + language));
        try {
            WeightedTerm[] weighted = terms.stream().map(term -> new WeightedTerm(1f, term))
                    .toArray(WeightedTerm[]::new);
            String bodyField = BODY + language;
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HTML_TEXT,
                    new QueryTermScorer(weighted));
            highlighter.setTextFragmenter(new SimpleFragmenter(SNIPPET_CHARS));
            String passages = highlighter.getBestFragments(analyzer.tokenStream(bodyField, body), body,
                    SNIPPET_FRAGMENTS, SNIPPET_SEPARATOR);
            if (!passages.isBlank()) {
                return passages.strip();
            }
            String summaryField = SUMMARY + language;
            Highlighter whole = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HTML_TEXT,
                    new QueryTermScorer(weighted));
            whole.setTextFragmenter(new NullFragmenter());
            String marked = whole.getBestFragment(analyzer.tokenStream(summaryField, summary), summary);
            if (marked != null && !marked.isBlank()) {
                return marked.strip();
            }
        } catch (IOException | InvalidTokenOffsetsException e) {
            log.debug("No highlighted snippet for {}: {}", document.get(KEY), e.toString());
        }
        String plain = summary.isBlank() ? body : summary;
        return escapeHtml(plain.length() <= SNIPPET_CHARS ? plain : plain.substring(0, SNIPPET_CHARS) + "…");
    }

    /** Hits per topic, most first; the facet counts of the query without its topic filter. */
    private Map<String, Long> topicCounts(IndexReader reader, FacetsCollector collector) throws IOException {
        if (collector.getMatchingDocs().stream().allMatch(docs -> docs.totalHits() == 0)) {
            return Map.of();
        }
        FacetResult result;
        try {
            TopicState state = topicState;
            if (state == null || state.reader() != reader) {
                state = new TopicState(reader, new StringDocValuesReaderState(reader, TOPIC_FACET));
                topicState = state;
            }
            result = new StringValueFacetCounts(state.state(), collector).getAllChildren(TOPIC_FACET);
        } catch (IllegalArgumentException e) {
            return Map.of(); // no document has a topic
        }
        if (result == null) {
            return Map.of();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        Arrays.stream(result.labelValues)
                .sorted(Comparator.comparingLong((LabelAndValue label) -> label.value.longValue()).reversed()
                        .thenComparing(label -> label.label))
                .forEach(label -> counts.put(label.label, label.value.longValue()));
        return counts;
    }

    private record TopicState(IndexReader reader, StringDocValuesReaderState state) {
    }

    /**
     * The query with every word that does not occur in the guidance of the language (in any form) replaced by the
     * closest word that does; {@code null} when every word occurs or no close word is found.
     */
    private @Nullable String didYouMean(IndexReader reader, String language, String text) throws IOException {
        String field = SPELL + language;
        List<String> words = GuidanceAnalyzers.terms(spelling, field, text);
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return null;
        }
        List<String> corrected = new ArrayList<>(words.size());
        boolean changed = false;
        for (String word : words) {
            String replacement = word;
            if (word.length() >= spellChecker.getMinQueryLength() && word.chars().noneMatch(Character::isDigit)
                    && !known(reader, language, field, word)) {
                SuggestWord[] suggestions = spellChecker.suggestSimilar(new Term(field, word), 1, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0) {
                    replacement = suggestions[0].string;
                    changed = true;
                }
            }
            corrected.add(replacement);
        }
        return changed ? String.join(" ", corrected) : null;
    }

    /**
     * Whether a word occurs in the guidance of the language, as written or in another form of it (another
     * inflection, another spelling of its umlauts, as a compound of known parts).
     */
    private boolean known(IndexReader reader, String language, String spellField, String word) throws IOException {
        if (reader.docFreq(new Term(spellField, word)) > 0) {
            return true;
        }
        for (List<String> group : words(ALL + language, word)) {
            for (String term : group) {
                if (reader.docFreq(new Term(ALL + language, term)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** Text as HTML text content: the five characters with a meaning in HTML escaped, nothing else. */
    static String escapeHtml(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
