package de.welcomeportal.portal.selfcheck;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The citizenships the wizard offers: every ISO 3166-1 alpha-2 code Java knows, plus {@code XK} (Kosovo, a
 * user-assigned code German authorities and the EU use), named in the reader's language and sorted as the reader
 * sorts.
 */
final class Countries {

    static final String KOSOVO = "XK";
    private static final List<String> CODES = codes();

    private Countries() {
    }

    /** All codes, sorted by their name in the given language. */
    static List<String> sortedFor(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        List<String> sorted = new ArrayList<>(CODES);
        sorted.sort(Comparator.comparing((String code) -> name(code, locale), collator));
        return sorted;
    }

    /** The country's name in the given language, e.g. "Indien" for {@code IN}; Java's CLDR data names Kosovo too. */
    static String name(String code, Locale locale) {
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equals(code) ? code : name;
    }

    private static List<String> codes() {
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        if (!codes.contains(KOSOVO)) {
            codes.add(KOSOVO);
        }
        return List.copyOf(codes);
    }
}
