package de.welcomeportal.portal.site;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The start page: what the Welcome-Center does for employers, and the three ways in. */
@Route(value = "", layout = PublicLayout.class)
@RouteAlias(value = "embed", layout = EmbedLayout.class)
@AnonymousAllowed
class StartView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final PageTitles titles;
    private final H1 heading = new H1();
    private final Paragraph promise = new Paragraph();
    private final H2 servicesHeading = new H2();
    private final List<ServiceCard> cards = List.of(
            new ServiceCard("self-check", "site.start.self-check"),
            new ServiceCard("pre-check", "site.start.pre-check"),
            new ServiceCard("booking", "site.start.booking"),
            new ServiceCard("guidance", "site.start.guidance"));

    StartView(PageTitles titles) {
        this.titles = titles;
        addClassName("start-view");
        Section services = new Section(servicesHeading);
        servicesHeading.setId("services-heading");
        services.getElement().setAttribute("aria-labelledby", "services-heading");
        Div grid = new Div();
        grid.addClassName("service-cards");
        cards.forEach(card -> grid.add(card.root));
        services.add(grid);
        add(heading, promise, services);
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("site.start.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("site.start.heading"));
        promise.setText(getTranslation("site.start.promise"));
        servicesHeading.setText(getTranslation("site.start.services"));
        cards.forEach(card -> card.localize(this));
    }

    /** One service on the start page: a heading that is the link, and a sentence about it. */
    private static final class ServiceCard {
        final Div root = new Div();
        final Anchor link = new Anchor();
        final Paragraph description = new Paragraph();
        final String keyPrefix;

        ServiceCard(String path, String keyPrefix) {
            this.keyPrefix = keyPrefix;
            link.setHref(path);
            link.getElement().setAttribute("router-link", true);
            H2 title = new H2(link);
            title.addClassName("service-card-title");
            root.addClassName("service-card");
            root.add(title, description);
        }

        void localize(Div view) {
            link.setText(view.getTranslation(keyPrefix + ".title"));
            description.setText(view.getTranslation(keyPrefix + ".text"));
        }
    }
}
