package de.welcomeportal.portal.guidance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import de.welcomeportal.testapp.PortalTestApplication;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/v1/guidance/search} in the running portal, fed by a test source of published guidance. */
@SpringBootTest(classes = PortalTestApplication.class, properties = "portal.guidance.index-from-store=false")
@Import(GuidanceSearchApiTest.PublishedGuidance.class)
class GuidanceSearchApiTest {

    @TestConfiguration
    static class PublishedGuidance {
        @Bean
        SearchDocumentSource testGuidance() {
            return () -> GuidanceIndexTest.DOCUMENTS;
        }
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    GuidanceIndex index;
    @Autowired
    SearchDocumentSource source;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        // the index folder under target/test-data outlives test runs: start from the test's documents
        index.replaceAll(source.allPublished());
    }

    @Test
    void hits_with_snippets_topic_counts_and_a_suggestion() throws Exception {
        mvc.perform(get(GuidanceSearchApi.PATH).param("q", "Anerkenung").param("lang", "de"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.query").value("Anerkenung"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.hits[0].key").value("recognition"))
                .andExpect(jsonPath("$.hits[0].kind").value("article"))
                .andExpect(jsonPath("$.hits[0].topic").value("procedures"))
                .andExpect(jsonPath("$.hits[0].title").value("Anerkennung ausländischer Berufsqualifikationen"))
                .andExpect(jsonPath("$.hits[0].url").value("/guidance/recognition"))
                .andExpect(jsonPath("$.hits[0].snippetHtml").value(containsString("<mark>Anerkennung</mark>")))
                .andExpect(jsonPath("$.hits[0].score").isNumber())
                .andExpect(jsonPath("$.topics.procedures").value(2))
                .andExpect(jsonPath("$.topics.settling").value(1))
                .andExpect(jsonPath("$.didYouMean").value("anerkennung"));
    }

    @Test
    void the_topic_filter_and_paging_leave_the_topic_counts_alone() throws Exception {
        mvc.perform(get(GuidanceSearchApi.PATH).param("q", "Anerkennung").param("lang", "de")
                        .param("topic", "procedures").param("size", "1").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.hits.length()").value(1))
                .andExpect(jsonPath("$.hits[0].topic").value("procedures"))
                .andExpect(jsonPath("$.topics.settling").value(1))
                .andExpect(jsonPath("$.didYouMean").value(nullValue()));
    }

    @Test
    void snippets_never_carry_markup_of_the_content() throws Exception {
        mvc.perform(get(GuidanceSearchApi.PATH).param("q", "Führerschein umschreiben").param("lang", "de"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].key").value("driving-licence"))
                .andExpect(jsonPath("$.hits[0].snippetHtml").value(not(containsString("<script"))));
    }

    @Test
    void english_by_parameter_or_by_accept_language() throws Exception {
        mvc.perform(get(GuidanceSearchApi.PATH).param("q", "How long does recognition take").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].key").value("recognition"))
                .andExpect(jsonPath("$.hits[0].title").value("Recognition of foreign qualifications"));
        mvc.perform(get(GuidanceSearchApi.PATH).param("q", "workers").header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.hits[*].key", hasItems("blue-card", "language-courses")));
        mvc.perform(get(GuidanceSearchApi.PATH).param("q", "Blue Krad").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].key").value("blue-card"));
    }

    @Test
    void a_missing_query_is_a_problem() throws Exception {
        mvc.perform(get(GuidanceSearchApi.PATH).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://welcomeportal.de/problems/invalid-request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.instance").value(GuidanceSearchApi.PATH))
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].code").value("NotBlank"))
                .andExpect(jsonPath("$.errors[0].message").value("Please fill this in."));
    }

    @Test
    void a_blank_or_too_long_query_is_a_problem() throws Exception {
        mvc.perform(get(GuidanceSearchApi.PATH).param("q", "   ").param("lang", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].code").value("NotBlank"))
                .andExpect(jsonPath("$.errors[0].message").value("Bitte ausfüllen."));
        mvc.perform(get(GuidanceSearchApi.PATH).param("q", "Anerkennung ".repeat(20)).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].code").value("Size"));
    }

    @Test
    void paging_out_of_range_is_a_problem() throws Exception {
        mvc.perform(get(GuidanceSearchApi.PATH).param("q", "Anerkennung").param("size", "0").param("page", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].code").value("Max"))
                .andExpect(jsonPath("$.errors[1].field").value("size"))
                .andExpect(jsonPath("$.errors[1].code").value("Min"));
        mvc.perform(get(GuidanceSearchApi.PATH).param("q", "Anerkennung").param("page", "first"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void the_search_is_in_the_openapi_document() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/guidance/search'].get.summary")
                        .value("Search the published guidance"));
    }
}
