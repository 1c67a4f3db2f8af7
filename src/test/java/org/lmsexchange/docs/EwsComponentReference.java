package org.lmsexchange.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The generated parts of docs/ews-component.md: the component options, the endpoint options and the message headers,
 * as tables in the layout of Camel's component pages (name and group, description, default, type), written from the
 * component's metadata (ews.json, which camel-component-maven-plugin generates from the annotations). Each part sits
 * between two markers in the page, {@code <!-- ews.json: NAME START -->} and {@code <!-- ews.json: NAME END -->}.
 * <p>
 * After changing an option or a header (and {@code mvn -B -q -o process-classes}), rewrite the page's tables with
 * {@code mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lmsexchange.docs.EwsComponentReference}; {@code EwsComponentReferenceTest} fails until then.
 */
public final class EwsComponentReference {

    static final Path PAGE = Path.of("docs", "ews-component.md");
    static final String REGENERATE = "mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:java -Dexec.classpathScope=test "
            + "-Dexec.mainClass=" + EwsComponentReference.class.getName();

    private final JsonNode metadata;

    private EwsComponentReference(JsonNode metadata) {
        this.metadata = metadata;
    }

    /** The metadata Camel itself finds for the ews scheme (wherever the component's package puts ews.json). */
    static EwsComponentReference fromCamelCatalog() throws IOException {
        CatalogCamelContext context = new DefaultCamelContext();
        String json = context.getComponentParameterJsonSchema("ews");
        if (json == null) {
            throw new IllegalStateException("no ews.json on the classpath: run mvn -B -q -o process-classes");
        }
        return new EwsComponentReference(new ObjectMapper().readTree(json));
    }

    /** Every generated part of the page, by marker name, in page order. */
    Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("component options", componentOptions());
        parts.put("endpoint options", endpointOptions());
        parts.put("message headers", messageHeaders());
        return parts;
    }

    /** The operations a producer offers, as the metadata lists them. */
    List<String> operations() {
        return texts(metadata.path("properties").path("operation").path("enum"));
    }

    private String title() {
        return metadata.path("component").path("title").asText();
    }

    private String componentOptions() {
        List<Map.Entry<String, JsonNode>> options = entries(metadata.path("componentProperties"));
        return "The " + title() + " component supports " + options.size() + " options, which are listed below.\n\n"
                + table(options, false);
    }

    private String endpointOptions() {
        List<Map.Entry<String, JsonNode>> path = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> query = new ArrayList<>();
        for (Map.Entry<String, JsonNode> option : entries(metadata.path("properties"))) {
            (option.getValue().path("kind").asText().equals("path") ? path : query).add(option);
        }
        return "The " + title() + " endpoint is configured using URI syntax:\n\n"
                + "```\n" + metadata.path("component").path("syntax").asText() + "\n```\n\n"
                + "With the following path and query parameters:\n\n"
                + "### Path Parameters (" + path.size() + " parameters)\n\n" + table(path, false) + "\n"
                + "### Query Parameters (" + query.size() + " parameters)\n\n" + table(query, false);
    }

    private String messageHeaders() {
        List<Map.Entry<String, JsonNode>> headers = entries(metadata.path("headers"));
        return "The " + title() + " component supports " + headers.size()
                + " message headers, which are listed below:\n\n" + table(headers, true);
    }

    private static String table(List<Map.Entry<String, JsonNode>> rows, boolean headers) {
        StringBuilder table = new StringBuilder("| Name | Description | Default | Type |\n|---|---|---|---|\n");
        for (Map.Entry<String, JsonNode> row : rows) {
            JsonNode option = row.getValue();
            table.append("| ").append(name(row.getKey(), option, headers))
                    .append(" | ").append(description(option))
                    .append(" | ").append(option.has("defaultValue") ? "`" + option.path("defaultValue").asText() + "`" : "")
                    .append(" | ").append(simpleType(option.path("javaType").asText()))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** As Camel's pages show it: the name in bold, its group, and for a header the constant that holds its name. */
    private static String name(String name, JsonNode option, boolean header) {
        String cell = "**" + name + "** (" + option.path("group").asText() + ")";
        if (header && option.has("constantName")) {
            String constant = option.path("constantName").asText();
            cell += "<br>Constant: `" + constant.substring(constant.indexOf('#') + 1) + "`";
        }
        return cell;
    }

    private static String description(JsonNode option) {
        StringBuilder text = new StringBuilder();
        if (option.path("required").asBoolean()) {
            text.append("*Required* ");
        }
        text.append(option.path("description").asText());
        List<String> values = texts(option.path("enum"));
        if (!values.isEmpty()) {
            text.append(" Enum values: ").append(String.join(", ", values.stream().map(v -> "`" + v + "`").toList()))
                    .append('.');
        }
        return text.toString().replace("|", "\\|").replace("\n", " ");
    }

    /** Camel's pages show the simple type name: String, long, EwsOperation, Map. */
    private static String simpleType(String javaType) {
        String raw = javaType.contains("<") ? javaType.substring(0, javaType.indexOf('<')) : javaType;
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode object) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        object.fields().forEachRemaining(entries::add);
        return entries;
    }

    private static List<String> texts(JsonNode array) {
        Iterator<JsonNode> values = array.elements();
        return StreamSupport.stream(((Iterable<JsonNode>) () -> values).spliterator(), false).map(JsonNode::asText).toList();
    }

    /** The text between a part's markers in the page, or null when the page has no such markers. */
    static String partOf(String page, String name) {
        int start = page.indexOf(startMarker(name));
        int end = page.indexOf(endMarker(name));
        if (start < 0 || end < start) {
            return null;
        }
        return page.substring(start + startMarker(name).length(), end).strip() + "\n";
    }

    private static String startMarker(String name) {
        return "<!-- ews.json: " + name + " START -->";
    }

    private static String endMarker(String name) {
        return "<!-- ews.json: " + name + " END -->";
    }

    /** Rewrites the generated parts of docs/ews-component.md from the component's metadata. */
    public static void main(String[] args) throws IOException {
        String page = Files.readString(PAGE);
        for (Map.Entry<String, String> part : fromCamelCatalog().parts().entrySet()) {
            String name = part.getKey();
            if (partOf(page, name) == null) {
                throw new IllegalStateException(PAGE + " has no markers for " + name + ": " + startMarker(name));
            }
            int start = page.indexOf(startMarker(name)) + startMarker(name).length();
            page = page.substring(0, start) + "\n" + part.getValue() + page.substring(page.indexOf(endMarker(name)));
        }
        Files.writeString(PAGE, page);
        System.out.println("Rewrote the generated tables of " + PAGE);
    }
}
