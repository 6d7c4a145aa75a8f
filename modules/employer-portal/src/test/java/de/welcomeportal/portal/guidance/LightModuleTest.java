package de.welcomeportal.portal.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the Magnolia light module {@code light-modules/employer-portal} and the bootstrap files in {@code content/}
 * the way Magnolia reads them, so that a broken reference shows up in the build and not first in a Magnolia
 * instance. Every check collects all problems and names file and key.
 */
class LightModuleTest {

    static final Path REPO = Path.of("../..");
    static final Path MODULE = REPO.resolve("light-modules/employer-portal");
    static final Path CONTENT = REPO.resolve("content");
    static final String MODULE_NAME = "employer-portal";
    static final String KEY_PREFIX = MODULE_NAME + ".";
    static final String WP_NAMESPACE = "https://welcomeportal.de/jcr/wp/1.0";

    /** Definition properties whose values Magnolia translates (I18nText): they must be keys of our bundles. */
    static final Set<String> TRANSLATED_PROPERTIES = Set.of("label", "description", "title", "errorMessage");

    /** The portal's /embed/... routes (EmbedLayout) that a widget may frame. */
    static final Set<String> EMBED_ROUTES = Set.of("self-check", "pre-check", "booking", "my-case", "guidance");

    /** Where the spec puts each kind of item (workspace "guidance"). */
    static final Map<String, String> ROOT_PATHS = Map.of(
            "wp:article", "/articles", "wp:faq", "/faq", "wp:checklist", "/checklists",
            "wp:authority", "/authorities", "wp:figure", "/figures");

    private static final Pattern FTL_I18N_KEY = Pattern.compile(
            "i18n\\s*(?:\\[\\s*(['\"])(?<bracket>[^'\"]+)\\1\\s*]|\\.get\\(\\s*(['\"])(?<get>[^'\"]+)\\3)");
    private static final Pattern FTL_I18N_ANY = Pattern.compile("i18n\\s*(\\[|\\.get\\()");
    private static final Pattern FTL_INTERPOLATION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern BOOTSTRAP_NAME = Pattern.compile("[a-z][A-Za-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+\\.xml");

    static Map<Path, Object> definitions;
    static Map<String, Properties> bundles;
    static Map<String, ContentNode> contentRoots;

    @BeforeAll
    static void read() throws IOException {
        assertThat(MODULE.resolve("module.yaml")).as("light module folder (relative to the Maven module)").exists();
        definitions = new TreeMap<>();
        for (Path file : files(MODULE, ".yaml")) {
            try {
                definitions.put(file, parse(file));
            } catch (RuntimeException e) {
                // every_yaml_file_parses reports it
            }
        }
        bundles = new TreeMap<>();
        for (String language : List.of("de", "en")) {
            Path file = MODULE.resolve("i18n/" + MODULE_NAME + "-messages_" + language + ".properties");
            Properties properties = new Properties();
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
            }
            bundles.put(language, properties);
        }
        contentRoots = new TreeMap<>();
        for (Path file : files(CONTENT, ".xml")) {
            try (InputStream in = Files.newInputStream(file)) {
                contentRoots.put(file.getFileName().toString(), SystemViewReader.read(file.getFileName().toString(), in));
            } catch (RuntimeException e) {
                // content_file_names_follow_magnolias_bootstrap_convention reports it
            }
        }
    }

    // ---- YAML ------------------------------------------------------------------------------------------------

    @Test
    void every_yaml_file_parses_with_magnolias_tags() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(MODULE, ".yaml")) {
            try {
                Object root = parse(file);
                if (!(root instanceof Map<?, ?>)) {
                    problems.add(rel(file) + ": the document is not a mapping");
                }
            } catch (RuntimeException e) {
                problems.add(rel(file) + ": " + e.getMessage().replace('\n', ' '));
            }
        }
        assertThat(problems).as("YAML files that Magnolia could not read").isEmpty();
        assertThat(definitions).as("YAML files found").hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void module_descriptor_names_the_module_and_its_version() {
        Map<?, ?> descriptor = (Map<?, ?>) definitions.get(MODULE.resolve("module.yaml"));
        assertThat(descriptor.get("name")).as("module.yaml: name").isEqualTo(MODULE_NAME);
        assertThat(String.valueOf(descriptor.get("version"))).as("module.yaml: version").matches("\\d+\\.\\d+\\.\\d+");
        assertThat(descriptor.get("dependencies")).as("module.yaml: dependencies").isInstanceOf(Map.class);
    }

    @Test
    void every_template_script_exists() {
        List<String> problems = new ArrayList<>();
        definitionsUnder("templates").forEach((file, root) -> walk(root, "", (path, value) -> {
            if (path.endsWith("templateScript")) {
                String script = String.valueOf(value);
                if (!script.startsWith("/" + MODULE_NAME + "/")) {
                    problems.add(rel(file) + ": " + path + " = " + script + " is not in /" + MODULE_NAME + "/");
                } else if (!Files.isRegularFile(MODULE.resolve(script.substring(MODULE_NAME.length() + 2)))) {
                    problems.add(rel(file) + ": " + path + " = " + script + " does not exist");
                }
            }
        }));
        assertThat(problems).isEmpty();
        definitionsUnder("templates").forEach((file, root) -> assertThat(((Map<?, ?>) root).get("templateScript"))
                .as(rel(file) + ": templateScript").isNotNull());
    }

    @Test
    void every_dialog_a_template_names_exists() {
        List<String> problems = new ArrayList<>();
        definitionsUnder("templates").forEach((file, root) -> walk(root, "", (path, value) -> {
            if (path.endsWith("dialog")) {
                String reference = String.valueOf(value);
                if (!Files.isRegularFile(definitionFile(reference, "dialogs"))) {
                    problems.add(rel(file) + ": " + path + " = " + reference + " has no file " + rel(definitionFile(reference, "dialogs")));
                }
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void every_component_an_area_offers_exists_and_every_component_is_offered() {
        List<String> problems = new ArrayList<>();
        Set<String> offered = new TreeSet<>();
        definitionsUnder("templates").forEach((file, root) -> walk(root, "", (path, value) -> {
            if (path.matches(".*\\.availableComponents\\.[^.]+\\.id")) {
                String reference = String.valueOf(value);
                offered.add(reference);
                if (!Files.isRegularFile(definitionFile(reference, "templates"))) {
                    problems.add(rel(file) + ": " + path + " = " + reference + " has no file " + rel(definitionFile(reference, "templates")));
                }
            }
        }));
        definitionsUnder("templates/components").keySet().forEach(file -> {
            String id = MODULE_NAME + ":components/" + file.getFileName().toString().replace(".yaml", "");
            if (!offered.contains(id)) {
                problems.add(rel(file) + ": component " + id + " is offered in no area");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void the_widget_choices_of_the_dialog_are_the_routes_of_the_template() throws IOException {
        Map<?, ?> dialog = (Map<?, ?>) definitions.get(MODULE.resolve("dialogs/components/portal-widget.yaml"));
        Set<String> options = new TreeSet<>();
        walk(dialog, "", (path, value) -> {
            if (path.matches("form\\.properties\\.widget\\.datasource\\.options\\[\\d+]\\.value")) {
                options.add(String.valueOf(value));
            }
        });
        assertThat(options).as("dialogs/components/portal-widget.yaml: widget options").isEqualTo(EMBED_ROUTES);

        String script = Files.readString(MODULE.resolve("templates/components/portal-widget.ftl"));
        Matcher routes = Pattern.compile("\\[#assign routes = \\{(.*?)}]", Pattern.DOTALL).matcher(script);
        assertThat(routes.find()).as("templates/components/portal-widget.ftl: [#assign routes = {...}]").isTrue();
        Map<String, String> mapping = new TreeMap<>();
        Matcher entry = Pattern.compile("\"([a-z-]+)\"\\s*:\\s*\"([a-z-]+)\"").matcher(routes.group(1));
        while (entry.find()) {
            mapping.put(entry.group(1), entry.group(2));
        }
        assertThat(mapping.keySet()).as("portal-widget.ftl: widgets with a route").isEqualTo(options);
        assertThat(Set.copyOf(mapping.values())).as("portal-widget.ftl: routes under /embed/").isEqualTo(EMBED_ROUTES);
        assertThat(script).contains("/embed/${routes[widget]?url}?lang=${language?url}")
                .contains("loading=\"lazy\"")
                .contains("event.origin !== portalOrigin")
                .contains("data.type !== 'welcome-portal:resize'");
    }

    @Test
    void every_interpolation_in_a_template_script_is_escaped() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(MODULE, ".ftl")) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = FTL_INTERPOLATION.matcher(lines.get(i));
                while (m.find()) {
                    String expression = m.group(1).strip();
                    if (!expression.matches(".*\\?(html|url|js_string)")) {
                        problems.add(rel(file) + ":" + (i + 1) + ": ${" + expression + "} is not escaped (?html, ?url, ?js_string)");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    // ---- i18n --------------------------------------------------------------------------------------------------

    @Test
    void every_text_key_of_the_yaml_files_is_in_both_bundles() {
        List<String> problems = new ArrayList<>();
        definitions.forEach((file, root) -> walk(root, "", (path, value) -> {
            String property = path.substring(path.lastIndexOf('.') + 1);
            if (!TRANSLATED_PROPERTIES.contains(property) || !(value instanceof String text)
                    || file.startsWith(MODULE.resolve("contentTypes")) || file.equals(MODULE.resolve("module.yaml"))) {
                return;
            }
            if (!text.startsWith(KEY_PREFIX)) {
                problems.add(rel(file) + ": " + path + " = \"" + text + "\" is text, not a key of the message bundles");
                return;
            }
            missingIn(text).forEach(language -> problems.add(rel(file) + ": " + path + " = " + text
                    + " is missing in " + bundleName(language)));
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void every_text_key_of_the_template_scripts_is_in_both_bundles() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(MODULE, ".ftl")) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int literal = 0;
                Matcher m = FTL_I18N_KEY.matcher(line);
                while (m.find()) {
                    literal++;
                    String key = m.group("bracket") != null ? m.group("bracket") : m.group("get");
                    for (String language : missingIn(key)) {
                        problems.add(rel(file) + ":" + (i + 1) + ": " + key + " is missing in " + bundleName(language));
                    }
                }
                long uses = FTL_I18N_ANY.matcher(line).results().count();
                if (uses > literal) {
                    problems.add(rel(file) + ":" + (i + 1) + ": i18n with a computed key cannot be checked; write the key out");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void both_bundles_have_the_same_keys_every_key_is_used_and_none_is_empty() throws IOException {
        Set<String> de = bundles.get("de").stringPropertyNames();
        Set<String> en = bundles.get("en").stringPropertyNames();
        assertThat(de).as(bundleName("de")).isNotEmpty();
        List<String> problems = new ArrayList<>();
        new TreeSet<>(de).stream().filter(k -> !en.contains(k))
                .forEach(k -> problems.add(bundleName("en") + ": " + k + " is missing (it is in " + bundleName("de") + ")"));
        new TreeSet<>(en).stream().filter(k -> !de.contains(k))
                .forEach(k -> problems.add(bundleName("de") + ": " + k + " is missing (it is in " + bundleName("en") + ")"));
        bundles.forEach((language, bundle) -> bundle.stringPropertyNames().stream().sorted()
                .filter(k -> bundle.getProperty(k).isBlank())
                .forEach(k -> problems.add(bundleName(language) + ": " + k + " is empty")));

        Set<String> used = usedKeys();
        new TreeSet<>(de).stream().filter(k -> !used.contains(k))
                .forEach(k -> problems.add(bundleName("de") + ": " + k + " is used by no YAML file or template"));
        assertThat(problems).isEmpty();
    }

    // ---- content types, apps, delivery ---------------------------------------------------------------------

    @Test
    void content_types_keep_items_in_the_guidance_workspace_where_the_spec_puts_them() {
        List<String> problems = new ArrayList<>();
        contentTypes().forEach((name, type) -> {
            String file = "contentTypes/" + name + ".yaml";
            Map<?, ?> datasource = (Map<?, ?>) type.get("datasource");
            Map<?, ?> model = (Map<?, ?>) type.get("model");
            if (datasource == null || model == null) {
                problems.add(file + ": needs datasource and model");
                return;
            }
            if (!"guidance".equals(datasource.get("workspace"))) {
                problems.add(file + ": datasource.workspace = " + datasource.get("workspace") + ", expected guidance");
            }
            String nodeType = String.valueOf(model.get("nodeType"));
            String expectedRoot = ROOT_PATHS.get(nodeType);
            if (expectedRoot != null && !expectedRoot.equals(datasource.get("rootPath"))) {
                problems.add(file + ": datasource.rootPath = " + datasource.get("rootPath") + ", the spec puts " + nodeType
                        + " under " + expectedRoot);
            }
            if (nodeType.startsWith("wp:")) {
                Object namespaces = datasource.get("namespaces");
                if (!(namespaces instanceof Map<?, ?> map) || !WP_NAMESPACE.equals(map.get("wp"))) {
                    problems.add(file + ": datasource.namespaces.wp must be " + WP_NAMESPACE);
                }
                if (!Boolean.TRUE.equals(datasource.get("autoCreate"))) {
                    problems.add(file + ": datasource.autoCreate must be true so that " + nodeType + " is registered");
                }
            }
            Object properties = model.get("properties");
            if (!(properties instanceof List<?> list) || list.isEmpty()) {
                problems.add(file + ": model.properties is empty");
            } else {
                for (Object property : list) {
                    Map<?, ?> p = (Map<?, ?>) property;
                    String propertyName = String.valueOf(p.get("name"));
                    if (propertyName.endsWith("_de")) {
                        problems.add(file + ": property " + propertyName + ": declare " + propertyName.replace("_de", "")
                                + " with i18n: true instead (Magnolia stores the _de variant itself)");
                    }
                }
            }
        });
        assertThat(contentTypes().keySet()).contains("article", "faq", "checklist", "authority");
        assertThat(problems).isEmpty();
    }

    @Test
    void every_app_is_generated_from_an_existing_content_type() {
        List<String> problems = new ArrayList<>();
        definitionsUnder("apps").forEach((file, root) -> {
            String tag = root instanceof TaggedMap tagged ? tagged.tag : null;
            if (tag == null || !tag.startsWith("!content-type:")) {
                problems.add(rel(file) + ": not a !content-type:<name> app");
            } else if (!contentTypes().containsKey(tag.substring("!content-type:".length()))) {
                problems.add(rel(file) + ": " + tag + " names no file in contentTypes/");
            }
        });
        assertThat(definitionsUnder("apps")).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_delivery_endpoint_serves_what_the_portal_syncs() {
        Path file = MODULE.resolve("restEndpoints/delivery/guidance_v1.yaml");
        Map<?, ?> endpoint = (Map<?, ?>) definitions.get(file);
        assertThat(endpoint).as(rel(file)).isNotNull();
        assertThat(endpoint.get("$type")).as(rel(file) + ": $type").isEqualTo("jcrDeliveryEndpoint_v2");
        assertThat(endpoint.get("workspace")).as(rel(file) + ": workspace").isEqualTo("guidance");
        assertThat(endpoint.get("includeSystemProperties")).as(rel(file) + ": includeSystemProperties").isEqualTo(true);
        assertThat(endpoint.get("bypassWorkspaceAcls")).as(rel(file) + ": bypassWorkspaceAcls").isEqualTo(false);
        assertThat(endpoint.get("depth")).as(rel(file) + ": depth").isInstanceOf(Integer.class);
        assertThat(endpoint.get("limit")).as(rel(file) + ": limit").isInstanceOf(Integer.class);
        // The file's place gives the path /.rest/delivery/guidance/v1; the portal's default must be the same.
        assertThat("/.rest/" + endpoint.get("endpointPath")).as(rel(file) + ": endpointPath")
                .isEqualTo("/.rest/delivery/guidance/v1")
                .isEqualTo(MagnoliaProperties.of(null).deliveryPath());

        Set<String> defined = definedNodeTypes();
        List<String> problems = new ArrayList<>();
        for (String key : List.of("nodeTypes", "childNodeTypes")) {
            for (Object type : (List<?>) endpoint.get(key)) {
                if (String.valueOf(type).startsWith("wp:") && !defined.contains(type)) {
                    problems.add(rel(file) + ": " + key + " names " + type + ", which no content type defines");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat((List<Object>) endpoint.get("nodeTypes")).contains("wp:article", "wp:faq", "wp:checklist", "wp:authority", "mgnl:folder");
        assertThat((List<Object>) endpoint.get("childNodeTypes")).contains("wp:checklistItem");
    }

    // ---- content/ ----------------------------------------------------------------------------------------------

    @Test
    void content_file_names_follow_magnolias_bootstrap_convention() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (Path file : files(CONTENT, ".xml")) {
            String name = file.getFileName().toString();
            names.add(name);
            if (!BOOTSTRAP_NAME.matcher(name).matches()) {
                problems.add("content/" + name + ": not <workspace>.<dotted.path>.xml");
                continue;
            }
            ContentNode root;
            try (InputStream in = Files.newInputStream(file)) {
                root = SystemViewReader.read(name, in);
            } catch (RuntimeException e) {
                problems.add("content/" + e.getMessage());
                continue;
            }
            String[] segments = name.substring(0, name.length() - 4).split("\\.");
            String last = segments[segments.length - 1];
            if (!root.name().equals(last)) {
                problems.add("content/" + name + ": the root node is \"" + root.name() + "\", the file name says \"" + last + "\"");
            }
            if (segments.length > 2) {
                String parent = String.join(".", List.of(segments).subList(0, segments.length - 1)) + ".xml";
                if (!Files.exists(CONTENT.resolve(parent))) {
                    problems.add("content/" + name + ": its parent node has no bootstrap file " + parent);
                }
            }
        }
        assertThat(names).contains("guidance.legal.xml", "guidance.figures.xml");
        assertThat(problems).isEmpty();
    }

    @Test
    void content_uses_only_node_types_and_templates_the_light_module_defines() {
        Set<String> defined = definedNodeTypes();
        List<String> problems = new ArrayList<>();
        contentRoots.forEach((file, root) -> visit(root, node -> {
            String type = node.primaryType();
            if (type.startsWith("wp:")) {
                if (!defined.contains(type)) {
                    problems.add("content/" + file + ": " + node.path() + " is a " + type + ", which no content type in "
                            + rel(MODULE.resolve("contentTypes")) + " defines");
                }
                String root0 = ROOT_PATHS.get(type);
                if (root0 != null && !node.path().startsWith(root0 + "/")) {
                    problems.add("content/" + file + ": " + node.path() + " is a " + type + " outside of " + root0);
                }
            } else if (!type.startsWith("mgnl:")) {
                problems.add("content/" + file + ": " + node.path() + " has the node type " + type + " (only mgnl:* and wp:*)");
            }
            node.property("mgnl:template").ifPresent(template -> {
                if (!template.startsWith(MODULE_NAME + ":") || !Files.isRegularFile(definitionFile(template, "templates"))) {
                    problems.add("content/" + file + ": " + node.path() + " mgnl:template = " + template
                            + " is no template of the light module");
                }
            });
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void content_files_declare_the_wp_namespace_of_the_content_types() throws IOException, XMLStreamException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(CONTENT, ".xml")) {
            Map<String, String> declared = rootNamespaces(file);
            String content = Files.readString(file);
            if (content.contains(">wp:") && !WP_NAMESPACE.equals(declared.get("wp"))) {
                problems.add("content/" + file.getFileName() + ": uses wp: node types but declares xmlns:wp=\""
                        + declared.get("wp") + "\", expected \"" + WP_NAMESPACE + "\"");
            }
        }
        assertThat(problems).isEmpty();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** SnakeYAML with Magnolia's own tags; any other tag fails as it would in Magnolia. */
    static Object parse(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(new MagnoliaConstructor(options)).load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static final class MagnoliaConstructor extends SafeConstructor {

        MagnoliaConstructor(LoaderOptions options) {
            super(options);
            AbstractConstruct tagged = new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue();
                    return switch (node) {
                        case MappingNode mapping -> new TaggedMap(tag, constructMapping(mapping));
                        case SequenceNode sequence -> constructSequence(sequence);
                        case ScalarNode scalar -> new TaggedScalar(tag, constructScalar(scalar));
                        default -> throw new IllegalArgumentException("unexpected node " + node);
                    };
                }
            };
            for (String prefix : List.of("!content-type:", "!include:", "!inherit:", "!override")) {
                yamlMultiConstructors.put(prefix, tagged);
            }
        }
    }

    /** A mapping with a Magnolia tag, such as an app {@code !content-type:article}. */
    static final class TaggedMap extends LinkedHashMap<Object, Object> {
        final String tag;

        TaggedMap(String tag, Map<Object, Object> entries) {
            super(entries);
            this.tag = tag;
        }
    }

    record TaggedScalar(String tag, String value) {
    }

    static Map<String, Map<?, ?>> contentTypes() {
        Map<String, Map<?, ?>> types = new TreeMap<>();
        definitionsUnder("contentTypes").forEach((file, root) ->
                types.put(file.getFileName().toString().replace(".yaml", ""), (Map<?, ?>) root));
        return types;
    }

    static Set<String> definedNodeTypes() {
        Set<String> types = new TreeSet<>();
        contentTypes().values().forEach(type -> {
            Map<?, ?> model = (Map<?, ?>) type.get("model");
            if (model != null && model.get("nodeType") != null) {
                types.add(String.valueOf(model.get("nodeType")));
            }
            if (type.get("subModels") instanceof List<?> subModels) {
                subModels.forEach(sub -> types.add(String.valueOf(((Map<?, ?>) sub).get("nodeType"))));
            }
        });
        return types;
    }

    static Map<Path, Object> definitionsUnder(String folder) {
        Path base = MODULE.resolve(folder);
        Map<Path, Object> found = new TreeMap<>();
        definitions.forEach((file, root) -> {
            if (file.startsWith(base)) {
                found.put(file, root);
            }
        });
        return found;
    }

    /** {@code employer-portal:components/portal-widget} → {@code <module>/<folder>/components/portal-widget.yaml}. */
    static Path definitionFile(String reference, String folder) {
        int colon = reference.indexOf(':');
        String module = colon < 0 ? "" : reference.substring(0, colon);
        String path = reference.substring(colon + 1);
        return MODULE_NAME.equals(module) ? MODULE.resolve(folder + "/" + path + ".yaml")
                : MODULE.resolve("(not this module: " + reference + ")");
    }

    /** Calls {@code visitor} with the dotted path ({@code form.properties.widget.label}) of every scalar. */
    static void walk(Object value, String path, BiConsumer<String, Object> visitor) {
        switch (value) {
            case Map<?, ?> map -> map.forEach((key, child) ->
                    walk(child, path.isEmpty() ? String.valueOf(key) : path + "." + key, visitor));
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    walk(list.get(i), path + "[" + i + "]", visitor);
                }
            }
            case TaggedScalar scalar -> visitor.accept(path, scalar);
            case null -> {
            }
            default -> visitor.accept(path, value);
        }
    }

    static void visit(ContentNode node, java.util.function.Consumer<ContentNode> visitor) {
        visitor.accept(node);
        node.children().forEach(child -> visit(child, visitor));
    }

    static List<String> missingIn(String key) {
        return bundles.entrySet().stream().filter(e -> !e.getValue().containsKey(key)).map(Map.Entry::getKey).toList();
    }

    static Set<String> usedKeys() throws IOException {
        Set<String> used = new LinkedHashSet<>();
        definitions.values().forEach(root -> walk(root, "", (path, value) -> {
            if (value instanceof String text && text.startsWith(KEY_PREFIX)) {
                used.add(text);
            }
        }));
        for (Path file : files(MODULE, ".ftl")) {
            Matcher m = FTL_I18N_KEY.matcher(Files.readString(file));
            while (m.find()) {
                used.add(m.group("bracket") != null ? m.group("bracket") : m.group("get"));
            }
        }
        return used;
    }

    static String bundleName(String language) {
        return "i18n/" + MODULE_NAME + "-messages_" + language + ".properties";
    }

    static Map<String, String> rootNamespaces(Path file) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        Map<String, String> namespaces = new TreeMap<>();
                        for (int i = 0; i < xml.getNamespaceCount(); i++) {
                            namespaces.put(String.valueOf(xml.getNamespacePrefix(i)), xml.getNamespaceURI(i));
                        }
                        return namespaces;
                    }
                }
                return Map.of();
            } finally {
                xml.close();
            }
        }
    }

    static List<Path> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    static String rel(Path file) {
        return MODULE.relativize(file).toString();
    }
}
