package de.welcomeportal.portal.site;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An online service that is announced in the navigation but not open yet: says so plainly and tells the
 * employer how to reach the Welcome-Center meanwhile. A feature's own route (e.g. {@code self-check}) takes
 * precedence over this template as soon as it exists; then its name is taken out of the pattern below.
 */
@Route(value = ":" + UpcomingServiceView.SERVICE + "(guidance)",
        layout = PublicLayout.class)
@RouteAlias(value = "embed/:" + UpcomingServiceView.SERVICE + "(guidance)",
        layout = EmbedLayout.class)
@AnonymousAllowed
class UpcomingServiceView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final String SERVICE = "service";

    private final PageTitles titles;
    private final SiteProperties site;
    private final H1 heading = new H1();
    private final Paragraph status = new Paragraph();
    private final Paragraph contact = new Paragraph();
    private String service = "pre-check";

    UpcomingServiceView(PageTitles titles, SiteProperties site) {
        this.titles = titles;
        this.site = site;
        add(heading, status, contact);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        service = event.getRouteParameters().get(SERVICE).orElse("pre-check");
        localize();
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("site.nav." + service));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
    }

    private void localize() {
        heading.setText(getTranslation("site.nav." + service));
        status.setText(getTranslation("site.upcoming.status"));
        contact.removeAll();
        contact.add(getTranslation("site.upcoming.contact") + " ");
        if (site.contactEmail() != null) {
            contact.add(new Anchor("mailto:" + site.contactEmail(), site.contactEmail()));
            contact.add(" ");
        }
        if (site.contactPhone() != null) {
            contact.add(new Anchor("tel:" + site.contactPhone().replaceAll("[^+0-9]", ""), site.contactPhone()));
            contact.add(" ");
        }
        Anchor imprint = new Anchor(LegalPages.IMPRINT, getTranslation("site.upcoming.see-imprint"));
        imprint.getElement().setAttribute("router-link", true);
        contact.add(imprint);
    }
}
