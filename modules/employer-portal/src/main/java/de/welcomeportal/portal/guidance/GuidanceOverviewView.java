package de.welcomeportal.portal.guidance;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.textfield.TextField;
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

import org.jspecify.annotations.Nullable;

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
    private final GuidanceIndex index;
    private final PageTitles titles;
    private final Div intro = new Div();
    private final TextField query = new TextField();
    private final Button search = new Button();
    private final Section results = new Section();
    private final Div content = new Div();
    private @Nullable String topic;
    private Locale locale = Locale.GERMAN;

    GuidanceOverviewView(GuidanceStore store, GuidanceIndex index, PageTitles titles) {
        this.store = store;
        this.index = index;
        this.titles = titles;
        addClassName("guidance-overview");
        query.setMaxLength(200);
        query.setClearButtonVisible(true);
        query.addKeyPressListener(Key.ENTER, press -> search(null));
        search.addClickListener(click -> search(null));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(query, search);
        form.addClassName("guidance-search");
        form.getElement().setAttribute("role", "search");
        results.getElement().setAttribute("aria-live", "polite");
        results.addClassName("guidance-results");
        add(intro, form, results, content);
    }

    /** Searches the published guidance; {@code topicFilter} narrows the hits to one topic. */
    void search(@Nullable String topicFilter) {
        results.removeAll();
        String text = query.getValue().strip();
        if (text.isEmpty()) {
            return;
        }
        topic = topicFilter;
        SearchResult result = index.search(new SearchQuery(text, locale, topicFilter, 1, 10));
        results.add(new H2(getTranslation("guidance.search.results", result.total(), text)));
        if (result.didYouMean() != null) {
            String suggestion = result.didYouMean();
            Button alternative = new Button(getTranslation("guidance.search.did-you-mean", suggestion), click -> {
                query.setValue(suggestion);
                search(null);
            });
            alternative.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            results.add(new Paragraph(alternative));
        }
        if (!result.topics().isEmpty()) {
            Div facets = new Div();
            facets.addClassName("guidance-facets");
            facets.getElement().setAttribute("role", "group");
            facets.getElement().setAttribute("aria-label", getTranslation("guidance.search.topics"));
            Button all = new Button(getTranslation("guidance.search.all-topics"), click -> search(null));
            all.getElement().setAttribute("aria-pressed", String.valueOf(topicFilter == null));
            facets.add(all);
            result.topics().forEach((name, count) -> {
                Button facet = new Button(getTranslation("guidance.search.topic", topicName(name), count),
                        click -> search(name));
                facet.getElement().setAttribute("aria-pressed", String.valueOf(name.equals(topicFilter)));
                facets.add(facet);
            });
            results.add(facets);
        }
        OrderedList hits = new OrderedList();
        for (SearchResult.Hit hit : result.hits()) {
            Anchor link = new Anchor(hit.url().startsWith("/") ? hit.url().substring(1) : hit.url(), hit.title());
            link.getElement().setAttribute("router-link", true);
            ListItem entry = new ListItem(link);
            if (!hit.snippetHtml().isBlank()) {
                // the index escapes the text and adds nothing but <mark>
                entry.add(new Html("<p class=\"guidance-snippet\">" + hit.snippetHtml() + "</p>"));
            }
            hits.add(entry);
        }
        if (result.hits().isEmpty()) {
            results.add(new Paragraph(getTranslation("guidance.search.none")));
        } else {
            results.add(hits);
        }
    }

    private String topicName(String name) {
        return TOPICS.contains(name) ? getTranslation("guidance.topic." + name) : getTranslation("guidance.search.other");
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("guidance.public.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        locale = event.getLocale();
        intro.removeAll();
        intro.add(new H1(getTranslation("guidance.public.title")), new Paragraph(getTranslation(
                "guidance.public.intro")));
        query.setLabel(getTranslation("guidance.search.label"));
        query.setHelperText(getTranslation("guidance.search.help"));
        search.setText(getTranslation("guidance.search.button"));
        search(topic);
        content.removeAll();
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
