package de.welcomeportal.portal.guidance;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import de.welcomeportal.portal.staff.AuditEntry;
import de.welcomeportal.portal.staff.AuditLog;
import de.welcomeportal.testapp.KaribuTest;
import de.welcomeportal.testapp.TestSecurity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's journey on a legal page taken from content/: draft → publish → edit → restore, with the public page
 * showing only what is published at each step. A context of its own, because the test changes the stored page.
 */
@TestPropertySource(properties = "portal.test.context=guidance-editor")
class GuidanceEditorViewTest extends KaribuTest {

    private static final String KEY = "impressum";

    @Autowired
    GuidanceStore store;
    @Autowired
    AuditLog auditLog;

    @Test
    void draft_publish_edit_and_restore_while_the_public_sees_only_the_published_version() {
        assertThat(publicHeading()).isEqualTo("Impressum");

        loginAs("redaktion", "EDITOR");
        UI.getCurrent().navigate("editor/guidance/" + KEY);
        assertThat(_get(H1.class).getText()).isEqualTo("Bearbeiten: Impressum");
        TextField germanTitle = _get(TextField.class, spec -> spec.withLabel("Titel (Deutsch)"));
        _setValue(germanTitle, "Impressum und Kontakt");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Änderungsnotiz")), "Titel ergänzt");
        _click(_get(Button.class, spec -> spec.withText("Entwurf speichern")));

        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Der Entwurf ist gespeichert. Veröffentlichen Sie ihn, damit die Öffentlichkeit ihn sieht."))).hasSize(1);
        assertThat(publicHeading()).as("a draft is not public").isEqualTo("Impressum");

        UI.getCurrent().navigate("editor/guidance/" + KEY);
        _click(_get(Button.class, spec -> spec.withText("Vorschau")));
        assertThat(_find(com.vaadin.flow.component.html.H3.class)).extracting(h3 -> h3.getText())
                .containsExactly("Impressum und Kontakt", "Legal notice");
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));
        assertThat(publicHeading()).isEqualTo("Impressum und Kontakt");

        UI.getCurrent().navigate("editor/guidance/" + KEY);
        TextArea germanBody = _get(TextArea.class, spec -> spec.withLabel("Text (Deutsch)"));
        _setValue(germanBody, germanBody.getValue() + "<p>Neuer Absatz<script>alert(1)</script></p>");
        _click(_get(Button.class, spec -> spec.withText("Entwurf speichern")));
        String savedBody = asEditor(() -> store.open(KEY)).draft().value("body_de");
        assertThat(savedBody).as("sanitised on save").contains("<p>Neuer Absatz</p>").doesNotContain("script");

        UI.getCurrent().navigate("editor/guidance/" + KEY);
        _click(historyButton(1, "Fassung 1 mit der neuesten vergleichen"));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .contains("Entfernt (title_de): Impressum", "Hinzugefügt (title_de): Impressum und Kontakt",
                        "Hinzugefügt (body_de): Neuer Absatz");

        _click(historyButton(1, "Fassung 1 wiederherstellen"));
        GuidanceViews.EditorItem restored = asEditor(() -> store.open(KEY));
        assertThat(restored.latestRevision()).isEqualTo(4);
        assertThat(restored.draft().value("title_de")).isEqualTo("Impressum");
        assertThat(publicHeading()).as("restored, not yet published").isEqualTo("Impressum und Kontakt");

        UI.getCurrent().navigate("editor/guidance/" + KEY);
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));
        assertThat(publicHeading()).isEqualTo("Impressum");

        UI.getCurrent().navigate("editor/guidance/" + KEY);
        _click(_get(Button.class, spec -> spec.withText("Offline nehmen")));
        UI.getCurrent().navigate("guidance/" + KEY);
        assertThat(_get(H1.class).getText()).isEqualTo("Diese Information gibt es nicht (mehr)");
        UI.getCurrent().navigate("editor/guidance/" + KEY);
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));

        List<AuditEntry> audit = TestSecurity.actingAs(context, TestSecurity.staffMember("admin", "ADMIN"),
                () -> auditLog.newestFirst("guidance.", 0, 20));
        assertThat(audit).extracting(AuditEntry::action).contains("guidance.save", "guidance.publish",
                "guidance.restore", "guidance.unpublish");
        assertThat(audit).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("redaktion"));
    }

    @Test
    void an_editor_creates_an_article_which_goes_public_only_when_complete_and_published() {
        loginAs("redaktion", "EDITOR");
        UI.getCurrent().navigate("editor/guidance");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Kennung")), "Kita in Lippe");
        _click(_get(Button.class, spec -> spec.withText("Anlegen und bearbeiten")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Kennung")).getErrorMessage())
                .contains("Kleinbuchstaben");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<String> topic = _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withLabel("Thema des neuen Artikels"));
        _setValue(topic, "settling");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Kennung")), "kita-in-lippe");
        _click(_get(Button.class, spec -> spec.withText("Anlegen und bearbeiten")));

        assertThat(_get(H1.class).getText()).isEqualTo("Bearbeiten: kita-in-lippe");
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Titel (Deutsch)")).isInvalid())
                .as("an empty article cannot go public").isTrue();
        UI.getCurrent().navigate("guidance/kita-in-lippe");
        assertThat(_get(H1.class).getText()).isEqualTo("Diese Information gibt es nicht (mehr)");

        UI.getCurrent().navigate("editor/guidance/kita-in-lippe");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel (Deutsch)")), "Kita und Schule in Lippe");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel (Englisch)")), "Day care and school in Lippe");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Zusammenfassung (Deutsch)")), "Anmeldung bei der Kita.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Zusammenfassung (Englisch)")), "Registering for day care.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Text (Deutsch)")), "<p>Der Kita-Navigator hilft.</p>");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Text (Englisch)")), "<p>The Kita-Navigator helps.</p>");
        _click(_get(Button.class, spec -> spec.withText("Entwurf speichern")));
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));

        UI.getCurrent().navigate("guidance/kita-in-lippe");
        assertThat(_get(H1.class).getText()).isEqualTo("Kita und Schule in Lippe");
        assertThat(index.search(new SearchQuery("Kita-Navigator", java.util.Locale.GERMAN, null, 1, 3)).hits())
                .as("in the search right after publishing").extracting(SearchResult.Hit::key)
                .contains("kita-in-lippe");
    }

    @Autowired
    GuidanceIndex index;

    @Test
    void an_editor_adds_an_entry_to_a_checklist() {
        loginAs("redaktion", "EDITOR");
        UI.getCurrent().navigate("editor/guidance/blue-card-documents");
        int before = _find(TextField.class, spec -> spec.withLabel("Eintrag (Deutsch)")).size();
        assertThat(before).isPositive();
        _click(_get(Button.class, spec -> spec.withText("Eintrag hinzufügen")));
        List<TextField> german = _find(TextField.class, spec -> spec.withLabel("Eintrag (Deutsch)"));
        _setValue(german.getLast(), "Nachweis der Krankenversicherung");
        _setValue(_find(TextField.class, spec -> spec.withLabel("Eintrag (Englisch)")).getLast(),
                "Proof of health insurance");
        _click(_get(Button.class, spec -> spec.withText("Entwurf speichern")));
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));

        GuidanceViews.PublishedItem published = store.published("blue-card-documents").orElseThrow();
        assertThat(published.content().children()).hasSize(before + 1);
        assertThat(published.content().children().getLast().name()).isEqualTo("item" + (before + 1));
        UI.getCurrent().navigate("guidance/blue-card-documents");
        assertThat(_find(com.vaadin.flow.component.html.Span.class)).extracting(span -> span.getText())
                .contains("Nachweis der Krankenversicherung");
    }

    @Test
    void required_titles_are_named_at_their_field_and_nothing_is_lost() {
        loginAs("redaktion", "EDITOR");
        UI.getCurrent().navigate("editor/guidance/datenschutz");
        TextField englishTitle = _get(TextField.class, spec -> spec.withLabel("Titel (Englisch)"));
        _setValue(englishTitle, "");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel (Deutsch)")), "Datenschutz neu");
        _click(_get(Button.class, spec -> spec.withText("Entwurf speichern")));

        assertThat(englishTitle.isInvalid()).isTrue();
        assertThat(englishTitle.getErrorMessage()).isEqualTo("Bitte füllen Sie dieses Feld aus.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Titel (Deutsch)")).getValue())
                .isEqualTo("Datenschutz neu");
        assertThat(asEditor(() -> store.open("datenschutz")).latestRevision()).isEqualTo(1);
    }

    @Test
    void the_list_filters_by_kind_and_staff_without_the_editor_role_cannot_open_it() {
        loginAs("redaktion", "EDITOR");
        UI.getCurrent().navigate("editor/guidance");
        assertThat(_get(H1.class).getText()).isEqualTo("Informationen bearbeiten");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<GuidanceViews.Summary> grid = _get(
                com.vaadin.flow.component.grid.Grid.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<GuidanceKind> kind = _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Art"));
        _setValue(kind, GuidanceKind.LEGAL);
        List<GuidanceViews.Summary> legal = com.github.mvysny.kaributesting.v10.GridKt._findAll(grid);
        assertThat(legal).isNotEmpty().allSatisfy(summary -> assertThat(summary.kind()).isEqualTo(GuidanceKind.LEGAL));
        assertThat(legal).extracting(GuidanceViews.Summary::key).contains("impressum", "datenschutz");

        loginAs("kim", "STAFF");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("editor/guidance"))
                .hasMessageContaining("Access is denied");
    }

    /** A button in the history grid's row of the given revision (rows are newest first). */
    @SuppressWarnings("unchecked")
    private static Button historyButton(int revision, String ariaLabel) {
        com.vaadin.flow.component.grid.Grid<GuidanceViews.Revision> history = _get(
                com.vaadin.flow.component.grid.Grid.class);
        int rows = com.github.mvysny.kaributesting.v10.GridKt._size(history);
        for (int row = 0; row < rows; row++) {
            if (com.github.mvysny.kaributesting.v10.GridKt._get(history, row).number() == revision) {
                com.vaadin.flow.component.Component cell = com.github.mvysny.kaributesting.v10.GridKt
                        ._getCellComponent(history, row, "actions");
                return cell.getChildren().map(Button.class::cast)
                        .filter(button -> ariaLabel.equals(button.getElement().getAttribute("aria-label")))
                        .findFirst().orElseThrow();
            }
        }
        throw new AssertionError("no revision " + revision);
    }

    private String publicHeading() {
        UI.getCurrent().navigate("impressum");
        return _get(H1.class).getText();
    }

    private <T> T asEditor(java.util.function.Supplier<T> action) {
        return TestSecurity.actingAs(context, TestSecurity.staffMember("redaktion", "EDITOR"), action);
    }
}
