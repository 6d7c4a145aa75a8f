package de.welcomeportal.portal.selfcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.welcomeportal.portal.selfcheck.rules.Assessment;
import de.welcomeportal.portal.selfcheck.rules.BlueCardVariant;
import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.webapi.ApiRequests;
import de.welcomeportal.testapp.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly figures are data: an editor corrects a threshold in the content files, reads them in again from the
 * staff area, and the next self-check uses the new figure, with no code change and no restart.
 */
class SelfCheckFiguresReloadTest extends KaribuTest {

    private static final Path CONTENT = copyOfTheShippedContent();

    @Autowired
    SelfCheckService selfCheck;
    @Autowired
    ApiRequests requests;

    @DynamicPropertySource
    static void readContentFromTheCopy(DynamicPropertyRegistry registry) {
        registry.add("portal.content.directory", CONTENT::toString);
    }

    @Test
    void a_changed_threshold_changes_the_result_after_the_editor_reloads_the_content() throws IOException {
        // A comparable degree and exactly the 2025 general threshold of 48,300.00 € (case C77 of the shared test data)
        Assessment before = selfCheck.assess(WorkedCases.selfCheckCase(requests, "C77"));
        assertThat(before.recommendation().pathway()).isEqualTo(Pathway.BLUE_CARD);
        assertThat(before.recommendation().variant()).isEqualTo(BlueCardVariant.GENERAL);

        Path figures = CONTENT.resolve("guidance.figures.xml");
        String xml = Files.readString(figures);
        assertThat(xml).containsOnlyOnce("<sv:value>48300.00</sv:value>");
        Files.writeString(figures, xml.replace("<sv:value>48300.00</sv:value>", "<sv:value>48300.01</sv:value>"));
        assertThat(selfCheck.assess(WorkedCases.selfCheckCase(requests, "C77")).recommendation().variant())
                .as("nothing changes before the content is read again").isEqualTo(BlueCardVariant.GENERAL);

        loginAs("editor", "EDITOR");
        UI.getCurrent().navigate("editor/content");
        _click(_get(Button.class, spec -> spec.withText("Inhaltsdateien neu einlesen")));

        Assessment after = selfCheck.assess(WorkedCases.selfCheckCase(requests, "C77"));
        assertThat(after.recommendation().variant()).as("one cent below the corrected threshold")
                .isNotEqualTo(BlueCardVariant.GENERAL);
        assertThat(after.recommendation().baApprovalRequired()).isTrue();
    }

    private static Path copyOfTheShippedContent() {
        try {
            Path copy = Files.createTempDirectory("portal-content");
            try (Stream<Path> files = Files.list(Path.of("../../content"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
