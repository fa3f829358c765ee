package dev.zmqstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The topology file format as a reader wants it: every field of every part of the published JSON Schema with its
 * type and description, read from the schema itself so help never drifts from the format.
 */
public final class SchemaReference {
    static final String SCHEMA = "/dev/zmqstudio/io/topology.schema.json";

    /** One field: {@code part} is "topology", "generator", "wire", ...; {@code type} as a reader would say it. */
    public record Field(String part, String name, String type, String description) {
    }

    private SchemaReference() {
    }

    public static List<Field> fields() {
        JsonNode schema = load();
        List<Field> fields = new ArrayList<>();
        addFields("topology", schema, fields);
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("$defs").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            addFields(def.getKey(), def.getValue(), fields);
        }
        return List.copyOf(fields);
    }

    private static void addFields(String part, JsonNode def, List<Field> fields) {
        for (Map.Entry<String, JsonNode> property : def.path("properties").properties()) {
            JsonNode value = property.getValue();
            fields.add(new Field(part, property.getKey(), typeOf(value), value.path("description").asText("")));
        }
    }

    private static String typeOf(JsonNode value) {
        if (value.has("const")) {
            return value.get("const").toString();
        }
        if (value.has("enum")) {
            List<String> names = new ArrayList<>();
            value.get("enum").forEach(v -> names.add(v.asText()));
            return "one of " + String.join(", ", names);
        }
        if (value.has("$ref")) {
            return value.get("$ref").asText().replace("#/$defs/", "");
        }
        if ("array".equals(value.path("type").asText()) && value.has("items")) {
            return "list of " + typeOf(value.get("items"));
        }
        if (value.has("type")) {
            return value.get("type").isArray() ? value.get("type").toString() : value.get("type").asText();
        }
        return value.has("oneOf") || value.has("anyOf") ? "see below" : "";
    }

    private static JsonNode load() {
        try (InputStream in = SchemaReference.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("the JSON Schema " + SCHEMA + " is missing from this build");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
