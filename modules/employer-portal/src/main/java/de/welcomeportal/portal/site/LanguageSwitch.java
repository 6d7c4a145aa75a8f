package de.welcomeportal.portal.site;

import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * Switches between German and English in place. Each button is labelled in its own language (with
 * {@code lang}), and the current language is marked with {@code aria-pressed}, not by colour alone.
 */
public class LanguageSwitch extends Composite<Div> implements LocaleChangeObserver {

    private final Button german = languageButton(PortalLocales.GERMAN, "Deutsch");
    private final Button english = languageButton(PortalLocales.ENGLISH, "English");

    public LanguageSwitch() {
        getContent().addClassName("language-switch");
        getContent().getElement().setAttribute("role", "group");
        getContent().add(german, english);
    }

    private Button languageButton(Locale locale, String nameInItsLanguage) {
        Button button = new Button(nameInItsLanguage, click -> PortalLocales.switchTo(UI.getCurrent(), locale));
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getContent().getElement().setAttribute("aria-label", getTranslation("site.language.switch"));
        boolean isGerman = PortalLocales.GERMAN.getLanguage().equals(event.getLocale().getLanguage());
        german.getElement().setAttribute("aria-pressed", Boolean.toString(isGerman));
        english.getElement().setAttribute("aria-pressed", Boolean.toString(!isGerman));
        german.getElement().getClassList().set("current", isGerman);
        english.getElement().getClassList().set("current", !isGerman);
    }
}
