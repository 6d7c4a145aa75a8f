package de.welcomeportal.portal.guidance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.i18n.I18NProvider;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import de.welcomeportal.portal.staff.AuditLog;
import de.welcomeportal.portal.webapi.ApiRequests;
import de.welcomeportal.portal.webapi.FieldProblem;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * The guidance items with their revisions: loaded from {@code content/} (and optionally Magnolia), edited by
 * editors in a draft → published workflow, read by the public only in their published revision.
 *
 * <p>An import never overwrites an editor's change silently: when a file (or Magnolia) changed an item whose newest
 * revision an editor wrote, the item keeps the editor's revision and records the conflict, which the log and the
 * editor view show. Between the two sources the newer import wins: a district that keeps its guidance in Magnolia
 * edits it there, and the files only bring new releases.
 */
@Service
public class GuidanceStore {

    static final String SYSTEM = "system";
    /** The allow-list for rich text: basic formatting, links, lists and sub-headings; everything else is removed. */
    static final Safelist RICH_TEXT = Safelist.basic().addTags("h2", "h3", "h4").preserveRelativeLinks(true);
    /** Only to let the sanitiser accept links within the portal ({@code /guidance/...}); they stay relative. */
    private static final String BASE_FOR_RELATIVE_LINKS = "https://portal.invalid/";
    private static final Logger log = LoggerFactory.getLogger(GuidanceStore.class);

    private final GuidanceItemRepository items;
    private final GuidanceRevisionRepository revisions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog auditLog;
    private final ApiRequests validation;
    private final I18NProvider texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GuidanceStore(GuidanceItemRepository items, GuidanceRevisionRepository revisions, JdbcClient jdbc,
                  TransactionTemplate transactions, AuditLog auditLog, ApiRequests validation, I18NProvider texts,
                  ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.auditLog = auditLog;
        this.validation = validation;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    /** A published item changed (published, republished or unpublished); the search index listens. */
    public record ContentChanged(String key) {
    }

    /** Rich text reduced to the allow-list: basic formatting, sub-headings, lists, links (also within the portal). */
    public static String sanitise(String html) {
        return Jsoup.clean(html, BASE_FOR_RELATIVE_LINKS, RICH_TEXT);
    }

    // ------------------------------------------------------------------ the public

    /** The published revision of an item; empty for unknown and unpublished items. */
    public Optional<GuidanceViews.PublishedItem> published(String key) {
        return items.findByKey(key).flatMap(this::publishedView);
    }

    /** Whether the store has an item with this key, published or not. */
    public boolean exists(String key) {
        return items.findByKey(key).isPresent();
    }

    /** Every published item. */
    public List<GuidanceViews.PublishedItem> allPublished() {
        return items.findByPublishedRevisionIsNotNull().stream().map(this::publishedView)
                .flatMap(Optional::stream).toList();
    }

    /** Raised with every publication; a node whose index was built at an older version rebuilds it. */
    public long contentVersion() {
        return jdbc.sql("select content_version from guidance_state where id = 1").query(Long.class).single();
    }

    private Optional<GuidanceViews.PublishedItem> publishedView(GuidanceItem item) {
        Integer number = item.publishedRevision();
        if (number == null) {
            return Optional.empty();
        }
        return revisions.findByItemIdAndNumber(item.id(), number).map(revision ->
                new GuidanceViews.PublishedItem(item.key(), item.kind(), item.topic(), number, revision.content()));
    }

    // ------------------------------------------------------------------ imports (content files, Magnolia)

    /** What an import did. */
    public record ImportReport(int created, int updated, int unchanged, List<String> conflicts) {
    }

    /**
     * Takes the items of these content trees into the store: new items are created and published; items whose
     * source changed are revised and published, unless an editor wrote their newest revision (then the conflict
     * is recorded and nothing is overwritten).
     */
    ImportReport importNodes(List<ContentNode> roots, GuidanceItem.Origin origin, String sourceName) {
        List<ContentNode> found = new ArrayList<>();
        roots.forEach(root -> collect(root, found));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> conflicts = new ArrayList<>();
        for (ContentNode node : found) {
            GuidanceKind kind = GuidanceKind.of(node).orElseThrow();
            try {
                ImportOutcome outcome = transactions.execute(status -> importOne(node, kind, origin, sourceName));
                switch (outcome == null ? ImportOutcome.UNCHANGED : outcome) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                    case CONFLICT -> conflicts.add(node.name());
                }
            } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
                unchanged++; // another node imported the same item at this moment
            }
        }
        if (!conflicts.isEmpty()) {
            log.warn("Guidance import from {}: {} item(s) changed in the source but also by an editor, not "
                    + "overwritten: {}", sourceName, conflicts.size(), conflicts);
        }
        log.info("Guidance import from {}: {} created, {} updated, {} unchanged, {} conflict(s)", sourceName, created,
                updated, unchanged, conflicts.size());
        return new ImportReport(created, updated, unchanged, List.copyOf(conflicts));
    }

    private static void collect(ContentNode node, List<ContentNode> found) {
        if (GuidanceKind.of(node).isPresent()) {
            found.add(node);
            return;
        }
        node.children().forEach(child -> collect(child, found));
    }

    private enum ImportOutcome { CREATED, UPDATED, UNCHANGED, CONFLICT }

    private ImportOutcome importOne(ContentNode node, GuidanceKind kind, GuidanceItem.Origin origin,
                                    String sourceName) {
        ItemContent content = ItemContent.of(node);
        String checksum = content.checksum();
        Instant now = clock.instant();
        GuidanceItem item = items.findByKey(node.name()).orElse(null);
        if (item == null) {
            item = items.saveAndFlush(new GuidanceItem(node.name(), kind, topicOf(node, kind), node.path(), origin,
                    now, SYSTEM));
            int number = item.revise(origin, checksum, now, SYSTEM);
            revisions.save(new GuidanceRevision(item.id(), number, content, origin, now, SYSTEM,
                    "imported from " + sourceName));
            item.publish(number, now, SYSTEM);
            contentPublished(item.key());
            return ImportOutcome.CREATED;
        }
        if (checksum.equals(item.originChecksum())) {
            return ImportOutcome.UNCHANGED;
        }
        if (item.origin() == GuidanceItem.Origin.EDITOR) {
            item.conflict(texts.getTranslation("guidance.editor.conflict", Locale.GERMAN, sourceName,
                    now.toString().substring(0, 10)));
            return ImportOutcome.CONFLICT;
        }
        int number = item.revise(origin, checksum, now, SYSTEM);
        revisions.save(new GuidanceRevision(item.id(), number, content, origin, now, SYSTEM,
                "imported from " + sourceName));
        item.publish(number, now, SYSTEM);
        item.conflict(null);
        contentPublished(item.key());
        return ImportOutcome.UPDATED;
    }

    private static @Nullable String topicOf(ContentNode node, GuidanceKind kind) {
        if (kind == GuidanceKind.ARTICLE) {
            String[] segments = node.path().split("/");
            return segments.length > 3 ? segments[2] : null;
        }
        return node.property("topic").orElse(null);
    }

    /**
     * Items of this origin that the source no longer has are taken offline (their history stays), unless an editor
     * has taken them over.
     */
    int unpublishMissing(Set<String> presentKeys, GuidanceItem.Origin origin) {
        int removed = 0;
        for (GuidanceItem item : items.findByPublishedRevisionIsNotNull()) {
            if (item.origin() == origin && !presentKeys.contains(item.key())) {
                Boolean done = transactions.execute(status -> {
                    GuidanceItem current = items.findById(item.id()).orElseThrow();
                    current.unpublish(clock.instant(), SYSTEM);
                    contentPublished(current.key());
                    return true;
                });
                if (Boolean.TRUE.equals(done)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    // ------------------------------------------------------------------ editors

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<GuidanceViews.Summary> list(Locale locale) {
        List<GuidanceViews.Summary> summaries = new ArrayList<>();
        for (GuidanceItem item : items.findAllByOrderByKindAscKeyAsc()) {
            ItemContent latest = latest(item);
            summaries.add(new GuidanceViews.Summary(item.key(), item.kind(), item.topic(),
                    titleOf(item, latest, locale), status(item), item.updatedAt(), item.updatedBy(), item.conflict()));
        }
        return summaries;
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public GuidanceViews.EditorItem open(String key) {
        return editorView(item(key));
    }

    /**
     * Saves the editor's text as a new draft revision; the public still sees the published one. Rich text is
     * sanitised with an allow-list; German and English titles (and, for articles, summaries and bodies) are required.
     *
     * @throws InvalidRequestException naming each missing field ({@code title_de}, {@code body}, …)
     */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public GuidanceViews.EditorItem saveDraft(String key, long version, ItemContent content, @Nullable String note,
                                              Locale locale) {
        GuidanceItem seen = item(key);
        ItemContent clean = sanitised(seen.kind(), content);
        validate(seen.kind(), clean, locale);
        String by = auditLog.currentActor();
        return changing(key, version, item -> {
            if (clean.checksum().equals(latest(item).checksum())) {
                return; // nothing changed: no empty revision
            }
            Instant now = clock.instant();
            int number = item.revise(GuidanceItem.Origin.EDITOR, null, now, by);
            revisions.save(new GuidanceRevision(item.id(), number, clean, GuidanceItem.Origin.EDITOR, now, by,
                    note == null || note.isBlank() ? null : note.strip()));
            auditLog.record("guidance.save", key, "revision " + number);
        });
    }

    /**
     * Creates an item with an empty draft; the editor fills it in and publishes it.
     *
     * @param key   the stable key, lower-case letters, digits and hyphens, unique across all guidance
     * @param topic the topic of an article ({@code pathways}, {@code procedures}, {@code refugees}, {@code settling})
     * @throws InvalidRequestException for a malformed or taken key, a missing topic, or a kind editors cannot create
     */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public GuidanceViews.EditorItem create(GuidanceKind kind, String key, @Nullable String topic, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!key.matches("[a-z0-9][a-z0-9-]{1,79}")) {
            problems.add(new FieldProblem("key", "Pattern", texts.getTranslation("guidance.editor.key-pattern", locale)));
        } else if (items.findByKey(key).isPresent()) {
            problems.add(new FieldProblem("key", "Taken", texts.getTranslation("guidance.editor.key-taken", locale)));
        }
        if (!kind.isPage()) {
            problems.add(new FieldProblem("kind", "NotCreatable",
                    texts.getTranslation("guidance.editor.kind-not-creatable", locale)));
        }
        if (kind == GuidanceKind.ARTICLE && (topic == null || !GuidanceOverviewView.TOPICS.contains(topic))) {
            problems.add(new FieldProblem("topic", "NotNull", texts.getTranslation("guidance.editor.required", locale)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String by = auditLog.currentActor();
        String path = kind.pathPrefix() + (kind == GuidanceKind.ARTICLE ? topic + "/" : "") + key;
        GuidanceItem created = transactions.execute(status -> {
            Instant now = clock.instant();
            GuidanceItem item = items.saveAndFlush(new GuidanceItem(key, kind,
                    kind == GuidanceKind.ARTICLE ? topic : null, path, GuidanceItem.Origin.EDITOR, now, by));
            int number = item.revise(GuidanceItem.Origin.EDITOR, null, now, by);
            revisions.save(new GuidanceRevision(item.id(), number, new ItemContent(Map.of(), List.of()),
                    GuidanceItem.Origin.EDITOR, now, by, null));
            auditLog.record("guidance.create", key, kind.key());
            return item;
        });
        return editorView(created == null ? item(key) : created);
    }

    /** Publishes the newest revision. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public GuidanceViews.EditorItem publish(String key, long version) {
        String by = auditLog.currentActor();
        GuidanceItem seen = item(key);
        validate(seen.kind(), latest(seen), Locale.GERMAN); // an empty new draft cannot go public
        return changing(key, version, item -> {
            item.publish(item.latestRevision(), clock.instant(), by);
            item.conflict(null);
            contentPublished(key);
            auditLog.record("guidance.publish", key, "revision " + item.latestRevision());
        });
    }

    /** Takes the item offline; its revisions stay. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public GuidanceViews.EditorItem unpublish(String key, long version) {
        String by = auditLog.currentActor();
        return changing(key, version, item -> {
            item.unpublish(clock.instant(), by);
            contentPublished(key);
            auditLog.record("guidance.unpublish", key, null);
        });
    }

    /** Makes an older revision the newest draft again (a new revision with its content); publish to show it. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public GuidanceViews.EditorItem restore(String key, long version, int revision) {
        String by = auditLog.currentActor();
        return changing(key, version, item -> {
            ItemContent old = revisions.findByItemIdAndNumber(item.id(), revision)
                    .orElseThrow(() -> new GuidanceNotFoundException(key)).content();
            Instant now = clock.instant();
            int number = item.revise(GuidanceItem.Origin.EDITOR, null, now, by);
            revisions.save(new GuidanceRevision(item.id(), number, old, GuidanceItem.Origin.EDITOR, now, by,
                    "restored revision " + revision));
            auditLog.record("guidance.restore", key, "revision " + revision + " as " + number);
        });
    }

    /** The lines of two revisions side by side: what was removed, what was added, per property. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<GuidanceViews.DiffLine> diff(String key, int from, int to) {
        GuidanceItem item = item(key);
        ItemContent before = revision(item, from);
        ItemContent after = revision(item, to);
        Set<String> properties = new TreeSet<>(before.properties().keySet());
        properties.addAll(after.properties().keySet());
        List<GuidanceViews.DiffLine> lines = new ArrayList<>();
        for (String property : properties) {
            lines.addAll(RevisionDiff.lines(property, lines(before.values(property)), lines(after.values(property))));
        }
        for (String child : childNames(before, after)) {
            lines.addAll(RevisionDiff.lines(child, lines(childText(before, child)), lines(childText(after, child))));
        }
        return lines;
    }

    private static Set<String> childNames(ItemContent before, ItemContent after) {
        Set<String> names = new TreeSet<>();
        before.children().forEach(child -> names.add(child.name()));
        after.children().forEach(child -> names.add(child.name()));
        return names;
    }

    private static List<String> childText(ItemContent content, String name) {
        return content.children().stream().filter(child -> child.name().equals(name))
                .flatMap(child -> child.properties().entrySet().stream()
                        .map(entry -> entry.getKey() + ": " + String.join(" | ", entry.getValue())))
                .toList();
    }

    /** Text lines of property values, HTML broken after block elements so a diff shows paragraphs. */
    private static List<String> lines(List<String> values) {
        List<String> lines = new ArrayList<>();
        for (String value : values) {
            for (String line : value.replaceAll("(?i)(</(p|h[1-6]|li|ul|ol)>|<br\\s*/?>)", "$1\n").split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }

    // ------------------------------------------------------------------ shared

    private interface Change {
        void apply(GuidanceItem item);
    }

    private GuidanceViews.EditorItem changing(String key, long version, Change change) {
        try {
            GuidanceItem changed = transactions.execute(status -> {
                GuidanceItem item = item(key);
                if (item.version() != version) {
                    throw new GuidanceChangedException(key);
                }
                change.apply(item);
                return items.saveAndFlush(item);
            });
            return editorView(changed == null ? item(key) : changed);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new GuidanceChangedException(key);
        }
    }

    private void contentPublished(String key) {
        jdbc.sql("update guidance_state set content_version = content_version + 1 where id = 1").update();
        events.publishEvent(new ContentChanged(key));
    }

    private GuidanceItem item(String key) {
        return items.findByKey(key).orElseThrow(() -> new GuidanceNotFoundException(key));
    }

    private ItemContent latest(GuidanceItem item) {
        return revision(item, item.latestRevision());
    }

    private ItemContent revision(GuidanceItem item, int number) {
        return revisions.findByItemIdAndNumber(item.id(), number)
                .orElseThrow(() -> new GuidanceNotFoundException(item.key())).content();
    }

    private static GuidanceViews.Status status(GuidanceItem item) {
        Integer published = item.publishedRevision();
        if (published == null) {
            return GuidanceViews.Status.DRAFT;
        }
        return published == item.latestRevision() ? GuidanceViews.Status.PUBLISHED : GuidanceViews.Status.CHANGED;
    }

    private static String titleOf(GuidanceItem item, ItemContent content, Locale locale) {
        String title = content.text(item.kind().titleProperty(), locale);
        return title.isBlank() ? item.key() : title;
    }

    private GuidanceViews.EditorItem editorView(GuidanceItem item) {
        List<GuidanceViews.Revision> history = revisions.findByItemIdOrderByNumberDesc(item.id()).stream()
                .map(revision -> new GuidanceViews.Revision(revision.number(), revision.createdAt(),
                        revision.createdBy(), revision.origin().name(), revision.note(),
                        Integer.valueOf(revision.number()).equals(item.publishedRevision())))
                .toList();
        return new GuidanceViews.EditorItem(item.key(), item.kind(), item.topic(), item.version(),
                item.latestRevision(), item.publishedRevision(), status(item), latest(item), history, item.conflict());
    }

    /** Hibernate Validator's findings on editor texts, each at the property the editor sees. */
    private List<FieldProblem> violations(Object texts, String titleProperty, Locale locale) {
        try {
            validation.validate(texts, locale);
            return List.of();
        } catch (InvalidRequestException e) {
            return e.problems().stream().map(problem -> new FieldProblem(
                    EditorTexts.property(problem.field(), titleProperty), problem.code(), problem.message())).toList();
        }
    }

    private static ItemContent sanitised(GuidanceKind kind, ItemContent content) {
        Map<String, List<String>> properties = new LinkedHashMap<>();
        content.properties().forEach((name, values) -> {
            String base = name.endsWith("_de") ? name.substring(0, name.length() - 3) : name;
            properties.put(name, kind.isRichText(base)
                    ? values.stream().map(GuidanceStore::sanitise).toList()
                    : values.stream().map(value -> value.replaceAll("\\p{Cntrl}", " ").strip()).toList());
        });
        return new ItemContent(properties, content.children());
    }

    private void validate(GuidanceKind kind, ItemContent content, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = kind.titleProperty();
        problems.addAll(violations(new EditorTexts.Title(content.value(title + "_de"), content.value(title)), title,
                locale));
        if (kind == GuidanceKind.ARTICLE) {
            problems.addAll(violations(new EditorTexts.Article(content.value("summary_de"), content.value("summary"),
                    content.value("body_de"), content.value("body")), title, locale));
        }
        if (kind == GuidanceKind.FIGURE) {
            List<String> figureProblems = new ArrayList<>();
            FigureReader.read(new ContentNode("figures", FigureReader.FIGURES_PATH, "mgnl:folder", Map.of(),
                    List.of(GuidanceCatalog.node("draft", FigureReader.FIGURES_PATH + "/draft", kind.nodeType(),
                            content))), "draft", figureProblems::add);
            figureProblems.forEach(problem -> problems.add(new FieldProblem("values", "Figure",
                    texts.getTranslation("guidance.editor.figure-invalid", locale,
                            problem.replaceFirst("^draft: /figures/draft/?", "")))));
        }
        content.properties().forEach((name, values) -> values.stream()
                .filter(value -> value.length() > 100_000).findAny()
                .ifPresent(value -> problems.add(new FieldProblem(name, "Size",
                        texts.getTranslation("guidance.editor.too-long", locale)))));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
