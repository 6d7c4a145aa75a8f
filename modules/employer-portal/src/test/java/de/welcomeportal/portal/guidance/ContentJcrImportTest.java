package de.welcomeportal.portal.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.jcr.ImportUUIDBehavior;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;

import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.oak.Oak;
import org.apache.jackrabbit.oak.jcr.Jcr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.welcomeportal.portal.guidance.SystemViewReader.BootstrapName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports every bootstrap file of {@code content/} into a real JCR repository (Apache Jackrabbit Oak, in memory)
 * after registering {@code content/guidance.cnd}, the way Magnolia's bootstrapper would: parent path from the file
 * name, {@code Session.importXML} with {@link ImportUUIDBehavior#IMPORT_UUID_COLLISION_THROW}, then save.
 *
 * <p>This catches what the portal's own lenient reader does not: a node type that is not registered, a property that
 * does not fit its declared type (a date that is no date), a missing mandatory property, a {@code jcr:uuid} used twice.
 */
class ContentJcrImportTest {

    private static final Path CONTENT = Path.of("../../content");
    private static final String CND = "guidance.cnd";

    private Repository repository;
    private Session session;

    @BeforeEach
    void startRepository() throws Exception {
        repository = new Jcr(new Oak()).createRepository();
        session = repository.login(new SimpleCredentials("admin", "admin".toCharArray()));
    }

    @AfterEach
    void stopRepository() {
        if (session != null) {
            session.logout();
        }
        if (repository instanceof org.apache.jackrabbit.api.JackrabbitRepository jackrabbit) {
            jackrabbit.shutdown();
        }
    }

    @Test
    void every_content_file_imports_into_a_jcr_repository_with_the_portal_node_types() throws Exception {
        registerNodeTypes(CONTENT.resolve(CND));
        List<String> failures = importAll(CONTENT);
        assertThat(failures).as("content files that a JCR repository refuses").isEmpty();

        Node root = session.getRootNode();
        assertThat(root.getNode("legal").getPrimaryNodeType().getName()).isEqualTo("mgnl:folder");
        assertThat(root.getNode("legal").getIdentifier()).as("jcr:uuid kept on import")
                .isEqualTo("1c0e8f5a-2b3d-4e6f-9a7b-8c9d0e1f2a30");
        assertThat(root.getNode("legal").hasNode("leichte-sprache")).isTrue();
        assertThat(root.getNode("figures").getNodes().getSize()).isPositive();

        if (root.hasNode("articles/pathways/blue-card")) {
            Node blueCard = root.getNode("articles/pathways/blue-card");
            assertThat(blueCard.getPrimaryNodeType().getName()).isEqualTo("wp:article");
            assertThat(blueCard.getParent().getPrimaryNodeType().getName()).isEqualTo("mgnl:folder");
        }

        List<Node> articles = nodesOfType(root, "wp:article");
        assertThat(articles).as("articles").hasSizeGreaterThanOrEqualTo(9);
        Set<String> articleKeys = new HashSet<>();
        for (Node article : articles) {
            assertThat(articleKeys.add(article.getName())).as("article key unique: " + article.getPath()).isTrue();
            assertThat(article.getParent().getParent().getPath()).as(article.getPath()).isEqualTo("/articles");
            for (String multi : List.of("norms", "sources", "keywords", "keywords_de")) {
                Property property = article.getProperty(multi);
                assertThat(property.isMultiple()).as(property.getPath() + " is multi-valued").isTrue();
                assertThat(property.getValues()).as(property.getPath()).isNotEmpty();
            }
            for (String text : List.of("title", "title_de", "summary", "summary_de", "body", "body_de", "audience")) {
                assertThat(article.getProperty(text).getString()).as(article.getPath() + "/" + text).isNotBlank();
            }
            assertThat(article.getProperty("lastReviewed").getType()).as(article.getPath() + "/lastReviewed")
                    .isEqualTo(PropertyType.DATE);
        }
        Node procedures = root.getNode("articles/procedures/recognition");
        assertThat(procedures.getProperty("norms").getValues()).extracting(v -> v.getString())
                .contains("§ 6 Abs. 3 BQFG");
        assertThat(procedures.getProperty("lastReviewed").getDate().get(java.util.Calendar.YEAR)).isEqualTo(2026);

        Node faq = root.getNode("faq");
        List<Node> questions = children(faq);
        assertThat(questions).as("FAQ entries").hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(typed("wp:faq"));
        for (Node question : questions) {
            String topic = question.getProperty("topic").getString();
            String article = question.getProperty("article").getString();
            if (root.hasNode("articles/" + topic)) {
                assertThat(root.hasNode("articles/" + topic + "/" + article))
                        .as(question.getPath() + " points to the article " + topic + "/" + article).isTrue();
            }
        }

        List<Node> checklists = children(root.getNode("checklists"));
        assertThat(checklists).hasSizeGreaterThanOrEqualTo(5).allSatisfy(typed("wp:checklist"));
        for (Node checklist : checklists) {
            List<Node> items = children(checklist);
            assertThat(items).as(checklist.getPath()).isNotEmpty().allSatisfy(typed("wp:checklistItem"));
            List<String> names = new ArrayList<>();
            for (Node item : items) {
                names.add(item.getName());
            }
            assertThat(names).as(checklist.getPath() + ": items in document order")
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, items.size()).mapToObj(i -> "item" + i).toList());
        }

        assertThat(children(root.getNode("authorities"))).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(typed("wp:authority"));
    }

    @Test
    void a_malformed_file_fails_with_its_name(@TempDir Path dir) throws Exception {
        registerNodeTypes(CONTENT.resolve(CND));
        Files.writeString(dir.resolve("guidance.faq.xml"), node("faq", "mgnl:folder", "").replace("</sv:node>", ""));
        assertThat(importAll(dir)).singleElement().asString().startsWith("guidance.faq.xml:");
    }

    @Test
    void an_unknown_node_type_fails_with_the_file_name(@TempDir Path dir) throws Exception {
        registerNodeTypes(CONTENT.resolve(CND));
        Files.writeString(dir.resolve("guidance.faq.xml"), node("faq", "mgnl:folder",
                node("bad", "wp:question", "")));
        Files.writeString(dir.resolve("guidance.checklists.xml"), node("checklists", "mgnl:folder", ""));
        List<String> failures = importAll(dir);
        assertThat(failures).singleElement().asString().startsWith("guidance.faq.xml:").contains("wp:question");
        assertThat(session.getRootNode().hasNode("checklists")).as("the other files still import").isTrue();
    }

    @Test
    void a_date_that_is_no_date_and_a_missing_mandatory_title_fail(@TempDir Path dir) throws Exception {
        registerNodeTypes(CONTENT.resolve(CND));
        Files.writeString(dir.resolve("guidance.faq.xml"), node("faq", "mgnl:folder",
                node("q1", "wp:faq", property("question", "String", "Q?") + property("question_de", "String", "F?")
                        + property("lastReviewed", "Date", "22.11.2026"))));
        Files.writeString(dir.resolve("guidance.checklists.xml"), node("checklists", "mgnl:folder",
                node("c1", "wp:checklist", property("title_de", "String", "Nur deutsch"))));
        assertThat(importAll(dir)).hasSize(2).anySatisfy(f -> assertThat(f).startsWith("guidance.faq.xml:"))
                .anySatisfy(f -> assertThat(f).startsWith("guidance.checklists.xml:"));
    }

    /** Registers the CND; a broken CND fails the test here, naming the file. */
    private void registerNodeTypes(Path cnd) throws Exception {
        try (Reader reader = Files.newBufferedReader(cnd, StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(reader, session);
        } catch (Exception e) {
            throw new AssertionError(cnd.getFileName() + ": " + describe(e), e);
        }
    }

    /**
     * Imports every {@code *.xml} of {@code dir}, parents before children (sorted by the depth of the path the file
     * name gives, then by name). A parent folder that no file provides (e.g. {@code /articles} while
     * {@code guidance.articles.xml} is not there yet) is created as an empty {@code mgnl:folder}.
     *
     * @return one line per refused file, starting with the file name
     */
    private List<String> importAll(Path dir) throws IOException, RepositoryException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".xml"))
                    .sorted(Comparator.comparingInt((Path p) -> depth(p)).thenComparing(p -> p.getFileName().toString()))
                    .toList();
        }
        assertThat(files).as("bootstrap files in " + dir).isNotEmpty();
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            try {
                String parentPath = BootstrapName.of(fileName).parentPath();
                ensureFolders(parentPath);
                try (InputStream in = Files.newInputStream(file)) {
                    session.importXML(parentPath, in, ImportUUIDBehavior.IMPORT_UUID_COLLISION_THROW);
                }
                session.save();
            } catch (RepositoryException | IOException | RuntimeException e) {
                failures.add(fileName + ": " + describe(e));
                session.refresh(false);
            }
        }
        return failures;
    }

    private static int depth(Path file) {
        String parent = BootstrapName.of(file.getFileName().toString()).parentPath();
        return "/".equals(parent) ? 0 : parent.split("/").length - 1;
    }

    private void ensureFolders(String path) throws RepositoryException {
        Node node = session.getRootNode();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            node = node.hasNode(segment) ? node.getNode(segment) : node.addNode(segment, "mgnl:folder");
        }
        session.save();
    }

    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return message.toString();
    }

    private static List<Node> nodesOfType(Node node, String type) throws RepositoryException {
        List<Node> found = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (child.isNodeType(type)) {
                found.add(child);
            }
            found.addAll(nodesOfType(child, type));
        }
        return found;
    }

    private static List<Node> children(Node node) throws RepositoryException {
        List<Node> children = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            children.add(it.nextNode());
        }
        return children;
    }

    private static Consumer<Node> typed(String type) {
        return node -> {
            try {
                assertThat(node.getPrimaryNodeType().getName()).as(node.getPath()).isEqualTo(type);
            } catch (RepositoryException e) {
                throw new AssertionError(e);
            }
        };
    }

    private static String node(String name, String type, String inner) {
        return "<sv:node sv:name=\"" + name + "\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\""
                + " xmlns:mgnl=\"http://www.magnolia.info/jcr/mgnl\" xmlns:wp=\"https://welcomeportal.de/jcr/wp/1.0\">"
                + property("jcr:primaryType", "Name", type) + inner + "</sv:node>";
    }

    private static String property(String name, String type, String value) {
        return "<sv:property sv:name=\"" + name + "\" sv:type=\"" + type + "\"><sv:value>" + value
                + "</sv:value></sv:property>";
    }
}
