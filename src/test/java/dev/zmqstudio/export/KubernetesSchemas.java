package dev.zmqstudio.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kubernetes JSON schemas (openapi2jsonschema's output of the Kubernetes OpenAPI definitions: one
 * {@code _definitions.json}) made strict, as kubectl is: an object may hold only the fields its schema names, so a
 * misspelt field fails. A document is checked against the definition whose group, version and kind it names.
 */
final class KubernetesSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode definitions;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    private final Map<String, Schema> byKind = new HashMap<>();

    KubernetesSchemas(Path definitionsFile) throws IOException {
        definitions = (ObjectNode) JSON.readTree(definitionsFile.toFile()).get("definitions");
        definitions.forEach(KubernetesSchemas::strict);
    }

    /** What is wrong with {@code document} ("Deployment h1: $.spec.replica: ..."), empty when nothing is. */
    List<String> problems(JsonNode document) {
        String apiVersion = document.path("apiVersion").asText();
        String kind = document.path("kind").asText();
        String where = kind + " " + document.at("/metadata/name").asText();
        Schema schema = byKind.computeIfAbsent(apiVersion + "/" + kind, k -> schemaOf(apiVersion, kind));
        if (schema == null) {
            return List.of(where + ": no schema for " + apiVersion + " " + kind);
        }
        List<String> problems = new ArrayList<>();
        schema.validate(document).forEach(e -> problems.add(where + ": " + e));
        return problems;
    }

    private Schema schemaOf(String apiVersion, String kind) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        for (Map.Entry<String, JsonNode> d : definitions.properties()) {
            for (JsonNode gvk : d.getValue().path("x-kubernetes-group-version-kind")) {
                if (gvk.path("group").asText().equals(group) && gvk.path("version").asText().equals(version)
                        && gvk.path("kind").asText().equals(kind)) {
                    ObjectNode root = JSON.createObjectNode();
                    root.set("definitions", definitions);
                    root.putArray("allOf").addObject().put("$ref", "#/definitions/" + d.getKey());
                    return registry.getSchema(SchemaLocation.of("urn:kubernetes:" + d.getKey()), root);
                }
            }
        }
        return null;
    }

    /** What the schemas' strict flavour does: no field but those named, in every object schema, nested ones too. */
    private static void strict(JsonNode schema) {
        if (!(schema instanceof ObjectNode s)) {
            return;
        }
        if (s.has("properties")) {
            s.get("properties").forEach(KubernetesSchemas::strict);
            if (!s.has("additionalProperties")) {
                s.put("additionalProperties", false);
            }
        }
        for (String sub : List.of("items", "additionalProperties")) {
            strict(s.path(sub));
        }
        for (String list : List.of("allOf", "anyOf", "oneOf")) {
            s.path(list).forEach(KubernetesSchemas::strict);
        }
    }
}
