package de.welcomeportal.portal.selfcheck;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.stereotype.Component;

import de.welcomeportal.portal.selfcheck.rules.MessageCode;

/**
 * Turns the engine's codes and parameters into plain-language text in the reader's language: numbers and dates as
 * the reader writes them (the texts add the € sign), standalone amounts as euros. The texts themselves live in
 * {@code i18n/selfcheck_*.properties}.
 */
@Component
public class SelfCheckTexts {

    private final I18NProvider texts;

    SelfCheckTexts(I18NProvider texts) {
        this.texts = texts;
    }

    /** The text for a code, with its parameters formatted for the locale. */
    public String text(MessageCode code, List<Object> params, Locale locale) {
        Object[] formatted = new Object[params.size()];
        for (int i = 0; i < formatted.length; i++) {
            formatted[i] = format(params.get(i), locale);
        }
        return texts.getTranslation(code.messageKey(), locale, formatted);
    }

    public String text(MessageCode code, Locale locale) {
        return text(code, List.of(), locale);
    }

    /** A text of the self-check bundles by key, e.g. a pathway's name. */
    public String text(String key, Locale locale, Object... params) {
        return texts.getTranslation(key, locale, params);
    }

    public String euros(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.GERMAN.getLanguage().equals(locale.getLanguage())
                ? Locale.GERMANY : Locale.UK);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    public String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /**
     * A number inside a text, as the reader writes it: whole numbers without decimals ("60.000", "40"), others with
     * two ("45.934,20", "13,90"). The texts carry the unit themselves ("{0} €", "€{0}", "{0} Stunden"), so a
     * currency symbol here would appear twice.
     */
    public String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMAN.getLanguage().equals(locale.getLanguage())
                ? Locale.GERMANY : Locale.UK);
        int decimals = value.stripTrailingZeros().scale() <= 0 ? 0 : 2;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private String format(Object param, Locale locale) {
        if (param instanceof BigDecimal value) {
            return number(value, locale);
        }
        if (param instanceof LocalDate date) {
            return date(date, locale);
        }
        if (param instanceof MessageCode code) {
            return text(code, locale);
        }
        return String.valueOf(param);
    }
}
