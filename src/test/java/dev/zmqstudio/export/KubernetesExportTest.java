package dev.zmqstudio.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Validator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.zmqstudio.export.DeployFixtures.documents;
import static dev.zmqstudio.export.DeployFixtures.export;
import static dev.zmqstudio.export.DeployFixtures.file;
import static dev.zmqstudio.export.DeployFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #20: the Kubernetes manifests: Deployments per host, Services per bind, the ConfigMap's topology, the names. */
class KubernetesExportTest {
    @Test
    void aDeploymentPerHostRunningExactlyTheNodeCommand() {
        List<JsonNode> docs = manifests(DeployFixtures.example("three-hosts.json"));
        assertEquals(List.of("ConfigMap", "Service", "Service", "Deployment", "Deployment", "Deployment"),
                docs.stream().map(d -> d.get("kind").asText()).toList(), "Services before the Deployments that resolve them");
        List<JsonNode> deployments = kind(docs, "Deployment");
        assertEquals(List.of("h1", "h2", "h3"), deployments.stream().map(d -> d.at("/metadata/name").asText()).toList());
        for (JsonNode d : deployments) {
            String host = d.at("/metadata/name").asText();
            assertEquals(1, d.at("/spec/replicas").asInt());
            assertEquals("Recreate", d.at("/spec/strategy/type").asText());
            JsonNode c = d.at("/spec/template/spec/containers/0");
            assertEquals(List.of("node", "/topology/topo.json", "--host", host, "--output-dir", "/data", "--ready-file",
                    "/tmp/zmq-studio.ready", "--keys", "/topology/keys"), texts(c.get("args")));
            assertEquals("zmq-studio:9.9.9", c.get("image").asText());
            assertEquals(List.of("test", "-f", "/tmp/zmq-studio.ready"), texts(c.at("/readinessProbe/exec/command")));
            assertEquals("ZMQ_STUDIO_TELEMETRY", c.at("/env/0/name").asText());
            assertEquals("", c.at("/env/0/value").asText(), "no designer attached until the user sets it");
            assertEquals(d.at("/spec/selector/matchLabels"), filtered(d.at("/spec/template/metadata/labels")));
            assertEquals(Map.of("/topology/topo.json", "topology", "/topology/keys", "keys",
                    "/topology/keys/attach", "attach-keys", "/data", "data"), mounts(c));
            assertEquals("three-hosts-topology", d.at("/spec/template/spec/volumes/0/configMap/name").asText());
            assertEquals("three-hosts-keys", d.at("/spec/template/spec/volumes/1/secret/secretName").asText());
            assertTrue(d.at("/spec/template/spec/volumes/1/secret/optional").asBoolean());
            assertEquals("three-hosts-attach-keys", d.at("/spec/template/spec/volumes/2/secret/secretName").asText());
        }
    }

    @Test
    void aServicePerBindSelectingItsHostsPod() {
        List<JsonNode> services = kind(manifests(DeployFixtures.example("three-hosts.json")), "Service");
        assertEquals(List.of("generator-5601", "worker-out-5602"), services.stream().map(s -> s.at("/metadata/name").asText()).toList());
        JsonNode generator = services.getFirst();
        assertEquals("h1", generator.at("/spec/selector/zmqstudio.dev~1host").asText());
        assertEquals(5601, generator.at("/spec/ports/0/port").asInt());
        assertEquals(5601, generator.at("/spec/ports/0/targetPort").asInt());
        assertTrue(generator.at("/spec/publishNotReadyAddresses").asBoolean(), "hosts that connect to each other need no wait");
        assertEquals("h2", services.get(1).at("/spec/selector/zmqstudio.dev~1host").asText());
    }

    @Test
    void theConfigMapsTopologyConnectsToServicesAndParsesBackWithTheSameNodesAndWires() throws Exception {
        Topology original = DeployFixtures.example("three-hosts.json");
        JsonNode configMap = kind(manifests(original), "ConfigMap").getFirst();
        assertEquals("three-hosts-topology", configMap.at("/metadata/name").asText());
        Topology deployed = TopologyFiles.parse(configMap.at("/data/topo.json").asText(), "ConfigMap");
        assertEquals(original.nodes().stream().map(Node::id).toList(), deployed.nodes().stream().map(Node::id).toList());
        assertEquals(original.nodes().stream().map(Node::host).toList(), deployed.nodes().stream().map(Node::host).toList());
        assertEquals(original.wires().stream().map(w -> w.id() + ":" + w.from() + "->" + w.to()).toList(),
                deployed.wires().stream().map(w -> w.id() + ":" + w.from() + "->" + w.to()).toList());
        assertEquals(original.links(), deployed.links());
        assertEquals("tcp://generator-5601:5601", deployed.wire("w-tasks").orElseThrow().endpoint());
        assertEquals("tcp://worker-out-5602:5602", deployed.wire("w-results").orElseThrow().endpoint());
        assertEquals(List.of("tcp://generator-5601:5601"), deployed.node("generator").orElseThrow().socket(Side.MAIN).binds());
        assertEquals(List.of(), Validator.validate(deployed).stream().filter(Problem::isError).toList(),
                "each host validates the topology before it runs it");
    }

    @Test
    void wildcardAndLoopbackEndpointsStayAsTheyAre() throws Exception {
        Topology t = DeployFixtures.topology("""
                'nodes': [
                  {'id': 'pub', 'type': 'PUB', 'host': 'h1', 'binds': ['tcp://*:7201', 'tcp://127.0.0.1:7202']},
                  {'id': 'near', 'type': 'SUB', 'host': 'h1', 'options': {'subscriptions': ['']}},
                  {'id': 'far', 'type': 'SUB', 'host': 'h2', 'options': {'subscriptions': ['']}}
                ],
                'wires': [
                  {'id': 'w-near', 'from': 'near', 'to': 'pub', 'endpoint': 'tcp://127.0.0.1:7202'},
                  {'id': 'w-far', 'from': 'far', 'to': 'pub', 'endpoint': 'tcp://h1:7201'}
                ]
                """);
        List<JsonNode> docs = manifests(t);
        Topology deployed = TopologyFiles.parse(kind(docs, "ConfigMap").getFirst().at("/data/topo.json").asText(), "ConfigMap");
        assertEquals(List.of("tcp://*:7201", "tcp://127.0.0.1:7202"), deployed.node("pub").orElseThrow().socket(Side.MAIN).binds());
        assertEquals("tcp://127.0.0.1:7202", deployed.wire("w-near").orElseThrow().endpoint(), "it never leaves its pod");
        assertEquals("tcp://pub-7201:7201", deployed.wire("w-far").orElseThrow().endpoint());
        assertEquals(List.of("pub-7201"), kind(docs, "Service").stream().map(s -> s.at("/metadata/name").asText()).toList(),
                "no Service for a loopback bind");
    }

    @Test
    void namesFollowKubernetesRulesWithANumberOnCollisionsAndNeverAHostsName() {
        String longId = "n".repeat(40) + "-very-long-node-id-of-64-chars";
        Topology t = DeployFixtures.topology("""
                'name': 'My Topology!',
                'nodes': [
                  {'id': 'a.b', 'type': 'PUB', 'host': 'Edge-1', 'binds': ['tcp://Edge-1:7301']},
                  {'id': 'a_b', 'type': 'PUB', 'host': 'Edge-1', 'binds': ['tcp://*:7301']},
                  {'id': 'gen', 'type': 'PUB', 'host': 'gen-7302', 'binds': ['tcp://gen-7302:7302']},
                  {'id': 'LONG', 'type': 'PUB', 'host': 'edge-1', 'binds': ['tcp://*:7303']}
                ],
                'wires': []
                """.replace("LONG", longId.substring(0, 64)));
        List<JsonNode> docs = manifests(t);
        assertEquals(List.of("a-b-7301", "a-b-2-7301", "gen-2-7302", "n".repeat(40) + "-very-long-node-id-7303"),
                kind(docs, "Service").stream().map(s -> s.at("/metadata/name").asText()).toList(),
                "the port kept whole; a number before it on a collision, with a host's name too");
        assertEquals(List.of("edge-1", "gen-7302", "edge-1-2"), kind(docs, "Deployment").stream().map(d -> d.at("/metadata/name").asText()).toList());
        assertEquals("my-topology-topology", kind(docs, "ConfigMap").getFirst().at("/metadata/name").asText());
        for (JsonNode d : docs) {
            String name = d.at("/metadata/name").asText();
            assertTrue(DnsNames.isLabel(name), name + " is a lowercase DNS label of at most 63 characters");
            d.at("/metadata/labels").properties().forEach(l -> assertTrue(l.getValue().asText().matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?"),
                    l.getKey() + "=" + l.getValue()));
        }
    }

    @Test
    void aTopologyTooLargeForAConfigMapIsRefused() {
        Topology t = DeployFixtures.example("three-hosts.json");
        t = t.withDescription("x".repeat(KubernetesExport.CONFIG_MAP_BYTES));
        try {
            DeploymentExport.of(t, ExportKind.KUBERNETES, "topo.json", DeployFixtures.APP);
            throw new AssertionError("a ConfigMap holds at most 1 MiB");
        } catch (NotDeployableException e) {
            assertTrue(e.problems().getFirst().contains("more than a ConfigMap holds (1 MiB)"), e.getMessage());
        }
    }

    private static List<JsonNode> manifests(Topology t) {
        ExportResult result = export(t, ExportKind.KUBERNETES);
        assertEquals(List.of("kubernetes.yaml", "Dockerfile", "zmq-studio.sh", "README.md"),
                result.files().stream().map(ExportedFile::name).toList());
        return documents(file(result, "kubernetes.yaml").text());
    }

    private static List<JsonNode> kind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> d.get("kind").asText().equals(kind)).toList();
    }

    /** The pod's labels that its Deployment selects by. */
    private static JsonNode filtered(JsonNode labels) {
        var copy = labels.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("app.kubernetes.io/name");
        return copy;
    }

    private static Map<String, String> mounts(JsonNode container) {
        return java.util.stream.StreamSupport.stream(container.get("volumeMounts").spliterator(), false)
                .collect(Collectors.toMap(m -> m.get("mountPath").asText(), m -> m.get("name").asText()));
    }
}
