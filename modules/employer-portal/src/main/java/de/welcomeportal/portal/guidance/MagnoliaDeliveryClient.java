package de.welcomeportal.portal.guidance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the guidance workspace from Magnolia's delivery endpoint ({@code $type: jcrDeliveryEndpoint_v2}, light
 * module file {@code restEndpoints/delivery/guidance_v1.yaml}) and turns every result into the {@link ContentNode}
 * that {@link SystemViewReader} makes of the same node in a bootstrap file.
 *
 * <p>The query method is paged: {@code ?lang=all&limit=<pageSize>&offset=<n>} until a page has fewer results than
 * the limit. {@code lang=all} makes Magnolia deliver every language variant ({@code title} and {@code title_de}),
 * as stored. An answer looks like
 * <pre>{"offset":0,"limit":100,"total":42,"results":[{"@name":"blue-card","@path":"/articles/pathways/blue-card",
 *   "@id":"…","@nodeType":"wp:article","title":"EU Blue Card","title_de":"Blaue Karte EU","norms":["§ 18g …"],
 *   "mgnl:lastModified":"2026-11-21T10:15:00.000+01:00","@nodes":[]}]}</pre>
 */
final class MagnoliaDeliveryClient {

    /** Stops a server that ignores {@code offset} and answers the same full page forever. */
    static final int MAX_PAGES = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_DETAIL = 160;

    private final MagnoliaProperties properties;
    private final HttpClient http;

    MagnoliaDeliveryClient(MagnoliaProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Every item of the endpoint, in the order Magnolia answers. A node that comes twice (content changed while
     * paging) is kept once; a checklist item that also comes as a result of its own is kept only inside its
     * checklist.
     *
     * @throws MagnoliaSyncException when Magnolia cannot be reached, is too slow, answers other than 200, or the
     *                               answer is not the delivery format
     */
    List<ContentNode> fetchAll() throws MagnoliaSyncException {
        Map<String, ContentNode> byPath = new LinkedHashMap<>();
        int limit = properties.pageSize();
        for (int page = 0, offset = 0; ; page++) {
            if (page >= MAX_PAGES) {
                throw new MagnoliaSyncException("Magnolia keeps answering full pages after " + MAX_PAGES
                        + " requests (" + properties.endpoint() + "); does the endpoint ignore offset?");
            }
            URI uri = pageUri(limit, offset);
            List<ContentNode> results = parsePage(uri, get(uri));
            int before = byPath.size();
            results.forEach(node -> byPath.putIfAbsent(node.path(), node));
            if (results.size() < limit) {
                break;
            }
            if (byPath.size() == before) {
                throw new MagnoliaSyncException("Magnolia answered the same items again for offset " + offset + " ("
                        + uri + "); does the endpoint ignore offset?");
            }
            offset += results.size();
        }
        return withoutNestedDuplicates(byPath);
    }

    private URI pageUri(int limit, int offset) throws MagnoliaSyncException {
        String address = properties.endpoint() + "?lang=all&limit=" + limit + "&offset=" + offset;
        try {
            return URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new MagnoliaSyncException("portal.magnolia.base-url gives no valid address: " + address, e);
        }
    }

    private String get(URI uri) throws MagnoliaSyncException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(properties.timeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new MagnoliaSyncException("Magnolia did not answer within " + readable(properties) + " (" + uri + ")", e);
        } catch (IOException e) {
            throw new MagnoliaSyncException("Magnolia cannot be reached at " + uri + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MagnoliaSyncException("the sync was interrupted while waiting for " + uri, e);
        }
        if (response.statusCode() != 200) {
            throw new MagnoliaSyncException("Magnolia answered HTTP " + response.statusCode() + " for " + uri
                    + hint(response.statusCode()));
        }
        return response.body();
    }

    private static List<ContentNode> parsePage(URI uri, String body) throws MagnoliaSyncException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new MagnoliaSyncException("Magnolia's answer for " + uri + " is not valid JSON ("
                    + shorten(e.getOriginalMessage()) + "); starts with: " + shorten(body.strip()), e);
        }
        if (root == null || !root.isObject() || !root.path("results").isArray()) {
            throw new MagnoliaSyncException("Magnolia's answer for " + uri
                    + " is not a delivery endpoint answer (no \"results\" list); starts with: " + shorten(body.strip()));
        }
        List<ContentNode> nodes = new ArrayList<>();
        int index = 0;
        for (JsonNode result : root.path("results").values()) {
            nodes.add(toNode(result, uri + " result " + index++));
        }
        return nodes;
    }

    /**
     * One node of the delivery format as {@link SystemViewReader} reads it from a file: {@code @nodeType} becomes
     * {@code jcr:primaryType}, {@code @id} {@code jcr:uuid}; every other non-{@code @} field is a property (arrays
     * are multi-valued), except the children named in {@code @nodes}, which become child nodes in that order.
     */
    static ContentNode toNode(JsonNode json, String where) throws MagnoliaSyncException {
        if (!json.isObject()) {
            throw new MagnoliaSyncException(where + " is not a node (a JSON object)");
        }
        String name = required(json, "@name", where);
        String path = required(json, "@path", where);
        String type = required(json, "@nodeType", where);
        Map<String, List<String>> properties = new LinkedHashMap<>();
        properties.put("jcr:primaryType", List.of(type));
        JsonNode id = json.get("@id");
        if (id != null && id.isString()) {
            properties.put("jcr:uuid", List.of(id.asString()));
        }
        Set<String> childNames = new LinkedHashSet<>();
        JsonNode declared = json.get("@nodes");
        if (declared != null && declared.isArray()) {
            declared.values().forEach(child -> childNames.add(child.asString()));
        }
        List<ContentNode> children = new ArrayList<>();
        for (String childName : childNames) {
            JsonNode child = json.get(childName);
            // With a limited depth Magnolia may name a child without delivering it; nothing to read then.
            if (child != null && child.isObject()) {
                children.add(toNode(child, where + " / " + childName));
            }
        }
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.startsWith("@") || childNames.contains(key) || value.isNull()) {
                continue;
            }
            if (value.isArray()) {
                List<String> values = new ArrayList<>();
                for (JsonNode element : value.values()) {
                    if (!element.isValueNode()) {
                        throw new MagnoliaSyncException(where + ": property " + key + " holds a nested structure");
                    }
                    values.add(element.asString());
                }
                properties.put(key, List.copyOf(values));
            } else if (value.isObject()) {
                // A child node that @nodes does not name (older REST versions): still a child, not a property.
                if (value.has("@path")) {
                    children.add(toNode(value, where + " / " + key));
                }
            } else {
                properties.put(key, List.of(value.asString()));
            }
        }
        return new ContentNode(name, path, type, properties, children);
    }

    private static Map<String, ContentNode> index(Map<String, ContentNode> byPath) {
        Map<String, ContentNode> all = new LinkedHashMap<>();
        byPath.values().forEach(node -> collect(node, all));
        return all;
    }

    private static void collect(ContentNode node, Map<String, ContentNode> all) {
        node.children().forEach(child -> {
            all.putIfAbsent(child.path(), child);
            collect(child, all);
        });
    }

    private static List<ContentNode> withoutNestedDuplicates(Map<String, ContentNode> byPath) {
        Map<String, ContentNode> nested = index(byPath);
        return byPath.values().stream().filter(node -> !nested.containsKey(node.path())).toList();
    }

    private static String required(JsonNode json, String field, String where) throws MagnoliaSyncException {
        JsonNode value = json.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new MagnoliaSyncException(where + " has no " + field);
        }
        return value.asString();
    }

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> " (the endpoint needs read access for the anonymous user, or bypassWorkspaceAcls)";
            case 404 -> " (is the light module employer-portal installed, and portal.magnolia.delivery-path right?)";
            default -> "";
        };
    }

    private static String readable(MagnoliaProperties properties) {
        return properties.timeout().toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_DETAIL ? oneLine : oneLine.substring(0, MAX_DETAIL) + "…";
    }
}
