package de.welcomeportal.portal.site;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;

import de.welcomeportal.testapp.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The public frame, the start page, the legal pages and the language switch, without a browser. */
class PublicSiteTest extends KaribuTest {

    @Test
    void the_start_page_is_german_by_default_with_navigation_to_every_service() {
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Internationale Fachkräfte einstellen");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Start – Welcome-Center Kreis Lippe");
        Nav main = navigation("Hauptnavigation");
        assertThat(_find(main, Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Start", "Selbst-Check", "Vorprüfung", "Beratung buchen", "Informationen", "Mein Vorgang");
        assertThat(_find(main, Anchor.class).getFirst().getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(_find(navigation("Rechtliches und Service"), Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("impressum", "datenschutz", "barrierefreiheit", "leichte-sprache", "login");
    }

    @Test
    void the_page_content_sits_in_main_after_a_skip_link() {
        UI.getCurrent().navigate("");
        Main main = _get(Main.class);
        assertThat(main.getId()).contains("main-content");
        Anchor skip = _find(Anchor.class).stream().filter(a -> a.hasClassName("skip-link")).findFirst().orElseThrow();
        assertThat(skip.getText()).isEqualTo("Zum Inhalt springen");
        assertThat(skip.getHref()).isEqualTo("#main-content");
    }

    @Test
    void the_language_switch_turns_the_page_english_in_place_and_back() {
        UI.getCurrent().navigate("");
        Button english = languageButton("English");
        assertThat(english.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        _click(english);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Hiring international skilled workers");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Home – Welcome-Center Kreis Lippe");
        assertThat(languageButton("English").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(navigation("Main navigation")).isNotNull();

        _click(languageButton("Deutsch"));
        assertThat(_get(H1.class).getText()).isEqualTo("Internationale Fachkräfte einstellen");
    }

    @Test
    void the_choice_of_language_holds_for_the_next_page() {
        UI.getCurrent().navigate("");
        _click(languageButton("English"));
        UI.getCurrent().navigate("impressum");
        assertThat(_get(H1.class).getText()).isEqualTo("Legal notice");
    }

    @Test
    void a_lang_parameter_selects_english() {
        UI.getCurrent().navigate("", lang("en"));
        assertThat(_get(H1.class).getText()).isEqualTo("Hiring international skilled workers");
        UI.getCurrent().navigate("", lang("xx"));
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void legal_pages_show_the_text_from_content_in_both_languages() {
        for (String route : List.of("impressum", "datenschutz", "barrierefreiheit")) {
            UI.getCurrent().navigate(route);
            assertThat(_get(H1.class).getText()).isNotBlank().doesNotStartWith("!");
        }
        UI.getCurrent().navigate("impressum");
        assertThat(_get(H1.class).getText()).isEqualTo("Impressum");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Impressum – Welcome-Center Kreis Lippe");
        UI.getCurrent().navigate("leichte-sprache");
        assertThat(_get(H1.class).getText()).isNotBlank().doesNotStartWith("!");
        UI.getCurrent().navigate("barrierefreiheit", lang("en"));
        assertThat(_get(H1.class).getText()).isEqualTo("Accessibility statement");
    }

    @Test
    void the_guidance_overview_is_reachable_in_the_site_and_embedded() {
        UI.getCurrent().navigate("guidance");
        assertThat(_get(H1.class).getText()).isEqualTo("Informationen für Arbeitgeber");
        UI.getCurrent().navigate("embed/guidance");
        assertThat(_get(H1.class).getText()).isEqualTo("Informationen für Arbeitgeber");
        assertThat(_find(Nav.class)).as("the embed layout has no navigation").isEmpty();
    }

    private static QueryParameters lang(String language) {
        return QueryParameters.of("lang", language);
    }

    private static Nav navigation(String label) {
        return _find(Nav.class).stream()
                .filter(nav -> label.equals(nav.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow(() -> new AssertionError("no navigation labelled " + label));
    }

    private static Button languageButton(String text) {
        return _find(Button.class).stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
