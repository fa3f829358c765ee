package dev.zmqstudio.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Topologies and an app for the deployment exports' tests, and their YAML read back. */
final class DeployFixtures {
    /** An app with nothing to copy: what the tests run from (classes in a build folder). */
    static final AppFiles APP = new AppFiles(AppFiles.Form.NONE, List.of(), "9.9.9");
    private static final YAMLMapper YAML = new YAMLMapper();

    private DeployFixtures() {
    }

    static Topology example(String name) {
        try {
            return TopologyFiles.load(FreePorts.examples().resolve(name));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A topology from JSON written with single quotes (for readability) and the format line added. */
    static Topology topology(String json) {
        try {
            return TopologyFiles.parse("{\"format\": 1, " + json.replace('\'', '"') + "}", "test");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ExportResult export(Topology t, ExportKind kind) {
        try {
            return DeploymentExport.of(t, kind, "topo.json", APP);
        } catch (NotDeployableException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    static ExportedFile file(ExportResult result, String name) {
        return result.files().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + result.files()));
    }

    static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a multi-document YAML text. */
    static List<JsonNode> documents(String text) {
        try (var parser = YAML.createParser(text)) {
            List<JsonNode> docs = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(d -> {
                if (d != null && !d.isMissingNode() && !d.isNull()) {
                    docs.add(d);
                }
            });
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(n -> items.add(n.asText()));
        return items;
    }
}
