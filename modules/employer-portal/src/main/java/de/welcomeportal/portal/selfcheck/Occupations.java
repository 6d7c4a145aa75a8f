package de.welcomeportal.portal.selfcheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The occupations the wizard's picker offers: the ISCO-08 sub-major (2-digit) and minor (3-digit) groups and common
 * job titles mapped to their unit group (4-digit), from {@code selfcheck/occupations.tsv}. Read once at start-up.
 *
 * <p>Search matches every word typed against the English and German titles, the extra search words and the code,
 * ignoring case and umlaut spelling (ä/ae, ö/oe, ü/ue, ß/ss), so "Kuechenhilfe" finds "Küchenhilfe". German
 * compounds are found by their parts ("entwickler" finds "Softwareentwickler/in").
 */
@Component
class Occupations {

    static final String RESOURCE = "selfcheck/occupations.tsv";
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<Entry> entries;

    Occupations() {
        this.entries = load();
    }

    /** One line of the file: a code with its titles, as offered in the picker. */
    record Occupation(String isco, String titleEn, String titleDe, String searchWords) {

        String title(Locale locale) {
            return Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? titleDe : titleEn;
        }

        /** A job title (4 digits) rather than a whole group. */
        boolean isJobTitle() {
            return isco.length() == 4;
        }
    }

    private record Entry(Occupation occupation, String haystack, String normalizedEn, String normalizedDe) {
    }

    List<Occupation> all() {
        return entries.stream().map(Entry::occupation).toList();
    }

    Optional<Occupation> byCode(String isco) {
        return entries.stream().map(Entry::occupation).filter(o -> o.isco().equals(isco)).findFirst();
    }

    /**
     * The occupations matching every word of the query, best first: titles in the reader's language that start with
     * the query, then titles with a word that starts with it, then any other match; job titles before groups. An
     * empty query lists job titles in the reader's language, alphabetically.
     */
    List<Occupation> search(String query, Locale locale) {
        String normalizedQuery = normalize(query).strip();
        List<String> words = WORD_SEPARATORS.splitAsStream(normalizedQuery).filter(w -> !w.isEmpty()).toList();
        boolean german = Locale.GERMAN.getLanguage().equals(locale.getLanguage());
        List<Scored> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (words.stream().allMatch(entry.haystack()::contains)) {
                String title = german ? entry.normalizedDe() : entry.normalizedEn();
                found.add(new Scored(entry.occupation(), score(entry, title, normalizedQuery, words), title));
            }
        }
        found.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(s -> !s.occupation().isJobTitle())
                .thenComparing(Scored::title));
        return found.stream().map(Scored::occupation).toList();
    }

    private record Scored(Occupation occupation, int score, String title) {
    }

    private static int score(Entry entry, String title, String query, List<String> words) {
        if (query.isEmpty()) {
            return 0;
        }
        if (entry.occupation().isco().startsWith(query)) {
            return 5;
        }
        if (title.startsWith(query)) {
            return 4;
        }
        String first = words.getFirst();
        if (WORD_SEPARATORS.splitAsStream(title).anyMatch(word -> word.startsWith(first))) {
            return 3;
        }
        if (title.contains(first)) {
            return 2;
        }
        return 1;
    }

    /** Lower case, umlauts spelled out, other accents dropped: "Köchin" and "koechin" compare equal. */
    static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        return COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static List<Entry> load() {
        InputStream in = Occupations.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        List<Entry> loaded = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("isco\t")) {
                throw new IllegalStateException(RESOURCE + " must start with the header line isco, title_en, ...");
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 4 || !columns[0].matches("[0-9]{2,4}")) {
                    throw new IllegalStateException(RESOURCE + " line " + number + " needs 4 columns and a 2-4 digit code");
                }
                Occupation occupation = new Occupation(columns[0], columns[1], columns[2], columns[3]);
                String haystack = normalize(String.join(" ", columns));
                loaded.add(new Entry(occupation, haystack, normalize(columns[1]), normalize(columns[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(loaded);
    }
}
