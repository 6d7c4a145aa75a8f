package de.welcomeportal.portal.selfcheck;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import de.welcomeportal.portal.selfcheck.rules.Assessment;
import de.welcomeportal.portal.selfcheck.rules.BlueCardVariant;
import de.welcomeportal.portal.webapi.ApiRequests;
import de.welcomeportal.testapp.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly figures are edited like any guidance: an editor corrects a threshold in the figure editor, publishes
 * it, and the next self-check uses it, with no file, no code change and no restart. A value that cannot be read
 * is refused with a message and changes nothing.
 */
@TestPropertySource(properties = "portal.test.context=figure-editor")
class SelfCheckFiguresEditorTest extends KaribuTest {

    @Autowired
    SelfCheckService selfCheck;
    @Autowired
    ApiRequests requests;

    @Test
    void a_published_threshold_changes_the_next_self_check_and_an_unreadable_one_is_refused() {
        // case C77: a comparable degree and exactly the 2025 general threshold of 48,300.00 €
        Assessment before = selfCheck.assess(WorkedCases.selfCheckCase(requests, "C77"));
        assertThat(before.recommendation().variant()).isEqualTo(BlueCardVariant.GENERAL);

        loginAs("redaktion", "EDITOR");
        UI.getCurrent().navigate("editor/guidance/blue-card-general-threshold");
        TextField value2025 = _get(TextField.class, spec -> spec.withLabel("Wert").withValue("48300.00"));
        _setValue(value2025, "48.300,01");
        _click(_get(Button.class, spec -> spec.withText("Entwurf speichern")));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("Kennzahl nicht lesbar") && text.contains("48.300,01"));
        assertThat(selfCheck.assess(WorkedCases.selfCheckCase(requests, "C77")).recommendation().variant())
                .isEqualTo(BlueCardVariant.GENERAL);

        _setValue(value2025, "48300.01");
        _click(_get(Button.class, spec -> spec.withText("Entwurf speichern")));
        assertThat(selfCheck.assess(WorkedCases.selfCheckCase(requests, "C77")).recommendation().variant())
                .as("a draft does not count").isEqualTo(BlueCardVariant.GENERAL);
        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));

        Assessment after = selfCheck.assess(WorkedCases.selfCheckCase(requests, "C77"));
        assertThat(after.recommendation().variant()).as("one cent below the corrected threshold")
                .isNotEqualTo(BlueCardVariant.GENERAL);
    }
}
