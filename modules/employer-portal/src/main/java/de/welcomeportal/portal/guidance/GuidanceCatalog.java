package de.welcomeportal.portal.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The guidance content of the portal, looked up by stable key in the visitor's language.
 *
 * <p>Content is read from the Magnolia bootstrap files at start-up. A file that cannot be read is reported
 * with its name and line, and everything else still loads.
 */
@Service
public class GuidanceCatalog {

    static final String WORKSPACE = "guidance";
    private static final Logger log = LoggerFactory.getLogger(GuidanceCatalog.class);

    private final ContentProperties properties;
    private final ObjectProvider<GuidanceStore> store;
    private volatile List<ContentNode> roots = List.of();
    private volatile Map<String, ContentNode> nodesByKey = Map.of();
    private volatile Map<String, Figure> figuresByKey = Map.of();
    private volatile List<String> problems = List.of();

    @Autowired
    GuidanceCatalog(ContentProperties properties, ObjectProvider<GuidanceStore> store) {
        this.properties = properties;
        this.store = store;
        reload();
    }

    /** The content files alone, without a store (for reading and checking the files). */
    GuidanceCatalog(ContentProperties properties) {
        this(properties, new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(GuidanceStore.class));
    }

    /**
     * The page with this key in the given language; German uses the {@code _de} properties, every other
     * language the untranslated ones (Magnolia's fallback language), each falling back to the other.
     */
    public Optional<GuidancePage> page(String key, Locale locale) {
        String itemKey = key.substring(key.lastIndexOf('/') + 1);
        GuidanceStore items = store.getIfAvailable();
        if (items != null && items.exists(itemKey)) {
            // the store decides once it has the item: only its published revision is public
            return items.published(itemKey).map(item -> {
                ItemContent content = item.content();
                String body = item.kind() == GuidanceKind.FAQ ? content.text("answer", locale)
                        : content.text("body", locale);
                return new GuidancePage(item.key(), locale, content.text(item.kind().titleProperty(), locale),
                        GuidanceStore.sanitise(body), content.lastReviewed());
            });
        }
        ContentNode node = nodesByKey.get(key);
        if (node == null) {
            return Optional.empty();
        }
        String title = localized(node, "title", locale).orElse(node.name());
        String body = localized(node, "body", locale).map(GuidanceStore::sanitise).orElse("");
        return Optional.of(new GuidancePage(key, locale, title, body, lastReviewed(node)));
    }

    /**
     * The figures of the law ({@code /figures}: thresholds, fees, quotas, lists of states) by key. The same map
     * instance is returned until the content is reloaded, so callers may cache what they derive from it.
     */
    public Map<String, Figure> figures() {
        return figuresByKey;
    }

    /**
     * Takes the figures from the store's published figure items, so that an editor's published change applies to
     * the next self-check. Without figure items in the store the figures of the files stay. A figure that cannot be
     * read is reported like a file problem and left out.
     */
    public synchronized void useFiguresFrom(List<GuidanceViews.PublishedItem> published) {
        List<ContentNode> figureNodes = published.stream().filter(item -> item.kind() == GuidanceKind.FIGURE)
                .map(item -> node(item.key(), FigureReader.FIGURES_PATH + "/" + item.key(), item.kind().nodeType(),
                        item.content()))
                .toList();
        if (figureNodes.isEmpty()) {
            return;
        }
        List<String> found = new ArrayList<>();
        Map<String, Figure> figures = new HashMap<>();
        FigureReader.read(new ContentNode("figures", FigureReader.FIGURES_PATH, "mgnl:folder", Map.of(), figureNodes),
                "guidance store", found::add).forEach(figure -> figures.put(figure.key(), figure));
        found.forEach(problem -> log.error("Content problem: {}", problem));
        if (!figures.equals(figuresByKey)) {
            figuresByKey = Map.copyOf(figures);
            log.info("Rule figures taken from the guidance store: {} figure(s)", figures.size());
        }
    }

    /** A content node as the files would have it, from an item's content. */
    static ContentNode node(String name, String path, String primaryType, ItemContent content) {
        List<ContentNode> children = content.children().stream()
                .map(child -> new ContentNode(child.name(), path + "/" + child.name(), "mgnl:contentNode",
                        child.properties(), List.of()))
                .toList();
        return new ContentNode(name, path, primaryType, content.properties(), children);
    }

    /** The root nodes of all content files as last read. */
    List<ContentNode> roots() {
        return roots;
    }

    /** How many content nodes are loaded. */
    public int size() {
        return nodesByKey.size();
    }

    /** Problems found while reading the content files, one line each with file and line number. */
    public List<String> problems() {
        return problems;
    }

    /** Reads all content files again; what cannot be read is reported and skipped. */
    public synchronized void reload() {
        Map<String, ContentNode> nodes = new HashMap<>();
        List<ContentNode> read = new ArrayList<>();
        Map<String, Figure> figures = new HashMap<>();
        List<String> found = new ArrayList<>();
        for (ContentSource source : sources()) {
            if (!source.fileName().startsWith(WORKSPACE + ".")) {
                continue;
            }
            try (InputStream in = source.open()) {
                ContentNode root = SystemViewReader.read(source.fileName(), in);
                read.add(root);
                index(root, nodes);
                if (root.path().equals(FigureReader.FIGURES_PATH)) {
                    FigureReader.read(root, source.fileName(), found::add)
                            .forEach(figure -> figures.put(figure.key(), figure));
                }
            } catch (ContentFileException e) {
                found.add(e.getMessage());
            } catch (IOException | IllegalArgumentException e) {
                found.add(source.fileName() + ": " + e.getMessage());
            }
        }
        found.forEach(problem -> log.error("Content problem: {}", problem));
        nodesByKey = Map.copyOf(nodes);
        roots = List.copyOf(read);
        figuresByKey = Map.copyOf(figures);
        problems = List.copyOf(found);
        log.info("Guidance content loaded: {} nodes, {} figures, {} problem(s)", nodes.size(), figures.size(),
                found.size());
    }

    private static void index(ContentNode node, Map<String, ContentNode> nodes) {
        nodes.put(node.path().substring(1), node);
        node.children().forEach(child -> index(child, nodes));
    }

    private static Optional<String> localized(ContentNode node, String property, Locale locale) {
        boolean german = Locale.GERMAN.getLanguage().equals(locale.getLanguage());
        Optional<String> preferred = node.property(german ? property + "_de" : property);
        Optional<String> fallback = node.property(german ? property : property + "_de");
        return preferred.filter(v -> !v.isBlank()).or(() -> fallback.filter(v -> !v.isBlank()));
    }

    private static Optional<LocalDate> lastReviewed(ContentNode node) {
        try {
            return node.property("lastReviewed").map(value -> LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            log.warn("Content node {} has an unreadable lastReviewed date", node.path());
            return Optional.empty();
        }
    }

    private List<ContentSource> sources() {
        Path directory = properties.directory().toAbsolutePath().normalize();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".xml"))
                        .sorted(Comparator.comparing(Path::toString))
                        .map(p -> new ContentSource(p.getFileName().toString(), () -> Files.newInputStream(p)))
                        .toList();
            } catch (IOException e) {
                log.error("Content folder {} cannot be listed: {}", directory, e.getMessage());
                return List.of();
            }
        }
        log.warn("Content folder {} does not exist; using the content bundled in the application. "
                + "Set portal.content.directory to the folder with the bootstrap files.", directory);
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:portal-content/*.xml");
            return Stream.of(resources)
                    .filter(r -> r.getFilename() != null)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(r -> new ContentSource(r.getFilename(), r::getInputStream))
                    .toList();
        } catch (IOException e) {
            log.error("Bundled content cannot be listed: {}", e.getMessage());
            return List.of();
        }
    }

    private record ContentSource(String fileName, Opener opener) {
        InputStream open() throws IOException {
            return opener.open();
        }
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }
}
