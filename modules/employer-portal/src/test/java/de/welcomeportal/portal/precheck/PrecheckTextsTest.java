package de.welcomeportal.portal.precheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import de.welcomeportal.portal.selfcheck.rules.GermanLevel;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.Recognition;
import de.welcomeportal.portal.selfcheck.rules.ResidenceStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts the pre-check views build from names (a status, a choice, a step) exist in both languages; the
 * translations test only sees keys written out in the code.
 */
class PrecheckTextsTest {

    @Test
    void every_choice_status_and_step_has_its_text_in_german_and_english() throws IOException {
        List<String> keys = new ArrayList<>();
        for (ResidenceStatus status : ResidenceStatus.values()) {
            keys.add("precheck.residence-status." + status.name());
        }
        for (QualificationKind kind : QualificationKind.values()) {
            keys.add("precheck.qualification." + kind.name());
        }
        for (Recognition recognition : Recognition.values()) {
            keys.add("precheck.recognition." + recognition.name());
        }
        for (GermanLevel level : GermanLevel.values()) {
            keys.add("precheck.german-level." + level.name());
        }
        for (PrecheckFormView.Wish wish : PrecheckFormView.Wish.values()) {
            keys.add("precheck.wish." + wish.name());
            keys.add("precheck.wish." + wish.name() + ".explanation");
        }
        for (PrecheckFormView.Step step : PrecheckFormView.Step.values()) {
            keys.add("precheck.form.step." + step.key());
        }
        for (CaseStatus status : CaseStatus.values()) {
            keys.add("precheck.status." + status.name());
            keys.add("precheck.status." + status.name() + ".explanation");
        }
        for (CaseEntryKind kind : CaseEntryKind.values()) {
            keys.add("precheck.case.entry." + kind.name());
        }
        for (String language : List.of("de", "en")) {
            Properties bundle = load("i18n/precheck_" + language + ".properties");
            assertThat(keys).as(language).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void every_step_of_the_form_belongs_to_a_part_of_the_application() {
        assertThat(PrecheckFormView.Step.of("employer.address.postcode")).isEqualTo(PrecheckFormView.Step.EMPLOYER);
        assertThat(PrecheckFormView.Step.of("position.workplace.postcode")).isEqualTo(PrecheckFormView.Step.POSITION);
        assertThat(PrecheckFormView.Step.of("candidate.citizenships[0]")).isEqualTo(PrecheckFormView.Step.CANDIDATE);
        assertThat(PrecheckFormView.Step.of("wishes.anyChosen")).isEqualTo(PrecheckFormView.Step.WISHES);
        assertThat(PrecheckFormView.Step.of("documents[3]")).isEqualTo(PrecheckFormView.Step.DOCUMENTS);
        assertThat(PrecheckFormView.Step.of("privacyNoticeAcknowledged")).isEqualTo(PrecheckFormView.Step.REVIEW);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PrecheckTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
