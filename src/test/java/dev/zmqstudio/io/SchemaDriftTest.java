package dev.zmqstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.SocketType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The published schema and the reader must describe the same format: same fields, same order, same enums. */
class SchemaDriftTest {

    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws Exception {
        try (InputStream in = TopologyFiles.class.getResourceAsStream("topology.schema.json")) {
            assertNotNull(in, "topology.schema.json is on the class path beside TopologyFiles");
            schema = new ObjectMapper().readTree(in);
        }
    }

    private static JsonNode definition(String name) {
        return name.equals("#") ? schema : schema.path("$defs").path(name);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    @Test
    void isDraft2020_12() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
    }

    @Test
    void everyObjectListsExactlyTheFieldsTheReaderAllows() {
        for (Map.Entry<String, List<String>> table : FormatFields.byDefinition().entrySet()) {
            JsonNode definition = definition(table.getKey());
            assertEquals(table.getValue(), names(definition.path("properties")), "properties of " + table.getKey());
            assertEquals("false", definition.path("additionalProperties").asText(), "additionalProperties of " + table.getKey());
        }
    }

    @Test
    void noObjectDefinitionEscapesTheComparison() {
        Set<String> objects = new TreeSet<>();
        schema.path("$defs").properties().forEach(e -> {
            if (e.getValue().has("properties")) {
                objects.add(e.getKey());
            }
        });
        objects.add("#");
        assertEquals(new TreeSet<>(FormatFields.byDefinition().keySet()), objects);
    }

    @Test
    void requiresWhatTheReaderRequires() {
        assertEquals(List.of("format", "nodes"), texts(schema.path("required")));
        assertEquals(List.of("id", "type"), texts(definition("socketNode").path("required")));
        assertEquals(List.of("id", "type"), texts(definition("deviceNode").path("required")));
        assertEquals(List.of("id", "from", "to", "endpoint"), texts(definition("wire").path("required")));
        assertEquals(List.of("id", "from", "to"), texts(definition("link").path("required")));
        assertEquals(List.of("kind"), texts(definition("passive").path("required")));
        assertEquals(List.of("kind"), texts(definition("sink").path("required")));
        for (String sending : List.of("generator", "replier", "requester")) {
            assertEquals(List.of("kind"), texts(definition(sending).path("required")), sending);
            assertEquals(List.of("[\"template\"]", "[\"frames\"]"), definition(sending).path("oneOf").valueStream()
                    .map(choice -> choice.path("required").toString()).toList(), sending + ": exactly one of template, frames");
            assertEquals(1, definition(sending).path("properties").path("frames").path("minItems").asInt(), sending);
        }
        assertEquals(FormatFields.FORMAT, schema.path("properties").path("format").path("const").asInt());
    }

    @Test
    void enumerationsMatchTheReadersChoices() {
        assertEquals(Arrays.stream(SocketType.values()).map(Enum::name).toList(),
                texts(definition("socketNode").path("properties").path("type").path("enum")));
        assertEquals(Arrays.stream(DeviceType.values()).map(Enum::name).toList(),
                texts(definition("deviceNode").path("properties").path("type").path("enum")));
        assertEquals(List.copyOf(Choices.NODE_TYPES.keySet()), concat(
                texts(definition("socketNode").path("properties").path("type").path("enum")),
                texts(definition("deviceNode").path("properties").path("type").path("enum"))));
        assertEquals(List.copyOf(Choices.PLACEMENTS.keySet()), texts(definition("placement").path("enum")));
        assertEquals(List.copyOf(Choices.DEFAULT_PLACEMENTS.keySet()),
                texts(definition("settings").path("properties").path("placement").path("enum")));
        assertEquals(List.copyOf(Choices.SIDES.keySet()), texts(definition("side").path("enum")));
        for (String kind : FormatFields.BEHAVIOURS.keySet()) {
            assertEquals(kind, definition(kind).path("properties").path("kind").path("const").asText());
        }
        assertEquals(List.copyOf(FormatFields.BEHAVIOURS.keySet()), definition("behaviour").path("oneOf").valueStream()
                .map(ref -> ref.path("$ref").asText().replace("#/$defs/", "")).toList());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
