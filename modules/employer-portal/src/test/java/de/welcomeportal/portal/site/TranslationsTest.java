package de.welcomeportal.portal.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards German and English: every bundle has the same keys in both languages, every key the code asks for
 * exists, and no view writes visitor-facing text in Java.
 */
class TranslationsTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void every_bundle_has_the_same_keys_in_german_and_english() throws IOException {
        List<String> basenames = PortalI18NProvider.bundleBasenames();
        assertThat(basenames).contains("i18n/site", "i18n/staff");
        for (String basename : basenames) {
            Set<String> german = load(basename + "_de.properties").stringPropertyNames();
            Set<String> english = load(basename + "_en.properties").stringPropertyNames();
            assertThat(difference(german, english)).as("keys of %s missing in English", basename).isEmpty();
            assertThat(difference(english, german)).as("keys of %s missing in German", basename).isEmpty();
        }
    }

    @Test
    void no_translation_is_empty_and_placeholders_survive_message_formatting() throws IOException {
        for (String basename : PortalI18NProvider.bundleBasenames()) {
            for (String language : List.of("de", "en")) {
                Properties bundle = load(basename + "_" + language + ".properties");
                for (String key : bundle.stringPropertyNames()) {
                    String text = bundle.getProperty(key);
                    assertThat(text).as("%s (%s)", key, language).isNotBlank();
                    if (text.contains("{0}")) {
                        // MessageFormat eats a single apostrophe and everything up to the next one.
                        assertThat(text.replace("''", "")).as("%s (%s) has a lone apostrophe", key, language)
                                .doesNotContain("'");
                    }
                }
            }
        }
    }

    @Test
    void every_key_the_code_asks_for_exists_in_both_languages() throws IOException {
        PortalI18NProvider provider = new PortalI18NProvider();
        List<String> missing = new ArrayList<>();
        for (Path source : javaSources()) {
            for (String key : UserVisibleText.translationKeys(Files.readString(source))) {
                for (Locale locale : PortalLocales.SUPPORTED) {
                    if (provider.getTranslation(key, locale).startsWith("!")) {
                        missing.add(source.getFileName() + ": " + key + " (" + locale + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void views_and_layouts_contain_no_hard_coded_visitor_text() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : javaSources()) {
            String code = Files.readString(source);
            if (!code.contains("import com.vaadin.flow.component.")) {
                continue; // not user interface code
            }
            UserVisibleText.hardCoded(code)
                    .forEach(line -> offenders.add(MAIN_SOURCES.relativize(source) + ":" + line));
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void the_guard_recognises_hard_coded_text() {
        assertThat(UserVisibleText.hardCoded("""
                heading.setText("Willkommen");
                Button save = new Button("Save", click -> save());
                add(new Anchor("impressum", "Impressum"));
                Notification.show("Gespeichert");
                field.setLabel(getTranslation("site.name"));
                anchor.setHref("impressum");
                """)).hasSize(4);
    }

    @Test
    void translation_keys_are_found_in_code() {
        assertThat(UserVisibleText.translationKeys("a(getTranslation(\"site.a\")); getTranslation( \"x.b\", 3)"))
                .containsExactly("site.a", "x.b");
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(new HashSet<>(b));
        return result;
    }
}
