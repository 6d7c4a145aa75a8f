package de.welcomeportal.portal.guidance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @TempDir
    Path content;

    @Test
    void a_yearly_threshold_applies_in_its_year_and_never_after_it() throws IOException {
        write(figure("blue-card-general-threshold", "amount",
                value("2025-01-01", "2025-12-31", "48300.00") + value("2026-01-01", "2026-12-31", "50700.00")));
        Figure threshold = catalog().figures().get("blue-card-general-threshold");

        assertThat(threshold.norm()).isEqualTo("§ 18g Abs. 1 Satz 1 AufenthG");
        assertThat(threshold.valueOn(LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(threshold.valueOn(LocalDate.of(2025, 12, 31))).hasValueSatisfying(v -> assertThat(v.single()).isEqualTo("48300.00"));
        assertThat(threshold.valueOn(LocalDate.of(2026, 1, 1))).hasValueSatisfying(v -> assertThat(v.single()).isEqualTo("50700.00"));
        assertThat(threshold.valueOn(LocalDate.of(2027, 1, 1))).as("2027 not announced yet").isEmpty();
    }

    @Test
    void a_value_without_end_applies_until_the_next_one() throws IOException {
        write(figure("minimum-hourly-wage", "amount", value("2026-01-01", null, "13.90") + value("2027-01-01", null, "14.60")));
        Figure wage = catalog().figures().get("minimum-hourly-wage");
        assertThat(wage.valueOn(LocalDate.of(2026, 12, 31)).orElseThrow().single()).isEqualTo("13.90");
        assertThat(wage.valueOn(LocalDate.of(2030, 6, 1)).orElseThrow().single()).isEqualTo("14.60");
    }

    @Test
    void values_that_do_not_fit_their_kind_are_reported_and_left_out() throws IOException {
        write(figure("blue-card-general-threshold", "amount", value("2026-01-01", "2026-12-31", "50.700,00"))
                + figure("western-balkan-states", "countries", value("2024-01-01", null, "Kosovo"))
                + figure("odd", "colour", ""));
        GuidanceCatalog catalog = catalog();
        assertThat(catalog.figures().get("blue-card-general-threshold").valueOn(LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(catalog.problems()).hasSize(3).anySatisfy(problem -> assertThat(problem)
                .startsWith("guidance.figures.xml: /figures/blue-card-general-threshold/2026-01-01:")
                .contains("'50.700,00'", "50700.00"));
    }

    @Test
    void the_shipped_figures_cover_2024_to_2026_and_every_figure_names_its_norm() {
        GuidanceCatalog catalog = new GuidanceCatalog(new ContentProperties(Path.of("../../content")));
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.figures()).isNotEmpty().allSatisfy((key, figure) -> assertThat(figure.norm()).as(key).isNotBlank());
        Figure threshold = catalog.figures().get("blue-card-general-threshold");
        assertThat(threshold.valueOn(LocalDate.of(2024, 1, 1))).isPresent();
        assertThat(threshold.valueOn(LocalDate.of(2026, 12, 31))).isPresent();
    }

    private GuidanceCatalog catalog() {
        return new GuidanceCatalog(new ContentProperties(content));
    }

    private void write(String figures) throws IOException {
        Files.writeString(content.resolve("guidance.figures.xml"), "<sv:node sv:name=\"figures\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">"
                + property("jcr:primaryType", "mgnl:folder") + figures + "</sv:node>");
    }

    private static String figure(String key, String kind, String values) {
        return "<sv:node sv:name=\"" + key + "\">" + property("jcr:primaryType", "wp:figure") + property("kind", kind)
                + property("norm", "§ 18g Abs. 1 Satz 1 AufenthG") + values + "</sv:node>";
    }

    private static String value(String from, String until, String value) {
        return "<sv:node sv:name=\"" + from + "\">" + property("jcr:primaryType", "mgnl:contentNode")
                + property("validFrom", from + "T00:00:00.000+01:00")
                + (until == null ? "" : property("validUntil", until + "T00:00:00.000+01:00"))
                + property("value", value) + "</sv:node>";
    }

    private static String property(String name, String value) {
        return "<sv:property sv:name=\"" + name + "\" sv:type=\"String\"><sv:value>" + value + "</sv:value></sv:property>";
    }
}
