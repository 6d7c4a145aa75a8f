package de.welcomeportal.portal.guidance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import de.welcomeportal.testapp.PortalTestApplication;
import de.welcomeportal.testapp.TestSecurity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content files reach the store at start-up and on every reload: a changed file updates its items, an editor's
 * change is never overwritten (the conflict is recorded for the editor view), and a broken file is named with its
 * line while every other file still loads and the broken file's items stay as they were.
 */
@SpringBootTest(classes = PortalTestApplication.class)
@TestPropertySource(properties = "portal.test.context=content-files-import")
class ContentFilesImportTest {

    private static final Path CONTENT = copyOfTheShippedContent();

    @Autowired
    ContentBootstrap bootstrap;
    @Autowired
    GuidanceCatalog catalog;
    @Autowired
    GuidanceStore store;
    @Autowired
    GuidanceIndex index;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void readContentFromTheCopy(DynamicPropertyRegistry registry) {
        registry.add("portal.content.directory", CONTENT::toString);
    }

    @Test
    void changed_files_update_items_but_never_an_editors_change_and_a_broken_file_spoils_nothing() throws IOException {
        assertThat(store.published("blue-card")).as("loaded at start-up").isPresent();
        assertThat(index.size()).as("every published item is searchable, with or without a topic")
                .isEqualTo(store.allPublished().stream().filter(item -> item.kind().isPage()).mapToInt(item -> GuidanceSearchFeed.documents(item).size())
                        .sum());
        assertThat(store.published("how-long-does-recognition-take")).isPresent();

        GuidanceViews.EditorItem blueCard = asEditor(() -> store.open("blue-card"));
        TreeMap<String, List<String>> properties = new TreeMap<>(blueCard.draft().properties());
        properties.put("title_de", List.of("Blaue Karte EU (redaktionell)"));
        ItemContent edited = new ItemContent(properties, blueCard.draft().children());
        asEditor(() -> store.saveDraft("blue-card", blueCard.version(), edited, null, Locale.GERMAN));

        Path pathways = CONTENT.resolve("guidance.articles.pathways.xml");
        String xml = Files.readString(pathways);
        Files.writeString(pathways, xml
                .replace("<sv:value>Blaue Karte EU</sv:value>", "<sv:value>Blaue Karte EU (Datei)</sv:value>")
                .replace("<sv:value>Fachkräfte mit Berufsausbildung</sv:value>",
                        "<sv:value>Fachkräfte mit anerkannter Berufsausbildung</sv:value>"));
        Path faq = CONTENT.resolve("guidance.faq.xml");
        List<String> faqLines = Files.readAllLines(faq);
        faqLines.set(19, faqLines.get(19) + "</sv:propertyy>");
        Files.write(faq, faqLines);

        GuidanceStore.ImportReport report = bootstrap.reload();

        assertThat(report.conflicts()).containsExactly("blue-card");
        assertThat(report.updated()).isEqualTo(1);
        assertThat(store.published("skilled-workers")).map(item -> item.content().value("title_de"))
                .contains("Fachkräfte mit anerkannter Berufsausbildung");
        GuidanceViews.EditorItem kept = asEditor(() -> store.open("blue-card"));
        assertThat(kept.draft().value("title_de")).isEqualTo("Blaue Karte EU (redaktionell)");
        assertThat(kept.conflict()).contains("content/");
        assertThat(asEditor(() -> store.list(Locale.GERMAN))).filteredOn(item -> item.key().equals("blue-card"))
                .singleElement().satisfies(item -> assertThat(item.conflict()).isNotNull());

        assertThat(catalog.problems()).singleElement().asString().startsWith("guidance.faq.xml:20: ");
        assertThat(store.published("how-long-does-recognition-take")).as("the broken file's items stay published")
                .isPresent();
        assertThat(catalog.page("impressum", Locale.GERMAN)).as("the other files still load").isPresent();
    }

    private <T> T asEditor(java.util.function.Supplier<T> action) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("redaktion", "EDITOR"), action);
    }

    private static Path copyOfTheShippedContent() {
        try {
            Path copy = Files.createTempDirectory("portal-content");
            try (Stream<Path> files = Files.list(Path.of("../../content"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
