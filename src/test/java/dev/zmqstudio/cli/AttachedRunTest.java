package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.child.ChildLaunch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A three-host pipeline deployed as three {@code node FILE --host NAME} processes on this machine (their host names
 * resolved to loopback through a hosts file of their own) and shown by {@code run FILE --attach}: the attached run's
 * report says what the same file's in-process run says. A host whose key the designer does not know is not let in.
 */
@Timeout(180)
class AttachedRunTest {
    static final String THREE_HOSTS = """
            {
              "format": 1, "name": "three-hosts", "settings": {"waitForConnections": true},
              "nodes": [
                {"id": "producer", "type": "PUSH", "host": "h1", "binds": ["tcp://h1:%1$d"],
                 "behaviour": {"kind": "generator", "template": "{\\"num\\": {n}}", "rate": 0, "count": 2000, "log": false}},
                {"id": "worker-in", "type": "PULL", "host": "h2"},
                {"id": "worker-out", "type": "PUSH", "host": "h2"},
                {"id": "collector", "type": "PULL", "host": "h3", "binds": ["tcp://h3:%2$d"],
                 "behaviour": {"kind": "sink", "format": "got {msg}", "aggregate": "json.num"}}
              ],
              "wires": [
                {"id": "w1", "from": "worker-in", "to": "producer", "endpoint": "tcp://h1:%1$d"},
                {"id": "w2", "from": "worker-out", "to": "collector", "endpoint": "tcp://h3:%2$d"}
              ],
              "links": [{"id": "even", "from": "worker-in", "to": "worker-out", "filter": "json.num %% 2 == 0"}]
            }
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theAttachedRunOfThreeDeployedHostsReportsWhatTheInProcessRunReports(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("three.json"), THREE_HOSTS.formatted(FreePorts.find(), FreePorts.find()));
        assertEquals(0, CliHarness.run("keys", "generate", file.toString()).exitCode());
        CliHarness local = CliHarness.run("run", file.toString(), "--report", dir.resolve("local.json").toString());
        assertEquals(0, local.exitCode(), local.out() + local.err());

        String telemetry = "tcp://127.0.0.1:" + FreePorts.find();
        List<Process> hosts = startHosts(dir, file, telemetry, dir.resolve("keys"), "h1", "h2", "h3");
        try {
            CliHarness attached = CliHarness.run("run", file.toString(), "--attach", telemetry, "--report",
                    dir.resolve("attached.json").toString(), "--duration", "60s");
            assertEquals(0, attached.exitCode(), attached.out() + attached.err());
            for (Process host : hosts) {
                assertTrue(host.waitFor(30, TimeUnit.SECONDS), "each host stops when the designer's run ends");
                assertEquals(0, host.exitValue());
            }
            assertTrue(Files.exists(dir.resolve("h2.ready")), "each host says when its sockets are set up");
            JsonNode a = JSON.readTree(dir.resolve("attached.json").toFile());
            JsonNode l = JSON.readTree(dir.resolve("local.json").toFile());
            assertEquals(1000, a.at("/nodes/collector/received").asLong(), a.toPrettyString());
            assertEquals(sameParts(l), sameParts(a), "the attached report equals the in-process one");
        } finally {
            hosts.forEach(Process::destroyForcibly);
        }
    }

    @Test
    void aHostWithAKeyTheDesignerDoesNotKnowIsNotLetIn(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("three.json"), THREE_HOSTS.formatted(FreePorts.find(), FreePorts.find()));
        assertEquals(0, CliHarness.run("keys", "generate", file.toString()).exitCode());
        Path stranger = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(stranger.resolve("three.json"), Files.readString(file));
        assertEquals(0, CliHarness.run("keys", "generate", stranger.resolve("three.json").toString()).exitCode());
        Files.copy(dir.resolve("keys/attach/designer.key"), stranger.resolve("keys/attach/designer.key"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING); // it knows the designer, the designer does not know it

        String telemetry = "tcp://127.0.0.1:" + FreePorts.find();
        List<Process> hosts = new ArrayList<>(startHosts(dir, file, telemetry, dir.resolve("keys"), "h2", "h3"));
        hosts.addAll(startHosts(dir, file, telemetry, stranger.resolve("keys"), "h1"));
        try {
            CliHarness attached = CliHarness.run("run", file.toString(), "--attach", telemetry, "--attach-wait", "8s",
                    "--duration", "5s");
            assertTrue(attached.out().contains("warning: hosts h1 did not report after 8 s"), attached.out());
            assertTrue(attached.out().contains("producer    PUSH       starting"), attached.out());
        } finally {
            hosts.forEach(Process::destroyForcibly);
        }
    }

    @Test
    void attachingWithoutTheKeysSaysHowToMakeThem(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("three.json"), THREE_HOSTS.formatted(FreePorts.find(), FreePorts.find()));
        CliHarness attached = CliHarness.run("run", file.toString(), "--attach", "tcp://127.0.0.1:" + FreePorts.find());
        assertEquals(ExitCodes.BAD_INPUT, attached.exitCode());
        assertTrue(attached.err().contains("has no key pair for designer, h1, h2, h3; make them with zmq-studio keys"
                + " generate FILE"), attached.err());
        CliHarness host = CliHarness.run("node", file.toString(), "--host", "h1", "--telemetry", "tcp://127.0.0.1:1");
        assertEquals(ExitCodes.BAD_INPUT, host.exitCode());
        assertTrue(host.err().contains("host h1 has no key pair in"), host.err());
        CliHarness unknown = CliHarness.run("node", file.toString(), "--host", "h9");
        assertTrue(unknown.err().contains("no node of " + file + " runs on host \"h9\"; its hosts are h1, h2, h3"), unknown.err());
    }

    /** The numbers a user compares: each node's counts and state, each wire's messages and state, each link's. */
    static String sameParts(JsonNode report) {
        StringBuilder s = new StringBuilder();
        report.get("nodes").properties().forEach(e -> s.append(e.getKey()).append(' ')
                .append(e.getValue().get("sent")).append('/').append(e.getValue().get("received")).append(' ')
                .append(e.getValue().get("state")).append(' ').append(e.getValue().get("aggregate")).append('\n'));
        report.get("wires").properties().forEach(e -> s.append(e.getKey()).append(' ')
                .append(e.getValue().get("messages")).append(' ').append(e.getValue().get("state")).append('\n'));
        s.append(report.get("links"));
        return s.toString();
    }

    /** Starts {@code node FILE --host NAME --telemetry ENDPOINT} for each host, its names resolved to 127.0.0.1. */
    static List<Process> startHosts(Path dir, Path file, String telemetry, Path keys, String... hosts) throws IOException {
        Path hostsFile = dir.resolve("hosts");
        Files.writeString(hostsFile, "127.0.0.1 h1 h2 h3\n");
        ChildLaunch launch = ChildLaunch.ofThisProcess(TopologyFiles::toJson);
        List<String> options = Stream.concat(launch.jvmOptions().stream(),
                Stream.of("-Djdk.net.hosts.file=" + hostsFile)).toList();
        List<Process> started = new ArrayList<>();
        for (String host : hosts) {
            List<String> args = List.of("node", file.toString(), "--host", host, "--telemetry", telemetry, "--keys",
                    keys.toString(), "--ready-file", dir.resolve(host + ".ready").toString(), "--output-dir", dir.toString());
            started.add(new ProcessBuilder(launch.withJvmOptions(options).command(args))
                    .redirectErrorStream(true).redirectOutput(dir.resolve(host + ".log").toFile()).start());
        }
        return started;
    }
}
