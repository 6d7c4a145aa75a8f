package de.welcomeportal.portal.selfcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.welcomeportal.portal.selfcheck.rules.SelfCheckCase;
import de.welcomeportal.portal.webapi.ApiRequests;

/** The worked cases of {@code shared/testdata/self-check-cases.json}, by id, read the way the API reads requests. */
final class WorkedCases {

    static final Path FILE = Path.of("../../../shared/testdata/self-check-cases.json");
    private static final Map<String, JsonNode> BY_ID = load();

    private WorkedCases() {
    }

    static Map<String, JsonNode> all() {
        return BY_ID;
    }

    /** The request of a worked case as the engine sees it after the API has read and validated it. */
    static SelfCheckCase selfCheckCase(ApiRequests requests, String id) {
        JsonNode workedCase = BY_ID.get(id);
        if (workedCase == null) {
            throw new IllegalArgumentException("no worked case " + id);
        }
        byte[] body = workedCase.get("request").toString().getBytes(StandardCharsets.UTF_8);
        return requests.read(body, SelfCheckRequest.class, Locale.GERMAN).toCase(LocalDate.now());
    }

    private static Map<String, JsonNode> load() {
        if (!Files.exists(FILE)) {
            throw new IllegalStateException(FILE.toAbsolutePath().normalize()
                    + " is missing: shared/ must lie beside the checkout");
        }
        try {
            Map<String, JsonNode> cases = new LinkedHashMap<>();
            JsonMapper.builder().build().readTree(Files.readString(FILE))
                    .forEach(node -> cases.put(node.get("id").asString(), node));
            return Map.copyOf(cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
