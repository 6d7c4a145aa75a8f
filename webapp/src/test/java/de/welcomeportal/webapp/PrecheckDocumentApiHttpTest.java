package de.welcomeportal.webapp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supporting documents through the API: the file is the body, its type is read from its first bytes, and whatever
 * is refused (wrong type, empty, too large, wrong token, too many) leaves neither a row nor a file behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:precheck-documents-api;DB_CLOSE_DELAY=-1",
        "portal.api.requests-per-window=100000", "portal.precheck.max-document-bytes=4096",
        "portal.precheck.max-documents=2"})
class PrecheckDocumentApiHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${portal.data-directory:./data}")
    Path dataDirectory;

    @Test
    void a_document_is_stored_and_everything_refused_leaves_nothing_behind() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/prechecks", "application/json",
                PrecheckApiHttpTest.validApplication().toString().getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode submission = JSON.readTree(created.body());
        String reference = submission.get("reference").asString();
        String caseLink = submission.get("caseLink").asString();
        String token = caseLink.substring(caseLink.indexOf("token=") + 6);
        String documents = "/api/v1/prechecks/" + reference + "/documents?token=" + token;

        HttpResponse<String> stored = send("POST", documents + "&name=Arbeitsvertrag.pdf", "application/pdf", PDF);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        JsonNode document = JSON.readTree(stored.body()).get("documents").get(0);
        assertThat(document.get("fileName").asString()).isEqualTo("Arbeitsvertrag.pdf");
        assertThat(document.get("contentType").asString()).isEqualTo("application/pdf");
        int rows = rows();
        long files = files();

        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(send("POST", documents + "&name=vertrag.pdf", "application/pdf", html), 400, "documents[0]");
        assertRefused(send("POST", documents, "application/octet-stream", new byte[0]), 400, "documents[0]");
        byte[] tooLarge = Arrays.copyOf(PDF, 4097);
        assertRefused(send("POST", documents, "application/pdf", tooLarge), 413, null);
        assertRefused(send("POST", "/api/v1/prechecks/" + reference + "/documents?token=" + "A".repeat(43),
                "application/pdf", PDF), 404, null);
        assertRefused(send("POST", documents, "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 415, null);
        assertThat(rows()).isEqualTo(rows);
        assertThat(files()).isEqualTo(files);

        assertThat(send("POST", documents, "image/png", PDF).statusCode()).as("the declared type does not matter")
                .isEqualTo(201);
        assertRefused(send("POST", documents, "application/pdf", PDF), 400, "documents");
        assertThat(rows()).isEqualTo(rows + 1);
        assertThat(files()).isEqualTo(files + 1);
    }

    private void assertRefused(HttpResponse<String> answer, int status, String field) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        if (field != null) {
            assertThat(JSON.readTree(answer.body()).get("errors").get(0).get("field").asString()).isEqualTo(field);
        }
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from precheck_document", Integer.class);
    }

    private long files() throws Exception {
        Path folder = dataDirectory.resolve("documents");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.count();
        }
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", contentType).header("Accept-Language", "de")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
