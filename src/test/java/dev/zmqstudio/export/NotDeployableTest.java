package dev.zmqstudio.export;

import dev.zmqstudio.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A topology a deployment cannot run is refused, each problem saying what and how to fix it, for both engines. */
class NotDeployableTest {
    @Test
    void nothingToDeploy() {
        List<String> problems = problems("""
                'nodes': [{'id': 'ext', 'type': 'PUSH', 'placement': 'external', 'binds': ['tcp://*:7401']}], 'wires': []
                """);
        assertEquals(List.of("nothing to deploy: every node is a program of its own (external, or started by a command);"
                + " a deployment runs the app's nodes, so give it at least one node the app runs"), problems);
    }

    @Test
    void aBindOnAnAddressOfOneMachine() {
        List<String> problems = problems("""
                'nodes': [{'id': 'gen', 'type': 'PUSH', 'host': 'h1', 'binds': ['tcp://10.1.2.3:7402']}], 'wires': []
                """);
        assertEquals(List.of("node gen (host h1) binds tcp://10.1.2.3:7402, an address of one machine; each host of a"
                + " deployment has addresses of its own: bind tcp://h1:7402 (its host's name) or tcp://*:7402"), problems);
    }

    @Test
    void aBindOnAnotherHostsName() {
        List<String> problems = problems("""
                'nodes': [
                  {'id': 'gen', 'type': 'PUSH', 'host': 'h1', 'binds': ['tcp://h2:7403']},
                  {'id': 'sink', 'type': 'PULL', 'host': 'h2'}
                ],
                'wires': [{'id': 'w', 'from': 'sink', 'to': 'gen', 'endpoint': 'tcp://h2:7403'}]
                """);
        assertTrue(problems.contains("node gen runs on host h1 but binds tcp://h2:7403, host h2's name: bind"
                + " tcp://h1:7403, or place the node on host h2"), problems.toString());
    }

    @Test
    void wiresBetweenHostsThatCouldNotConnect() {
        List<String> problems = problems("""
                'nodes': [
                  {'id': 'gen', 'type': 'PUSH', 'host': 'h1', 'binds': ['tcp://*:7404', 'ipc://jobs']},
                  {'id': 'a', 'type': 'PULL', 'host': 'h2'},
                  {'id': 'b', 'type': 'PULL', 'host': 'h2'},
                  {'id': 'c', 'type': 'PULL', 'host': 'h3'}
                ],
                'wires': [
                  {'id': 'w-loop', 'from': 'a', 'to': 'gen', 'endpoint': 'tcp://127.0.0.1:7404'},
                  {'id': 'w-name', 'from': 'b', 'to': 'gen', 'endpoint': 'tcp://db.example:7404'},
                  {'id': 'w-ipc', 'from': 'c', 'to': 'gen', 'endpoint': 'ipc://jobs'}
                ]
                """);
        String fix = "connect to tcp://h1:7404 and bind tcp://h1:7404 (or tcp://*:7404) on gen";
        assertEquals(List.of(
                "wire w-loop: a (host h2) connects to tcp://127.0.0.1:7404, but gen binds it on host h1, another machine;"
                        + " there 127.0.0.1 is host h2 itself: " + fix,
                "wire w-name: b (host h2) connects to tcp://db.example:7404, but gen binds it on host h1, another machine;"
                        + " a deployment names that machine h1, not db.example: " + fix,
                "wire w-ipc: c (host h3) connects to ipc://jobs, but gen binds it on host h1, another machine, which ipc"
                        + " cannot reach: connect to tcp://h1:PORT and bind tcp://h1:PORT (or tcp://*:PORT) on gen"), problems);
    }

    @Test
    void theFileNameTheDeploymentUsesIsAPlainNameOfItsOwn() {
        assertEquals("three-hosts.json", DeploymentExport.fileName("three-hosts.json"));
        assertEquals("topology.json", DeploymentExport.fileName("../../etc/passwd"), "never a path");
        assertEquals("topology.json", DeploymentExport.fileName(".hidden.json"));
        assertEquals("topology.json", DeploymentExport.fileName("my file.json"), "a ConfigMap key has no space");
        assertEquals("topology.json", DeploymentExport.fileName("Dockerfile"), "the export's own names stay its own");
        assertEquals("topology.json", DeploymentExport.fileName("docker-compose.yml"));
    }

    private static List<String> problems(String json) {
        Topology t = DeployFixtures.topology(json);
        List<String> compose = assertThrows(NotDeployableException.class,
                () -> DeploymentExport.of(t, ExportKind.COMPOSE, "t.json", DeployFixtures.APP)).problems();
        List<String> kubernetes = assertThrows(NotDeployableException.class,
                () -> DeploymentExport.of(t, ExportKind.KUBERNETES, "t.json", DeployFixtures.APP)).problems();
        assertEquals(compose, kubernetes, "both engines refuse the same");
        return compose;
    }
}
