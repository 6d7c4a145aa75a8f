package de.welcomeportal.portal.selfcheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code the engine can emit has a text in German and in English, and every text takes exactly the parameters
 * the engine sends with its code.
 */
class SelfCheckMessagesTest {

    /** Every enum whose constants the engine emits as codes. */
    private static final List<Class<? extends Enum<? extends MessageCode>>> CODE_ENUMS = List.of(
            Pathway.class, BlueCardVariant.class, Outcome.class, ReasonCode.class, MissingCode.class,
            StepCode.class, WarningCode.class, Authority.class, DocumentCode.class, FeeCode.class,
            ProcessingTime.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private final Properties german = load("i18n/selfcheck_de.properties");
    private final Properties english = load("i18n/selfcheck_en.properties");

    @Test
    void every_code_has_a_text_in_german_and_english() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<? extends MessageCode>> codes : CODE_ENUMS) {
            for (Enum<? extends MessageCode> code : codes.getEnumConstants()) {
                String key = ((MessageCode) code).messageKey();
                assertThat(key).startsWith("selfcheck.");
                if (isBlank(german.getProperty(key))) {
                    missing.add(key + " (de)");
                }
                if (isBlank(english.getProperty(key))) {
                    missing.add(key + " (en)");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void both_languages_have_the_same_keys_with_the_same_placeholders() {
        assertThat(new TreeSet<>(german.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : german.stringPropertyNames()) {
            assertThat(placeholders(english.getProperty(key))).as(key)
                    .isEqualTo(placeholders(german.getProperty(key)));
        }
    }

    @Test
    void no_text_has_a_plain_apostrophe_that_message_format_would_swallow() {
        for (Properties bundle : List.of(german, english)) {
            for (String key : bundle.stringPropertyNames()) {
                assertThat(bundle.getProperty(key)).as(key).doesNotContain("'");
            }
        }
    }

    @Test
    void every_text_the_engine_emits_takes_exactly_the_parameters_sent_with_it() {
        SelfCheckEngine engine = new SelfCheckEngine();
        RandomCases cases = new RandomCases(7L);
        for (int i = 0; i < 5_000; i++) {
            SelfCheckCase selfCheckCase = cases.next();
            Assessment assessment = engine.assess(selfCheckCase, TestFigures.on(selfCheckCase.decisionDate()));
            List<PathwayResult> all = new ArrayList<>(assessment.alternatives());
            all.add(assessment.recommendation());
            all.addAll(assessment.closedPathways());
            for (PathwayResult result : all) {
                for (Reason reason : result.reasons()) {
                    check(reason.code(), reason.params());
                }
                for (Missing item : result.missing()) {
                    check(item.code(), item.params());
                }
                for (NextStep step : result.nextSteps()) {
                    check(step.code(), step.params());
                }
            }
            for (Warning warning : assessment.warnings()) {
                check(warning.code(), warning.params());
            }
        }
    }

    private void check(MessageCode code, List<Object> params) {
        for (Properties bundle : List.of(german, english)) {
            String text = bundle.getProperty(code.messageKey());
            assertThat(placeholders(text)).as("placeholders of %s for %s", code.messageKey(), params)
                    .hasSize(params.size());
            String formatted = new MessageFormat(text, Locale.GERMAN).format(params.toArray());
            assertThat(formatted).as(code.messageKey()).doesNotContain("{");
        }
    }

    private static TreeSet<Integer> placeholders(String text) {
        TreeSet<Integer> indices = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            indices.add(Integer.parseInt(matcher.group(1)));
        }
        return indices;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = SelfCheckMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
        return properties;
    }
}
