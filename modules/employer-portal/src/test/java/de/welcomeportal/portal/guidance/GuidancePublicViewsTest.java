package de.welcomeportal.portal.guidance;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;

import de.welcomeportal.testapp.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The public guidance pages on the content of content/: overview by topic, an article at a readable address. */
class GuidancePublicViewsTest extends KaribuTest {

    @Test
    void the_overview_lists_the_published_articles_by_topic() {
        UI.getCurrent().navigate("guidance");

        assertThat(_get(H1.class).getText()).isEqualTo("Informationen für Arbeitgeber");
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Wege zur Beschäftigung");
        assertThat(_find(Anchor.class)).filteredOn(anchor -> "guidance/blue-card".equals(anchor.getHref()))
                .singleElement().satisfies(link -> assertThat(link.getText()).isEqualTo("Blaue Karte EU"));
    }

    @Test
    void an_article_has_breadcrumbs_its_norms_sources_review_date_and_the_way_to_the_self_check() {
        UI.getCurrent().navigate("guidance/blue-card");

        assertThat(_get(H1.class).getText()).isEqualTo("Blaue Karte EU");
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Blaue Karte EU – Welcome-Center Kreis Lippe");
        Nav breadcrumbs = _get(Nav.class, spec -> spec.withAttribute("aria-label", "Sie sind hier"));
        assertThat(breadcrumbs.getElement().getTextRecursively()).contains("Start", "Informationen für Arbeitgeber",
                "Wege zur Beschäftigung", "Blaue Karte EU");
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Rechtsgrundlagen", "Offizielle Quellen",
                "So geht es weiter");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).anyMatch(text -> text.contains("§ 18g"));
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("self-check", "booking");

        UI.getCurrent().navigate("guidance/blue-card", QueryParameters.of("lang", "en"));
        assertThat(_get(H1.class).getText()).isEqualTo("EU Blue Card");
    }

    @org.springframework.beans.factory.annotation.Autowired
    GuidanceIndex index;
    @org.springframework.beans.factory.annotation.Autowired
    GuidanceSearchFeed feed;

    @Test
    void visitors_search_with_typos_narrow_by_topic_and_are_offered_the_right_spelling() {
        index.replaceAll(feed.allPublished());
        UI.getCurrent().navigate("guidance");
        com.vaadin.flow.component.textfield.TextField query = _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withLabel("Informationen durchsuchen"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(query, "Blue Krad");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Suchen")));

        assertThat(_find(H2.class)).extracting(H2::getText).anyMatch(text -> text.endsWith("Treffer für „Blue Krad“"));
        assertThat(_find(com.vaadin.flow.component.html.OrderedList.class).getLast().getChildren()
                .map(item -> ((ListItem) item).getChildren().findFirst().orElseThrow())
                .map(link -> ((Anchor) link).getHref()).toList()).startsWith("guidance/blue-card");
        com.vaadin.flow.component.button.Button pathways = _get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText(null).withPredicate(button -> button.getText().startsWith("Wege zur Beschäftigung (")));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(pathways);
        assertThat(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withPredicate(button -> button.getText().startsWith("Wege zur Beschäftigung (")))
                .getElement().getAttribute("aria-pressed")).isEqualTo("true");

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(query, "Anerkenug");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Suchen")));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Meinten Sie „anerkennung“?")));
        assertThat(query.getValue()).isEqualTo("anerkennung");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("guidance/recognition");
    }

    @Test
    void an_unknown_article_says_so_plainly() {
        UI.getCurrent().navigate("guidance/no-such-article");

        assertThat(_get(H1.class).getText()).isEqualTo("Diese Information gibt es nicht (mehr)");
    }
}
