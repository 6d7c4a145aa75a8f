package de.welcomeportal.portal.guidance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SystemViewReaderTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<sv:node sv:name=\"faq\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">\n";

    @Test
    void file_names_carry_workspace_and_parent_path_as_magnolia_reads_them() {
        assertThat(SystemViewReader.BootstrapName.of("guidance.legal.xml"))
                .isEqualTo(new SystemViewReader.BootstrapName("guidance", "/"));
        assertThat(SystemViewReader.BootstrapName.of("guidance.legal.impressum.xml"))
                .isEqualTo(new SystemViewReader.BootstrapName("guidance", "/legal"));
        assertThatThrownBy(() -> SystemViewReader.BootstrapName.of("guidance.xml"))
                .hasMessageContaining("<workspace>.<dotted.path>.xml");
        assertThatThrownBy(() -> SystemViewReader.BootstrapName.of("guidance..x.xml"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reads_the_legal_pages_shipped_in_content() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("../../content/guidance.legal.xml"))) {
            ContentNode legal = SystemViewReader.read("guidance.legal.xml", in);
            assertThat(legal.path()).isEqualTo("/legal");
            assertThat(legal.primaryType()).isEqualTo("mgnl:folder");
            assertThat(legal.children()).extracting(ContentNode::path)
                    .containsExactly("/legal/impressum", "/legal/datenschutz", "/legal/barrierefreiheit", "/legal/leichte-sprache");
            ContentNode imprint = legal.children().getFirst();
            assertThat(imprint.property("title_de")).contains("Impressum");
            assertThat(imprint.property("body_de").orElseThrow()).contains("<h2>Anbieter</h2>");
        }
    }

    @Test
    void a_malformed_file_is_reported_with_its_name_and_line() {
        String broken = HEAD + "  <sv:property sv:name=\"jcr:primaryType\" sv:type=\"Name\">\n"
                + "    <sv:value>mgnl:content</sv:value>\n"
                + "  </sv:propertyy>\n</sv:node>\n";
        assertThatThrownBy(() -> read("guidance.faq.xml", broken))
                .isInstanceOfSatisfying(ContentFileException.class, e -> {
                    assertThat(e.fileName()).isEqualTo("guidance.faq.xml");
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.getMessage()).startsWith("guidance.faq.xml:5: ");
                });
    }

    @Test
    void a_node_without_primary_type_is_refused() {
        String untyped = HEAD + "  <sv:property sv:name=\"title\" sv:type=\"String\"><sv:value>x</sv:value></sv:property>\n"
                + "</sv:node>\n";
        assertThatThrownBy(() -> read("guidance.faq.xml", untyped))
                .hasMessageContaining("node /faq has no jcr:primaryType");
    }

    @Test
    void elements_outside_the_system_view_namespace_are_refused() {
        assertThatThrownBy(() -> read("guidance.faq.xml", "<?xml version=\"1.0\"?>\n<node name=\"x\"/>"))
                .hasMessageContaining("guidance.faq.xml:2").hasMessageContaining("not in the JCR system view namespace");
    }

    @Test
    void external_entities_are_never_resolved() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<sv:node sv:name=\"x\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">"
                + "<sv:property sv:name=\"jcr:primaryType\"><sv:value>&secret;</sv:value></sv:property></sv:node>";
        assertThatThrownBy(() -> read("guidance.x.xml", xxe)).isInstanceOf(ContentFileException.class);
    }

    private static ContentNode read(String name, String xml) {
        return SystemViewReader.read(name, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
