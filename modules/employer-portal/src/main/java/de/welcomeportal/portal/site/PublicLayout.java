package de.welcomeportal.portal.site;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;

/**
 * The public page frame: skip link, header with the Welcome-Center's name and the main navigation, the page in
 * {@code <main>}, and the footer with the legally required pages.
 */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout, LocaleChangeObserver {

    static final String MAIN_ID = "main-content";

    private final Anchor skipLink = new Anchor();
    private final Main main = new Main();
    private final Paragraph footerNote = new Paragraph();
    private @Nullable HasElement content;

    public PublicLayout(SiteProperties site) {
        addClassName("portal-frame");
        skipLink.addClassName("skip-link");
        skipLink.setHref("#" + MAIN_ID);
        SkipLinks.focusTargetOnActivation(skipLink, MAIN_ID);

        Anchor logo = new Anchor(".", site.logoText());
        logo.addClassName("portal-logo");
        logo.getElement().setAttribute("router-link", true);
        Div bar = new Div(logo, new LanguageSwitch());
        bar.addClassName("portal-bar");
        NavigationMenu mainNavigation = new NavigationMenu("site.nav.main")
                .link("", "site.nav.start")
                .link("self-check", "site.nav.self-check")
                .link("pre-check", "site.nav.pre-check")
                .link("booking", "site.nav.booking")
                .link("guidance", "site.nav.guidance")
                .link("my-case", "site.nav.my-case");
        mainNavigation.addClassName("main-navigation");
        Header header = new Header(bar, mainNavigation);
        header.addClassName("portal-header");

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("portal-main");

        NavigationMenu legalNavigation = new NavigationMenu("site.nav.legal")
                .link(LegalPages.IMPRINT, "site.legal.imprint")
                .link(LegalPages.PRIVACY, "site.legal.privacy")
                .link(LegalPages.ACCESSIBILITY_STATEMENT, "site.legal.accessibility")
                .link(LegalPages.EASY_LANGUAGE, "site.legal.easy-language")
                .link("login", "site.nav.staff-login");
        Footer footer = new Footer(legalNavigation, footerNote);
        footer.addClassName("portal-footer");

        add(skipLink, header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement newContent) {
        main.removeAll();
        main.getElement().appendChild(newContent.getElement());
        content = newContent;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        skipLink.setText(getTranslation("site.skip-to-content"));
        footerNote.setText(getTranslation("site.footer.note"));
        PageTitles.renameAfterLanguageSwitch(() -> content);
    }
}
