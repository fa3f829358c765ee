package dev.zmqstudio.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.cli.Cli;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Command;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Programs we do not run, connecting to our sockets (real libzmq 4.3 peers, Debian's python3-zmq, launched as
 * command nodes): the start gate waits for them and their declared subscriptions, their wires show their real
 * state, and what crossed is counted exactly where the socket can tell, as a marked estimate where it cannot.
 */
@Timeout(60)
class ExternalPeersTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SCRIPTS = List.of("peer.py", "late_sub.py", "worker.py", "push.py");

    @BeforeAll
    static void needsPythonWithZmq() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON + " is not installed");
        Process check = new ProcessBuilder(PYTHON, "-c", "import zmq").redirectErrorStream(true).start();
        assumeTrue(check.waitFor(20, TimeUnit.SECONDS) && check.exitValue() == 0,
                PYTHON + " cannot import zmq (apt-get install python3-zmq)");
    }

    @Test
    void aSubscriberProgramThatConnectsLateGetsEveryMessageFromTheFirstAndItsWireIsAnEstimate(@TempDir Path dir)
            throws Exception {
        int port = freePort();
        SocketNode pub = SocketNode.of("weather", SocketType.PUB,
                new Behaviour.Generator("10001 {n}", 200, 40, List.of(), 1, false), "tcp://127.0.0.1:" + port);
        // The Guide's weather client, 1.5 s late: the declared subscription is what the gate waits for.
        SocketNode client = new SocketNode("py-client", "Python SUB", new SocketSpec(SocketType.SUB, List.of(),
                SocketOptions.DEFAULTS.withSubscriptions(List.of("10001"))), Behaviour.Passive.INSTANCE,
                Placement.EXTERNAL, null, Command.of(PYTHON, "late_sub.py", Integer.toString(port), "40", "10001", "1.5"));
        JsonNode report = run(dir, "late-subscriber", List.of(pub, client),
                List.of(Wire.of("w1", "py-client", "weather", "tcp://127.0.0.1:" + port)));

        assertEquals("OK 40 messages from the first", report.at("/lines/py-client").asText(), report.toString());
        JsonNode w1 = report.at("/wires/w1");
        assertEquals("connected", w1.get("state").asText(), w1.toString());
        assertEquals(40, w1.get("messages").asLong(), "the messages its subscription matched: " + w1);
        assertEquals(false, w1.get("exact").asBoolean(), "a publisher cannot say what each subscriber got: " + w1);
        assertEquals("weather", w1.at("/flow/sender").asText());
        assertEquals("py-client", w1.at("/flow/receiver").asText());
    }

    @Test
    void workerProgramsBehindOurQueueAreCountedPerSenderByTheirAddress(@TempDir Path dir) throws Exception {
        int front = freePort();
        int back = freePort();
        List<Node> nodes = List.of(
                SocketNode.of("client", SocketType.REQ, new Behaviour.Requester("job {n}", 0, 10, false)),
                DeviceNode.of("queue", DeviceType.QUEUE, "tcp://127.0.0.1:" + front, "tcp://127.0.0.1:" + back),
                python("py-worker-1", SocketType.REP, "worker.py", back),
                python("py-worker-2", SocketType.REP, "worker.py", back));
        JsonNode report = run(dir, "external-workers", nodes, List.of(
                new Wire("w-client", "client", Side.MAIN, "queue", Side.FRONTEND, "tcp://127.0.0.1:" + front),
                new Wire("w-1", "py-worker-1", Side.MAIN, "queue", Side.BACKEND, "tcp://127.0.0.1:" + back),
                new Wire("w-2", "py-worker-2", Side.MAIN, "queue", Side.BACKEND, "tcp://127.0.0.1:" + back)));

        Map<String, Long> perSender = new TreeMap<>();
        report.at("/nodes/queue/per_sender").properties().forEach(e -> perSender.put(e.getKey(), e.getValue().asLong()));
        assertEquals(10L, perSender.remove("client"), "requests from our client: " + perSender);
        assertEquals(List.of(5L, 5L), List.copyOf(perSender.values()), "replies from each program: " + perSender);
        perSender.keySet().forEach(k -> assertTrue(k.matches("127\\.0\\.0\\.1:\\d+"), "named by its address: " + k));
        for (String w : List.of("w-1", "w-2")) {
            JsonNode wire = report.at("/wires/" + w);
            assertEquals("connected", wire.get("state").asText(), wire.toString());
            assertEquals(10, wire.get("messages").asLong(), "5 requests, 5 replies: " + wire);
            assertTrue(wire.get("exact").asBoolean(), "a REP answers every request: " + wire);
            assertTrue(wire.get("flow").isNull(), "requests and replies go both ways: " + wire);
        }
        assertEquals(2, report.at("/lines/served").asLong(), "both programs served: " + report);
    }

    @Test
    void aPushProgramIntoOurPullIsCountedExactlyAndShownDisconnectedOnceItExits(@TempDir Path dir) throws Exception {
        int port = freePort();
        JsonNode report = run(dir, "external-pusher", List.of(
                        SocketNode.of("puller", SocketType.PULL, new Behaviour.Sink(false, null, null, null),
                                "tcp://127.0.0.1:" + port),
                        python("py-push", SocketType.PUSH, "push.py", port, "300")),
                List.of(Wire.of("w1", "py-push", "puller", "tcp://127.0.0.1:" + port)));

        JsonNode w1 = report.at("/wires/w1");
        assertEquals(300, w1.get("messages").asLong(), w1.toString());
        assertTrue(w1.get("exact").asBoolean(), w1.toString());
        assertEquals("disconnected", w1.get("state").asText(), "the program has exited: " + w1);
        assertEquals(300, report.at("/nodes/puller/received").asLong());
        JsonNode perSender = report.at("/nodes/puller/per_sender");
        assertEquals(1, perSender.size(), perSender.toString());
        assertEquals(300, perSender.properties().iterator().next().getValue().asLong(), perSender.toString());
    }

    private static Node python(String id, SocketType type, String script, int port, String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON, script, Integer.toString(port)));
        command.addAll(List.of(args));
        return new SocketNode(id, "Python " + type, SocketSpec.of(type), Behaviour.Passive.INSTANCE,
                Placement.EXTERNAL, null, Command.of(command.toArray(String[]::new)));
    }

    /**
     * Saves the topology beside the scripts, runs it with --allow-commands and returns its report, with under
     * "lines" the last line each program printed and how many lines started with "served".
     */
    private static JsonNode run(Path dir, String name, List<Node> nodes, List<Wire> wires) throws IOException {
        for (String script : SCRIPTS) {
            try (InputStream in = ExternalPeersTest.class.getResourceAsStream(script)) {
                Files.copy(in, dir.resolve(script));
            }
        }
        Path file = dir.resolve(name + ".json");
        TopologyFiles.save(new Topology(name, "interop test", null, nodes, wires, List.of()), file);
        Path reportFile = dir.resolve("report.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), "run", file.toString(),
                "--allow-commands", "--duration", "40s", "--report", reportFile.toString());
        assertEquals(0, code, "exit code; out:\n" + out + "\nerr:\n" + err);
        assertTrue(!out.toString().contains("without waiting any longer"), "the gate saw everything it waited for:\n" + out);
        var report = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(reportFile.toFile());
        var lines = report.putObject("lines");
        for (Node node : nodes) {
            String prefix = "[" + node.id() + "] ";
            List<String> said = out.toString().lines().filter(l -> l.startsWith(prefix))
                    .map(l -> l.substring(prefix.length())).filter(l -> !l.startsWith("served")).toList();
            if (!said.isEmpty()) {
                lines.put(node.id(), said.getLast());
            }
        }
        lines.put("served", IntStream.range(0, nodes.size()).filter(i -> out.toString().lines()
                .anyMatch(l -> l.startsWith("[" + nodes.get(i).id() + "] served"))).count());
        return report;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
