package de.welcomeportal.webapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The assembled portal over real HTTP: pages, languages, compression, framing, actuator, staff area. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:http-test;DB_CLOSE_DELAY=-1",
        "portal.site.frame-ancestors=https://cms.example.org,https://www.kreis-lippe.de"})
class PortalHttpTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void the_start_page_answers_in_german_by_default() throws Exception {
        HttpResponse<String> response = get("/", "Accept-Language", "de-DE,de;q=0.9");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"de\"");
        assertThat(get("/").body()).as("no Accept-Language at all").contains("<html lang=\"de\"");
    }

    @Test
    void english_comes_from_the_browser_or_the_lang_parameter() throws Exception {
        assertThat(get("/", "Accept-Language", "en-GB,en;q=0.9").body()).contains("<html lang=\"en\"");
        assertThat(get("/", "Accept-Language", "fr-FR,en;q=0.5,de;q=0.4").body()).contains("<html lang=\"en\"");
        assertThat(get("/?lang=en", "Accept-Language", "de").body()).contains("<html lang=\"en\"");
        assertThat(get("/?lang=tr", "Accept-Language", "tr").body()).contains("<html lang=\"de\"");
    }

    @Test
    void responses_are_compressed() throws Exception {
        HttpResponse<byte[]> response = http.send(request("/").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    @Test
    void only_the_configured_cms_may_frame_the_embed_routes() throws Exception {
        HttpResponse<String> embed = get("/embed");
        assertThat(embed.statusCode()).isEqualTo(200);
        assertThat(embed.headers().firstValue("Content-Security-Policy"))
                .contains("frame-ancestors 'self' https://cms.example.org https://www.kreis-lippe.de");
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();

        HttpResponse<String> page = get("/");
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains("frame-ancestors 'self'");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
    }

    @Test
    void actuator_shows_health_and_info_only() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/loggers"}) {
            assertThat(get(hidden).statusCode()).as(hidden).isNotEqualTo(200);
        }
    }

    @Test
    void the_staff_area_redirects_anonymous_visitors_to_the_login() throws Exception {
        for (String path : new String[] {"/staff", "/admin/accounts", "/admin/audit"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        assertThat(get("/").headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).contains("JSESSIONID", "HttpOnly", "SameSite=Lax"));
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }
}
