package de.welcomeportal.portal.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.i18n.I18NProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Texts of the portal in German and English. Every feature module brings its own bundle
 * {@code i18n/<module>_de.properties} and {@code i18n/<module>_en.properties}; keys start with the module name.
 * A missing key shows as {@code !key!} so it is noticed, and the i18n test fails the build on it.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    static final String BUNDLE_PATTERN = "classpath*:i18n/*_de.properties";
    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    PortalI18NProvider() {
        messages.setBasenames(bundleBasenames().toArray(String[]::new));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return PortalLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = PortalLocales.supported(locale.toLanguageTag()).orElse(PortalLocales.GERMAN);
        try {
            return messages.getMessage(key, params, supported);
        } catch (NoSuchMessageException e) {
            log.warn("Missing translation {} for {}", key, supported);
            return "!" + key + "!";
        }
    }

    /** Base names ({@code i18n/site}, {@code i18n/staff}, …) of all bundles on the class path. */
    static List<String> bundleBasenames() {
        try {
            Resource[] german = new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN);
            return Stream.of(german)
                    .map(Resource::getFilename)
                    .filter(name -> name != null && name.endsWith("_de.properties"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - "_de.properties".length()))
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the portal's message bundles", e);
        }
    }
}
