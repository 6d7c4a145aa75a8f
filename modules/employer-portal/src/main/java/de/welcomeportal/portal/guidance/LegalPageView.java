package de.welcomeportal.portal.guidance;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import de.welcomeportal.portal.site.EmbedLayout;
import de.welcomeportal.portal.site.LegalPages;
import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.site.PublicLayout;

/**
 * A legally required page (Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit). The text is
 * maintained by editors in the guidance content, not in code.
 */
abstract class LegalPageView extends Article implements HasDynamicTitle, LocaleChangeObserver {

    private final GuidanceCatalog catalog;
    private final PageTitles titles;
    private final String contentKey;
    private final String fallbackTitleKey;
    private String title = "";

    LegalPageView(GuidanceCatalog catalog, PageTitles titles, String contentKey, String fallbackTitleKey) {
        this.catalog = catalog;
        this.titles = titles;
        this.contentKey = contentKey;
        this.fallbackTitleKey = fallbackTitleKey;
        addClassName("legal-page");
    }

    @Override
    public String getPageTitle() {
        return titles.of(title);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        GuidancePage page = catalog.page(contentKey, event.getLocale()).orElse(null);
        if (page == null) {
            title = getTranslation(fallbackTitleKey);
            add(new H1(title), new Paragraph(getTranslation("site.legal.missing")));
            return;
        }
        title = page.title();
        add(new H1(title), new Html("<div class=\"rich-text\">" + page.bodyHtml() + "</div>"));
        page.lastReviewed().ifPresent(date -> add(new Paragraph(getTranslation("site.legal.last-reviewed",
                date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(event.getLocale()))))));
    }

    @Route(value = Imprint.ROUTE, layout = PublicLayout.class)
    @RouteAlias(value = "embed/" + Imprint.ROUTE, layout = EmbedLayout.class)
    @AnonymousAllowed
    static class Imprint extends LegalPageView {
        static final String ROUTE = LegalPages.IMPRINT;

        Imprint(GuidanceCatalog catalog, PageTitles titles) {
            super(catalog, titles, "legal/impressum", "site.legal.imprint");
        }
    }

    @Route(value = Privacy.ROUTE, layout = PublicLayout.class)
    @RouteAlias(value = "embed/" + Privacy.ROUTE, layout = EmbedLayout.class)
    @AnonymousAllowed
    static class Privacy extends LegalPageView {
        static final String ROUTE = LegalPages.PRIVACY;

        Privacy(GuidanceCatalog catalog, PageTitles titles) {
            super(catalog, titles, "legal/datenschutz", "site.legal.privacy");
        }
    }

    @Route(value = AccessibilityStatement.ROUTE, layout = PublicLayout.class)
    @RouteAlias(value = "embed/" + AccessibilityStatement.ROUTE, layout = EmbedLayout.class)
    @AnonymousAllowed
    static class AccessibilityStatement extends LegalPageView {
        static final String ROUTE = LegalPages.ACCESSIBILITY_STATEMENT;

        AccessibilityStatement(GuidanceCatalog catalog, PageTitles titles) {
            super(catalog, titles, "legal/barrierefreiheit", "site.legal.accessibility");
        }
    }

    @Route(value = EasyLanguage.ROUTE, layout = PublicLayout.class)
    @RouteAlias(value = "embed/" + EasyLanguage.ROUTE, layout = EmbedLayout.class)
    @AnonymousAllowed
    static class EasyLanguage extends LegalPageView {
        static final String ROUTE = LegalPages.EASY_LANGUAGE;

        EasyLanguage(GuidanceCatalog catalog, PageTitles titles) {
            super(catalog, titles, "legal/leichte-sprache", "site.legal.easy-language");
        }
    }
}
