package de.welcomeportal.portal.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the search index in step with the published guidance: every publication in this node is indexed right
 * after its commit; publications of other nodes are noticed within seconds through the store's content version,
 * and then the index is rebuilt from the store. ({@code portal.guidance.index-from-store=false} leaves the index to
 * another {@link SearchDocumentSource}, e.g. a host application's own.)
 */
@Component
@ConditionalOnProperty(name = "portal.guidance.index-from-store", havingValue = "true", matchIfMissing = true)
class GuidanceSearchFeed implements SearchDocumentSource {

    private static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);
    private static final Logger log = LoggerFactory.getLogger(GuidanceSearchFeed.class);

    private final GuidanceStore store;
    private final GuidanceIndex index;
    private volatile long indexedVersion = -1;

    GuidanceSearchFeed(GuidanceStore store, GuidanceIndex index) {
        this.store = store;
        this.index = index;
    }

    @Override
    public List<SearchDocument> allPublished() {
        long version = store.contentVersion();
        List<SearchDocument> documents = new ArrayList<>();
        store.allPublished().stream().filter(item -> item.kind().isPage())
                .forEach(item -> documents.addAll(documents(item)));
        indexedVersion = version;
        return documents;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(GuidanceStore.ContentChanged changed) {
        store.published(changed.key()).filter(item -> item.kind().isPage()).ifPresentOrElse(
                item -> index.put(item.key(), documents(item)),
                () -> index.remove(changed.key()));
    }

    /** Another node published something: its content version is ahead of what this index was built from. */
    @Scheduled(initialDelay = 5, fixedDelay = 2, timeUnit = TimeUnit.SECONDS)
    void catchUp() {
        try {
            long version = store.contentVersion();
            if (version != indexedVersion) {
                index.replaceAll(allPublished());
                log.debug("Search index rebuilt at content version {}", version);
            }
        } catch (RuntimeException e) {
            log.warn("Search index could not catch up with the store: {}", e.toString());
        }
    }

    static List<SearchDocument> documents(GuidanceViews.PublishedItem item) {
        List<SearchDocument> documents = new ArrayList<>();
        ItemContent content = item.content();
        for (Locale language : LANGUAGES) {
            String title = content.text(item.kind().titleProperty(), language);
            if (title.isBlank()) {
                continue;
            }
            StringBuilder body = new StringBuilder(text(content.text(
                    item.kind() == GuidanceKind.FAQ ? "answer" : "body", language)));
            for (ItemContent.Child child : content.children()) {
                body.append(' ').append(child.text("label", language)).append(' ').append(child.text("note", language));
            }
            if (item.kind() == GuidanceKind.AUTHORITY) {
                body.append(' ').append(content.value("city")).append(' ')
                        .append(content.text("openingHours", language));
            }
            String summary = switch (item.kind()) {
                case CHECKLIST -> content.text("intro", language);
                case AUTHORITY -> content.text("competence", language);
                default -> content.text("summary", language);
            };
            String topic = item.topic() != null ? item.topic() : content.value("topic");
            String url = item.kind() == GuidanceKind.LEGAL ? "/" + item.key() : "/guidance/" + item.key();
            documents.add(new SearchDocument(item.key(), item.kind().key(), topic, language, title, summary,
                    body.toString().strip(), content.list("keywords", language), url,
                    content.lastReviewed().orElse(null)));
        }
        return documents;
    }

    private static String text(String html) {
        return html.isBlank() ? "" : Jsoup.parse(html).text();
    }
}
