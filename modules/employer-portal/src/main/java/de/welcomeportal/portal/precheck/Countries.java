package de.welcomeportal.portal.precheck;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The countries the form offers: ISO 3166-1 alpha-2 codes as {@link de.welcomeportal.portal.selfcheck.CountryCode}
 * accepts them, {@code XK} for Kosovo included, named in the reader's language and sorted as the reader sorts.
 */
final class Countries {

    private static final List<String> CODES = codes();

    private Countries() {
    }

    /** Every code, sorted by the country's name in the given language. */
    static List<String> sortedFor(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return CODES.stream().sorted(Comparator.comparing((String code) -> name(code, locale), collator)).toList();
    }

    /** The country's name in the given language, e.g. "Serbien" for {@code RS}. */
    static String name(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }

    /** Name and code, e.g. "Serbien (RS)": the code tells countries with similar names apart. */
    static String label(String code, Locale locale) {
        return name(code, locale) + " (" + code + ")";
    }

    private static List<String> codes() {
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        codes.add("XK");
        return List.copyOf(codes);
    }
}
