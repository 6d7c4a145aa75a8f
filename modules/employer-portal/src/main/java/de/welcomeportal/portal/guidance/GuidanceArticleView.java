package de.welcomeportal.portal.guidance;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;


import de.welcomeportal.portal.site.EmbedLayout;
import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.site.PublicLayout;

/**
 * One published guidance item at a readable address ({@code /guidance/blue-card}): breadcrumbs, the text in the
 * visitor's language, the legal norms and official sources, the date it was last reviewed and the way back to the
 * self-check and to an advice appointment. Drafts and unpublished items are not found here.
 */
@Route(value = GuidanceOverviewView.ROUTE, layout = PublicLayout.class)
@RouteAlias(value = "embed/" + GuidanceOverviewView.ROUTE, layout = EmbedLayout.class)
@AnonymousAllowed
class GuidanceArticleView extends Div implements HasUrlParameter<String>, HasDynamicTitle, LocaleChangeObserver {

    private final GuidanceStore store;
    private final PageTitles titles;
    private String key = "";
    private String title = "";

    GuidanceArticleView(GuidanceStore store, PageTitles titles) {
        this.store = store;
        this.titles = titles;
        addClassName("guidance-article");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.key = parameter;
        this.title = "";
    }

    @Override
    public String getPageTitle() {
        // Vaadin may ask before the locale listener has run: then the title is looked up here
        if (title.isEmpty()) {
            Locale locale = getLocale();
            title = store.published(key).filter(item -> item.kind().isPage())
                    .map(item -> item.content().text(item.kind().titleProperty(), locale))
                    .orElseGet(() -> getTranslation("guidance.public.not-found"));
        }
        return titles.of(title);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        removeAll();
        Optional<GuidanceViews.PublishedItem> found = store.published(key).filter(item -> item.kind().isPage());
        if (found.isEmpty()) {
            title = getTranslation("guidance.public.not-found");
            Anchor overview = new Anchor(GuidanceOverviewView.ROUTE, getTranslation("guidance.public.to-overview"));
            overview.getElement().setAttribute("router-link", true);
            add(new H1(title), new Paragraph(overview));
            return;
        }
        GuidanceViews.PublishedItem item = found.get();
        ItemContent content = item.content();
        title = content.text(item.kind().titleProperty(), locale);
        add(breadcrumbs(item, locale), new H1(title));
        String summary = content.text("summary", locale);
        if (!summary.isBlank()) {
            Paragraph lead = new Paragraph(summary);
            lead.addClassName("guidance-lead");
            add(lead);
        }
        String body = content.text(item.kind() == GuidanceKind.FAQ ? "answer" : "body", locale);
        if (!body.isBlank()) {
            add(new Html("<div class=\"rich-text\">" + GuidanceStore.sanitise(body) + "</div>"));
        }
        addChecklist(content, locale);
        addAuthority(item, content, locale);
        addList("guidance.public.norms", content.values("norms"), false);
        addList("guidance.public.sources", content.values("sources"), true);
        content.lastReviewed().ifPresent(date -> add(new Paragraph(getTranslation("guidance.public.last-reviewed",
                date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))))));
        Anchor selfCheck = new Anchor("self-check", getTranslation("guidance.public.to-self-check"));
        selfCheck.getElement().setAttribute("router-link", true);
        Anchor booking = new Anchor("booking", getTranslation("guidance.public.to-booking"));
        booking.getElement().setAttribute("router-link", true);
        Section next = new Section(new H2(getTranslation("guidance.public.next")),
                new UnorderedList(new ListItem(selfCheck), new ListItem(booking)));
        next.addClassName("guidance-next");
        add(next);
    }

    private Nav breadcrumbs(GuidanceViews.PublishedItem item, Locale locale) {
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("guidance.public.breadcrumbs"));
        nav.addClassName("breadcrumbs");
        OrderedList trail = new OrderedList();
        Anchor start = new Anchor(".", getTranslation("site.nav.start"));
        start.getElement().setAttribute("router-link", true);
        Anchor overview = new Anchor(GuidanceOverviewView.ROUTE, getTranslation("guidance.public.title"));
        overview.getElement().setAttribute("router-link", true);
        trail.add(new ListItem(start), new ListItem(overview));
        if (item.topic() != null && GuidanceOverviewView.TOPICS.contains(item.topic())) {
            trail.add(new ListItem(new Span(getTranslation("guidance.topic." + item.topic()))));
        }
        Span current = new Span(item.content().text(item.kind().titleProperty(), locale));
        current.getElement().setAttribute("aria-current", "page");
        trail.add(new ListItem(current));
        nav.add(trail);
        return nav;
    }

    private void addChecklist(ItemContent content, Locale locale) {
        if (content.children().isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ItemContent.Child child : content.children()) {
            ListItem entry = new ListItem(new Span(child.text("label", locale)));
            String note = child.text("note", locale);
            if (!note.isBlank()) {
                entry.add(new Paragraph(note));
            }
            list.add(entry);
        }
        String intro = content.text("intro", locale);
        if (!intro.isBlank()) {
            add(new Paragraph(intro));
        }
        add(list);
    }

    private void addAuthority(GuidanceViews.PublishedItem item, ItemContent content, Locale locale) {
        if (item.kind() != GuidanceKind.AUTHORITY) {
            return;
        }
        UnorderedList facts = new UnorderedList();
        String address = String.join(", ", List.of(content.value("street"),
                (content.value("postcode") + " " + content.value("city")).strip()).stream()
                .filter(part -> !part.isBlank()).toList());
        fact(facts, "guidance.public.address", address);
        fact(facts, "guidance.public.phone", content.value("phone"));
        fact(facts, "guidance.public.email", content.value("email"));
        fact(facts, "guidance.public.website", content.value("website"));
        fact(facts, "guidance.public.opening-hours", content.text("openingHours", locale));
        fact(facts, "guidance.public.competence", content.text("competence", locale));
        add(facts);
    }

    private void fact(UnorderedList facts, String labelKey, String value) {
        if (!value.isBlank()) {
            facts.add(new ListItem(getTranslation(labelKey) + ": " + value));
        }
    }

    private void addList(String headingKey, List<String> values, boolean links) {
        if (values.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (String value : values) {
            if (links && value.startsWith("https://")) {
                Anchor link = new Anchor(value, value);
                link.getElement().setAttribute("rel", "noopener");
                list.add(new ListItem(link));
            } else {
                list.add(new ListItem(value));
            }
        }
        add(new Section(new H2(getTranslation(headingKey)), list));
    }
}
