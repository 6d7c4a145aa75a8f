package de.welcomeportal.portal.guidance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The text analysis of the guidance index. Every text field carries its language in its name ({@code title_de},
 * {@code body_en}, ...), and {@link #perField()} picks the analysis by that suffix:
 * <ul>
 *   <li>German: lower case, German stop words (so questions like "Wie lange dauert die Anerkennung" work),
 *       umlaut folding ({@code ä}/{@code ae} → {@code a}, {@code ß} → {@code ss}), splitting of compounds into the
 *       words of a small dictionary of the field ("Fachkräfteeinwanderungsgesetz" → fachkräfte, einwanderung,
 *       gesetz, next to the whole word), light stemming.</li>
 *   <li>English: possessives, lower case, accent folding, English stop words, Porter stemming.</li>
 *   <li>{@code spell_*}: words as written, lower case only; the vocabulary the "did you mean" suggestions come
 *       from, so that they are real words rather than stems.</li>
 * </ul>
 */
final class GuidanceAnalyzers {

    static final String GERMAN = "de";
    static final String ENGLISH = "en";

    /**
     * Parts of compounds of the field, as written; compounds of two or more of them are split (the whole word is
     * kept as well). Only words of four letters or more: shorter parts match by accident inside unrelated words.
     */
    static final List<String> GERMAN_COMPOUND_PARTS = List.of(
            "fachkraft", "fachkräfte", "einwanderung", "zuwanderung", "gesetz", "anerkennung", "verfahren",
            "aufenthalt", "aufenthalts", "titel", "erlaubnis", "arbeit", "arbeits", "arbeitgeber", "arbeitnehmer",
            "beschäftigung", "beschäftigungs", "verordnung", "beruf", "berufs", "qualifikation", "sprache",
            "sprach", "kurs", "kurse", "integration", "integrations", "führerschein", "karte", "blaue",
            "zustimmung", "agentur", "bundesagentur", "ausländer", "behörde", "beschleunigt", "beschleunigte",
            "visum", "antrag", "niederlassung", "pflege", "hilfskraft", "hilfskräfte", "ausbildung", "ausbildungs",
            "studium", "studien", "schutz", "duldung", "asyl", "bewerber", "chancen", "partnerschaft",
            "vermittlung", "suche", "stelle", "bescheid", "gebühr", "gebühren", "frist", "prüfung", "nachweis",
            "vertrag", "zeugnis", "abschluss", "hochschule", "hochschul", "schule", "wohnung", "anmeldung",
            "familie", "familien", "nachzug", "gleichwertigkeit", "bescheinigung", "markt", "vorrang",
            "westbalkan", "regelung", "kontingent", "pflicht", "pflichten", "mitteilung", "zentrale",
            "kammer", "handwerk", "handwerks", "industrie", "handel", "lohn", "gehalt", "gehalts", "grenze");

    private static final CharArraySet GERMAN_STOP_WORDS = GermanAnalyzer.getDefaultStopSet();
    private static final CharArraySet GERMAN_DICTIONARY = germanDictionary();

    private GuidanceAnalyzers() {
    }

    static Analyzer german() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                result = new StopFilter(result, GERMAN_STOP_WORDS);
                result = new GermanNormalizationFilter(result);
                result = new DictionaryCompoundWordTokenFilter(result, GERMAN_DICTIONARY, 8, 4, 20, false);
                result = new GermanLightStemFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new GermanNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new ASCIIFoldingFilter(result);
                result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                result = new PorterStemFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Words as written, lower case: the vocabulary of the spelling suggestions. */
    static Analyzer spelling() {
        return new StandardAnalyzer(CharArraySet.EMPTY_SET);
    }

    /** Chooses the analysis of a field by its name: {@code spell_*}, {@code *_de}, everything else English. */
    static Analyzer perField() {
        Analyzer german = german();
        Analyzer english = english();
        Analyzer spelling = spelling();
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                if (fieldName.startsWith("spell_")) {
                    return spelling;
                }
                return fieldName.endsWith("_" + GERMAN) ? german : english;
            }
        };
    }

    /** The compound parts as the German analysis sees them at that point: lower case, umlauts folded. */
    private static CharArraySet germanDictionary() {
        Analyzer fold = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
            }
        };
        CharArraySet dictionary = new CharArraySet(GERMAN_COMPOUND_PARTS.size() * 2, true);
        try (fold) {
            for (String word : GERMAN_COMPOUND_PARTS) {
                try (TokenStream stream = fold.tokenStream("word", word)) {
                    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                    stream.reset();
                    while (stream.incrementToken()) {
                        dictionary.add(term.toString());
                    }
                    stream.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArraySet.unmodifiableSet(dictionary);
    }

    /** The terms a text becomes in a field. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
