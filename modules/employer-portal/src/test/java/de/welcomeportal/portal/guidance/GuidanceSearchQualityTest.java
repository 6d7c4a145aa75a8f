package de.welcomeportal.portal.guidance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import de.welcomeportal.testapp.PortalTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search quality on the real guidance of content/: each query of {@code guidance/search-queries.tsv} (German and
 * English, misspellings, compounds, plain-language questions) must have its expected article in the top 3.
 */
@SpringBootTest(classes = PortalTestApplication.class)
class GuidanceSearchQualityTest {

    @Autowired
    GuidanceIndex index;
    @Autowired
    GuidanceSearchFeed feed;

    @BeforeEach
    void indexThePublishedGuidance() {
        index.replaceAll(feed.allPublished());
    }

    @Test
    void every_query_finds_its_article_in_the_top_three() throws IOException {
        List<String[]> queries = new ArrayList<>();
        for (String line : new ClassPathResource("guidance/search-queries.tsv").getContentAsString(StandardCharsets.UTF_8)
                .lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                queries.add(line.split("\t"));
            }
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(30);
        List<String> misses = new ArrayList<>();
        for (String[] query : queries) {
            SearchResult result = index.search(new SearchQuery(query[1], Locale.forLanguageTag(query[0]), null, 1, 3));
            List<String> top = result.hits().stream().map(SearchResult.Hit::key).toList();
            if (!top.contains(query[2])) {
                misses.add(query[0] + " \"" + query[1] + "\" → " + top + " (expected " + query[2] + ")");
            }
        }
        assertThat(misses).as("queries without their article in the top 3").isEmpty();
    }
}
