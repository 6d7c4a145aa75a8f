package de.welcomeportal.portal.guidance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import de.welcomeportal.testapp.PortalTestApplication;
import de.welcomeportal.testapp.TestSecurity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Magnolia sync hands over reaches the store: new items are published, changed ones republished, deleted
 * ones go offline, and an editor's change here is never overwritten (the conflict is recorded instead).
 */
@SpringBootTest(classes = PortalTestApplication.class)
@TestPropertySource(properties = "portal.test.context=magnolia-import")
class MagnoliaImportTest {

    @Autowired
    MagnoliaImport target;
    @Autowired
    GuidanceStore store;
    @Autowired
    ApplicationContext context;

    private static ContentNode article(String key, String titleDe, String lastModified) {
        return new ContentNode(key, "/articles/settling/" + key, "wp:article", Map.of(
                "title", List.of(titleDe + " (en)"), "title_de", List.of(titleDe),
                "summary", List.of("Summary"), "summary_de", List.of("Zusammenfassung"),
                "body", List.of("<p>Body</p>"), "body_de", List.of("<p>Text</p>"),
                "mgnl:lastModified", List.of(lastModified), "jcr:uuid", List.of("id-" + key)), List.of());
    }

    @Test
    void new_changed_deleted_and_editor_changed_items() {
        target.applyFromMagnolia(List.of(article("kita-in-lippe", "Kita in Lippe", "2026-11-01T10:00:00Z"),
                article("bus-und-bahn", "Bus und Bahn", "2026-11-01T10:00:00Z"),
                article("wohnen", "Wohnen", "2026-11-01T10:00:00Z")), Instant.now());

        assertThat(store.published("kita-in-lippe")).map(item -> item.content().value("title_de"))
                .contains("Kita in Lippe");
        assertThat(store.published("bus-und-bahn")).isPresent();

        // an editor changes "wohnen" here; Magnolia changes it too, changes "kita" and deletes "bus-und-bahn"
        GuidanceViews.EditorItem wohnen = asEditor(() -> store.open("wohnen"));
        ItemContent edited = new ItemContent(new java.util.TreeMap<>(wohnen.draft().properties()) {{
            put("title_de", List.of("Wohnen im Kreis"));
        }}, List.of());
        asEditor(() -> store.saveDraft("wohnen", wohnen.version(), edited, null, java.util.Locale.GERMAN));
        long contentVersion = store.contentVersion();

        target.applyFromMagnolia(List.of(article("kita-in-lippe", "Kita und Schule in Lippe", "2026-11-20T10:00:00Z"),
                article("wohnen", "Wohnen (Magnolia)", "2026-11-20T10:00:00Z")), Instant.now());

        assertThat(store.published("kita-in-lippe")).map(item -> item.content().value("title_de"))
                .contains("Kita und Schule in Lippe");
        assertThat(store.published("bus-und-bahn")).as("deleted in Magnolia").isEmpty();
        GuidanceViews.EditorItem kept = asEditor(() -> store.open("wohnen"));
        assertThat(kept.draft().value("title_de")).isEqualTo("Wohnen im Kreis");
        assertThat(kept.conflict()).contains("Magnolia");
        assertThat(store.contentVersion()).isGreaterThan(contentVersion);

        target.applyFromMagnolia(List.of(article("kita-in-lippe", "Kita und Schule in Lippe", "2026-11-20T10:00:00Z"),
                article("wohnen", "Wohnen (Magnolia)", "2026-11-20T10:00:00Z")), Instant.now());
        assertThat(asEditor(() -> store.open("kita-in-lippe")).latestRevision()).as("unchanged: no new revision")
                .isEqualTo(2);
    }

    private <T> T asEditor(java.util.function.Supplier<T> action) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("redaktion", "EDITOR"), action);
    }
}
