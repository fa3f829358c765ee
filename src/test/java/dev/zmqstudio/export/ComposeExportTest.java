package dev.zmqstudio.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.zmqstudio.export.DeployFixtures.export;
import static dev.zmqstudio.export.DeployFixtures.file;
import static dev.zmqstudio.export.DeployFixtures.texts;
import static dev.zmqstudio.export.DeployFixtures.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #20: what `export --to compose` writes, the things a user of the Compose project relies on. */
class ComposeExportTest {
    private static final String PUBLISH = "${ZMQ_STUDIO_PUBLISH_ADDRESS:-127.0.0.1}:";

    /** An external program that reads h1's results, a bind no wire uses, and hosts whose names are no DNS name. */
    private static final Topology OUTSIDERS = DeployFixtures.topology("""
            'name': 'outsiders',
            'nodes': [
              {'id': 'gen', 'type': 'PUB', 'host': 'Edge-A', 'binds': ['tcp://Edge-A:7001', 'tcp://*:7002']},
              {'id': 'reader', 'type': 'SUB', 'placement': 'external', 'options': {'subscriptions': ['']}},
              {'id': 'local', 'type': 'SUB', 'host': 'edge_a', 'options': {'subscriptions': ['']}},
              {'id': 'other', 'type': 'PUB', 'host': 'on', 'binds': ['tcp://*:7001']}
            ],
            'wires': [
              {'id': 'w-out', 'from': 'reader', 'to': 'gen', 'endpoint': 'tcp://Edge-A:7001'},
              {'id': 'w-in', 'from': 'local', 'to': 'gen', 'endpoint': 'tcp://Edge-A:7001'}
            ]
            """);

    @Test
    void aServicePerHostRunningExactlyTheNodeCommand() {
        ExportResult result = export(DeployFixtures.example("three-hosts.json"), ExportKind.COMPOSE);
        JsonNode services = yaml(file(result, "docker-compose.yml").text()).get("services");
        assertEquals(List.of("h1", "h2", "h3"), names(services));
        for (String host : List.of("h1", "h2", "h3")) {
            JsonNode s = services.get(host);
            assertEquals(List.of("node", "/topology/topo.json", "--host", host, "--output-dir", "/data", "--ready-file",
                    "/tmp/zmq-studio.ready", "--keys", "/topology/keys"), texts(s.get("command")), host);
            assertEquals(host, s.get("hostname").asText(), "tcp://" + host + ":PORT resolves in the network");
            assertEquals("${ZMQ_STUDIO_TELEMETRY:-}", s.at("/environment/ZMQ_STUDIO_TELEMETRY").asText());
            assertEquals(List.of("CMD", "test", "-f", "/tmp/zmq-studio.ready"), texts(s.at("/healthcheck/test")));
            assertEquals(List.of("./topo.json:/topology/topo.json:ro", "${ZMQ_STUDIO_KEYS:-./keys}:/topology/keys:ro",
                    host + "-data:/data"), texts(s.get("volumes")));
            assertEquals(".", s.get("build").asText());
            assertEquals("zmq-studio:9.9.9", s.get("image").asText());
            assertEquals(List.of("zmq"), texts(s.get("networks")));
            assertTrue(s.path("ports").isMissingNode(), host + ": its binds serve the other hosts only");
        }
        assertEquals(List.of("5601"), texts(services.at("/h1/expose")));
        assertEquals(List.of("5602"), texts(services.at("/h2/expose")));
        assertTrue(services.at("/h3/expose").isMissingNode());
        assertEquals(List.of("h1"), texts(services.at("/h2/depends_on")), "h2 connects to h1, whose name resolves once it starts");
        assertEquals(List.of("h2"), texts(services.at("/h3/depends_on")));
        assertTrue(services.at("/h1/depends_on").isMissingNode());
    }

    @Test
    void theTopologyIsCopiedBesideTheComposeFileAsItIs() throws Exception {
        Topology t = DeployFixtures.example("three-hosts.json");
        ExportResult result = export(t, ExportKind.COMPOSE);
        assertEquals(List.of("docker-compose.yml", "topo.json", "Dockerfile", "zmq-studio.sh", "README.md"),
                result.files().stream().map(ExportedFile::name).toList());
        assertEquals(TopologyFiles.toJson(t), file(result, "topo.json").text());
        assertEquals(t, TopologyFiles.parse(file(result, "topo.json").text(), "copy"));
    }

    @Test
    void bindsThatProgramsOutsideMayUseArePublishedOnLoopbackOthersOnlyExposed() {
        ExportResult result = export(OUTSIDERS, ExportKind.COMPOSE);
        JsonNode services = yaml(file(result, "docker-compose.yml").text()).get("services");
        assertEquals(List.of("edge-a", "edge-a-2", "on"), names(services), "hosts mapped to DNS names, numbered on a collision");
        assertEquals(List.of("7001", "7002"), texts(services.at("/edge-a/expose")));
        assertEquals(List.of(PUBLISH + "7001:7001", PUBLISH + "7002:7002"), texts(services.at("/edge-a/ports")),
                "an external node reads 7001; no wire uses 7002");
        assertTrue(services.at("/on/ports").isMissingNode(), "7001 is published by edge-a already");
        assertTrue(result.notes().contains("port 7001 of other (host on): not published on the Docker host, where service"
                + " edge-a publishes that port"), result.notes().toString());
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("node reader is a program of its own (external): not deployed")),
                result.notes().toString());
        assertEquals(List.of("Edge-A"), texts(services.at("/edge-a/networks/zmq/aliases")), "the host's own name resolves too");
        assertEquals(List.of("edge_a"), texts(services.at("/edge-a-2/networks/zmq/aliases")));
        assertEquals(List.of("edge-a"), texts(services.at("/edge-a-2/depends_on")));
        assertTrue(file(result, "docker-compose.yml").text().contains("\n  \"on\":\n"), "a YAML 1.1 boolean word stays a name");
    }

    @Test
    void hostsThatConnectToEachOtherDoNotWaitForEachOther() {
        Topology t = DeployFixtures.topology("""
                'nodes': [
                  {'id': 'a-out', 'type': 'PUSH', 'host': 'h1', 'binds': ['tcp://h1:7101']},
                  {'id': 'a-in', 'type': 'PULL', 'host': 'h1'},
                  {'id': 'b-out', 'type': 'PUSH', 'host': 'h2', 'binds': ['tcp://h2:7102']},
                  {'id': 'b-in', 'type': 'PULL', 'host': 'h2'}
                ],
                'wires': [
                  {'id': 'w1', 'from': 'b-in', 'to': 'a-out', 'endpoint': 'tcp://h1:7101'},
                  {'id': 'w2', 'from': 'a-in', 'to': 'b-out', 'endpoint': 'tcp://h2:7102'}
                ]
                """);
        ExportResult result = export(t, ExportKind.COMPOSE);
        JsonNode services = yaml(file(result, "docker-compose.yml").text()).get("services");
        assertEquals(List.of("h2"), texts(services.at("/h1/depends_on")));
        assertTrue(services.at("/h2/depends_on").isMissingNode(), "Compose refuses a circle of waits");
        assertTrue(file(result, "README.md").text().contains("service h2 does not wait for h1 to start"));
    }

    @Test
    void theImageIsBuiltFromTheAppsOwnFiles() {
        ExportResult jar = ImageFiles.of(new AppFiles(AppFiles.Form.JAR, List.of(java.nio.file.Path.of("/x/zmq-studio.jar"),
                java.nio.file.Path.of("/x/lib")), "1.2.3"), "header");
        String dockerfile = file(jar, "Dockerfile").text();
        assertTrue(dockerfile.contains("\nFROM eclipse-temurin:25-jre\nCOPY app/ /opt/zmq-studio/\n"), dockerfile);
        assertTrue(dockerfile.contains("\nENTRYPOINT [\"/usr/local/bin/zmq-studio\"]\n"), dockerfile);
        assertTrue(file(jar, "zmq-studio.sh").text().contains("exec java "), "the JVM is the container's first process");
        assertEquals(List.of(new CopiedFiles("app", List.of(java.nio.file.Path.of("/x/zmq-studio.jar"), java.nio.file.Path.of("/x/lib")))),
                jar.copies());
        assertEquals(List.of(), jar.notes());

        ExportResult installed = ImageFiles.of(new AppFiles(AppFiles.Form.INSTALLED, List.of(java.nio.file.Path.of("/opt/zmq-studio/bin"),
                java.nio.file.Path.of("/opt/zmq-studio/lib")), "1.2.3"), "header");
        String image = file(installed, "Dockerfile").text();
        assertTrue(image.contains("\nFROM debian:bookworm-slim\nCOPY app/ /opt/zmq-studio/\n"), image);
        assertTrue(image.contains("\nENTRYPOINT [\"/opt/zmq-studio/bin/zmq-studio\"]\n"), "the installed launcher and its jlink runtime");
        assertEquals(List.of("Dockerfile"), installed.files().stream().map(ExportedFile::name).toList());

        ExportResult none = ImageFiles.of(DeployFixtures.APP, "header");
        assertEquals(List.of(), none.copies());
        assertTrue(none.notes().getFirst().contains("copy target/zmq-studio.jar and target/lib/ into app/"), none.notes().toString());
    }

    @Test
    void securedWiresSayWhereTheKeysGo() {
        Topology t = DeployFixtures.example("three-hosts.json");
        t = t.withSettings(t.settings().withCurve(true));
        ExportResult result = export(t, ExportKind.COMPOSE);
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("the CURVE keys (secrets stay out of exports)")),
                result.notes().toString());
        assertFalse(result.files().stream().anyMatch(f -> f.name().contains("key")), "no key is exported");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
