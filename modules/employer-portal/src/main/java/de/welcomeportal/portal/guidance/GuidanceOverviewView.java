package de.welcomeportal.portal.guidance;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import de.welcomeportal.portal.site.EmbedLayout;
import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.site.PublicLayout;

/** The guidance for employers: the published articles by topic and the frequent questions. */
@Route(value = GuidanceOverviewView.ROUTE, layout = PublicLayout.class)
@RouteAlias(value = "embed/" + GuidanceOverviewView.ROUTE, layout = EmbedLayout.class)
@AnonymousAllowed
class GuidanceOverviewView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "guidance";
    static final List<String> TOPICS = List.of("pathways", "procedures", "refugees", "settling");

    private final GuidanceStore store;
    private final PageTitles titles;
    private final Div content = new Div();

    GuidanceOverviewView(GuidanceStore store, PageTitles titles) {
        this.store = store;
        this.titles = titles;
        addClassName("guidance-overview");
        add(content);
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("guidance.public.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        content.removeAll();
        content.add(new H1(getTranslation("guidance.public.title")), new Paragraph(getTranslation(
                "guidance.public.intro")));
        List<GuidanceViews.PublishedItem> published = store.allPublished();
        for (String topic : TOPICS) {
            List<GuidanceViews.PublishedItem> articles = published.stream()
                    .filter(item -> item.kind() == GuidanceKind.ARTICLE && topic.equals(item.topic()))
                    .sorted(Comparator.comparing(item -> item.content().text("title", locale)))
                    .toList();
            if (articles.isEmpty()) {
                continue;
            }
            UnorderedList list = new UnorderedList();
            for (GuidanceViews.PublishedItem article : articles) {
                Anchor link = new Anchor(ROUTE + "/" + article.key(), article.content().text("title", locale));
                link.getElement().setAttribute("router-link", true);
                ListItem entry = new ListItem(link);
                String summary = article.content().text("summary", locale);
                if (!summary.isBlank()) {
                    entry.add(new Paragraph(summary));
                }
                list.add(entry);
            }
            Section section = new Section(new H2(getTranslation("guidance.topic." + topic)), list);
            section.addClassName("guidance-topic");
            content.add(section);
        }
        List<GuidanceViews.PublishedItem> questions = published.stream()
                .filter(item -> item.kind() == GuidanceKind.FAQ)
                .sorted(Comparator.comparing(item -> item.content().text("question", locale)))
                .toList();
        if (!questions.isEmpty()) {
            UnorderedList list = new UnorderedList();
            questions.forEach(question -> {
                Anchor link = new Anchor(ROUTE + "/" + question.key(), question.content().text("question", locale));
                link.getElement().setAttribute("router-link", true);
                list.add(new ListItem(link));
            });
            content.add(new Section(new H2(getTranslation("guidance.public.faq")), list));
        }
    }
}
