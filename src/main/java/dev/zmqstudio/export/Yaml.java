package dev.zmqstudio.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * YAML documents written from Jackson trees, never pieced together as text: keys in the order they were put,
 * quotes only where YAML needs them (a string that reads as a number, a boolean such as {@code on}, or null keeps
 * its quotes), multi-line strings as literal blocks, lists indented under their key.
 */
final class Yaml {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Yaml() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array(List<String> items) {
        ArrayNode a = NODES.arrayNode();
        items.forEach(a::add);
        return a;
    }

    /** One document, without a leading {@code ---}. */
    static String document(JsonNode root) {
        return write(List.of(root), false);
    }

    /** Several documents, each starting with {@code ---}. */
    static String documents(List<? extends JsonNode> roots) {
        return write(roots, true);
    }

    private static String write(List<? extends JsonNode> roots, boolean markers) {
        YAMLMapper mapper = YAMLMapper.builder()
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES, YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
                        YAMLGenerator.Feature.LITERAL_BLOCK_STYLE, YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .configure(YAMLGenerator.Feature.WRITE_DOC_START_MARKER, markers)
                .build();
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = mapper.writer().writeValues(out)) {
            for (JsonNode root : roots) {
                writer.write(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
