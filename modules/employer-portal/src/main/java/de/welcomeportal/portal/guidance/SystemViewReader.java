package de.welcomeportal.portal.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Reads Magnolia bootstrap files: JCR System View XML ({@code sv:node}, {@code sv:property}, {@code sv:value}).
 *
 * <p>The file name carries the workspace and the parent path ({@code guidance.legal.xml} holds the node
 * {@code /legal} of the workspace {@code guidance}), exactly as Magnolia's bootstrapper reads it.
 */
final class SystemViewReader {

    static final String SV_NAMESPACE = "http://www.jcp.org/jcr/sv/1.0";

    private static final XMLInputFactory FACTORY = createFactory();

    private SystemViewReader() {
    }

    /** A bootstrap file's workspace and the path of its root node, derived from the file name. */
    record BootstrapName(String workspace, String parentPath) {

        static BootstrapName of(String fileName) {
            if (!fileName.endsWith(".xml")) {
                throw new IllegalArgumentException("not a bootstrap file (must end in .xml): " + fileName);
            }
            String[] segments = fileName.substring(0, fileName.length() - 4).split("\\.");
            if (segments.length < 2 || List.of(segments).stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException(
                        "bootstrap file names are <workspace>.<dotted.path>.xml, got: " + fileName);
            }
            StringBuilder parent = new StringBuilder();
            for (int i = 1; i < segments.length - 1; i++) {
                parent.append('/').append(segments[i]);
            }
            return new BootstrapName(segments[0], parent.isEmpty() ? "/" : parent.toString());
        }
    }

    /**
     * Parses one file.
     *
     * @throws ContentFileException with the line number when the XML is malformed or not a system view
     */
    static ContentNode read(String fileName, InputStream in) {
        BootstrapName name = BootstrapName.of(fileName);
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            return parse(fileName, name, xml);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new ContentFileException(fileName, line, e.getMessage(), e);
        } finally {
            closeQuietly(xml);
        }
    }

    private static ContentNode parse(String fileName, BootstrapName name, XMLStreamReader xml)
            throws XMLStreamException {
        Deque<NodeBuilder> open = new ArrayDeque<>();
        ContentNode root = null;
        String property = null;
        List<String> values = null;
        StringBuilder text = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                requireSystemView(fileName, xml);
                switch (xml.getLocalName()) {
                    case "node" -> {
                        String nodeName = requiredAttribute(fileName, xml, "name");
                        String parentPath = open.isEmpty() ? name.parentPath() : open.peek().path;
                        open.push(new NodeBuilder(nodeName, join(parentPath, nodeName)));
                    }
                    case "property" -> {
                        if (open.isEmpty()) {
                            throw error(fileName, xml, "sv:property outside of an sv:node");
                        }
                        property = requiredAttribute(fileName, xml, "name");
                        values = new ArrayList<>();
                    }
                    case "value" -> {
                        if (values == null) {
                            throw error(fileName, xml, "sv:value outside of an sv:property");
                        }
                        text = new StringBuilder();
                    }
                    default -> throw error(fileName, xml, "unexpected element sv:" + xml.getLocalName());
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (text != null) {
                    text.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "value" -> {
                        values.add(text.toString());
                        text = null;
                    }
                    case "property" -> {
                        open.peek().properties.put(property, List.copyOf(values));
                        property = null;
                        values = null;
                    }
                    case "node" -> {
                        ContentNode done = open.pop().build(fileName, xml);
                        if (open.isEmpty()) {
                            root = done;
                        } else {
                            open.peek().children.add(done);
                        }
                    }
                    default -> {
                        // unreachable: start elements were checked above
                    }
                }
            }
        }
        if (root == null) {
            throw new ContentFileException(fileName, 1, "no sv:node found", null);
        }
        return root;
    }

    private static void requireSystemView(String fileName, XMLStreamReader xml) throws ContentFileException {
        if (!SV_NAMESPACE.equals(xml.getNamespaceURI())) {
            throw error(fileName, xml, "element <" + xml.getName() + "> is not in the JCR system view namespace "
                    + SV_NAMESPACE);
        }
    }

    private static String requiredAttribute(String fileName, XMLStreamReader xml, String attribute) {
        String value = xml.getAttributeValue(SV_NAMESPACE, attribute);
        if (value == null || value.isBlank()) {
            throw error(fileName, xml, "sv:" + xml.getLocalName() + " needs an sv:" + attribute + " attribute");
        }
        return value;
    }

    private static ContentFileException error(String fileName, XMLStreamReader xml, String message) {
        return new ContentFileException(fileName, xml.getLocation().getLineNumber(), message, null);
    }

    private static String join(String parent, String child) {
        return parent.endsWith("/") ? parent + child : parent + "/" + child;
    }

    private static void closeQuietly(@Nullable XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release that matters
            }
        }
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // Content files come from editors and other systems: never resolve external entities (XXE).
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException notSupported) {
            // DTDs are off already; the property is only a second lock
        }
        return factory;
    }

    private static final class NodeBuilder {
        final String name;
        final String path;
        final Map<String, List<String>> properties = new LinkedHashMap<>();
        final List<ContentNode> children = new ArrayList<>();

        NodeBuilder(String name, String path) {
            this.name = name;
            this.path = path;
        }

        ContentNode build(String fileName, XMLStreamReader xml) {
            List<String> type = properties.getOrDefault("jcr:primaryType", List.of());
            if (type.isEmpty()) {
                throw error(fileName, xml, "node " + path + " has no jcr:primaryType");
            }
            return new ContentNode(name, path, type.getFirst(), properties, children);
        }
    }

}
