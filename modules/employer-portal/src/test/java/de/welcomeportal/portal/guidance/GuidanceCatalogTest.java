package de.welcomeportal.portal.guidance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GuidanceCatalogTest {

    @TempDir
    Path content;

    @Test
    void pages_come_in_the_visitors_language_with_the_other_as_fallback() throws IOException {
        write("guidance.topics.xml", node("topics", "mgnl:folder",
                node("recognition", "mgnl:content",
                        property("title", "Recognition") + property("title_de", "Anerkennung")
                                + property("body", "<p>English only</p>") + property("lastReviewed", "2026-10-01T00:00:00.000+02:00"))));
        GuidanceCatalog catalog = new GuidanceCatalog(new ContentProperties(content));

        GuidancePage german = catalog.page("topics/recognition", Locale.GERMAN).orElseThrow();
        assertThat(german.title()).isEqualTo("Anerkennung");
        assertThat(german.bodyHtml()).isEqualTo("<p>English only</p>");
        assertThat(german.lastReviewed()).contains(LocalDate.of(2026, 10, 1));
        assertThat(catalog.page("topics/recognition", Locale.ENGLISH).orElseThrow().title()).isEqualTo("Recognition");
        assertThat(catalog.page("topics/unknown", Locale.GERMAN)).isEmpty();
    }

    @Test
    void rich_text_is_reduced_to_safe_html() throws IOException {
        write("guidance.x.xml", node("x", "mgnl:content", property("title", "X")
                + property("body", "<h2>Fees</h2><p onclick=\"steal()\">Text<script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(1)\">bad</a><a href=\"https://www.bamf.de\">BAMF</a>")));
        String body = new GuidanceCatalog(new ContentProperties(content)).page("x", Locale.ENGLISH).orElseThrow().bodyHtml();
        assertThat(body).contains("<h2>Fees</h2>", "<p>Text</p>", "href=\"https://www.bamf.de\"")
                .doesNotContain("script", "onclick", "javascript:");
    }

    @Test
    void a_broken_file_is_reported_and_the_others_still_load() throws IOException {
        write("guidance.a.xml", node("a", "mgnl:content", property("title", "A")));
        write("guidance.b.xml", "<?xml version=\"1.0\"?>\n<sv:node sv:name=\"b\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">\n<oops>\n");
        GuidanceCatalog catalog = new GuidanceCatalog(new ContentProperties(content));
        assertThat(catalog.page("a", Locale.GERMAN)).isPresent();
        assertThat(catalog.problems()).singleElement().asString().startsWith("guidance.b.xml:3:");
    }

    @Test
    void a_missing_folder_falls_back_to_nothing_but_does_not_fail() {
        GuidanceCatalog catalog = new GuidanceCatalog(new ContentProperties(content.resolve("does-not-exist")));
        assertThat(catalog.problems()).isEmpty();
    }

    private void write(String name, String xml) throws IOException {
        Files.writeString(content.resolve(name), xml);
    }

    private static String node(String name, String type, String inner) {
        return "<sv:node sv:name=\"" + name + "\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">"
                + property("jcr:primaryType", type) + inner + "</sv:node>";
    }

    private static String property(String name, String value) {
        String escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<sv:property sv:name=\"" + name + "\" sv:type=\"String\"><sv:value>" + escaped + "</sv:value></sv:property>";
    }
}
