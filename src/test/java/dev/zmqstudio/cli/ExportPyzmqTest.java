package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.Topology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #19: an example exported as pyzmq programs runs under Debian's python3-zmq (real libzmq) and gives the engine's
 * counts: every sink's received messages and its aggregate's count and sum (the pipeline's even numbers, the
 * ventilator's sums, the weather client's readings drawn by the ported random generator). Not here: failover-drill
 * (its faults and scenario are not exported, and the export says so) and slow-subscriber (what a slow subscriber
 * drops depends on timing, run to run).
 */
@Timeout(180)
class ExportPyzmqTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void needsPythonWithZmq() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON + " is not installed");
        Process check = new ProcessBuilder(PYTHON, "-c", "import zmq").redirectErrorStream(true).start();
        assumeTrue(check.waitFor(20, TimeUnit.SECONDS) && check.exitValue() == 0, PYTHON + " cannot import zmq (apt-get install python3-zmq)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"push-pull.json", "pair.json", "req-rep.json", "pipeline.json", "pubsub-weather.json",
            "pubsub-envelope.json", "queue-device.json", "forwarder-device.json", "streamer-device.json",
            "ventilator-workers-sink.json", "invoice-filter.json", "pubsub-centralized-vs-direct.json"})
    void theExportedProgramsGiveTheEnginesCounts(String example, @TempDir Path dir) throws Exception {
        Path file = CliHarness.exampleOnFreePorts(example, dir);
        Path report = dir.resolve("report.json");
        CliHarness engine = CliHarness.run("run", file.toString(), "--duration", "60s", "--report", report.toString(),
                "--output-dir", dir.toString());
        assertEquals(0, engine.exitCode(), engine.err());
        JsonNode nodes = JSON.readTree(report.toFile()).get("nodes");

        Path out = dir.resolve("pyzmq");
        CliHarness export = CliHarness.run("export", file.toString(), "--to", "pyzmq", "-o", out.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.outLines().stream().noneMatch(l -> l.startsWith("not exported")), export.out());
        ProcessBuilder programs = new ProcessBuilder("sh", out.resolve("run_all.sh").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("python.log").toFile());
        programs.environment().put("PYTHON", PYTHON);
        Process run = programs.start();
        assertTrue(run.waitFor(150, TimeUnit.SECONDS), "the programs ended");
        String log = Files.readString(dir.resolve("python.log"));
        assertEquals(0, run.exitValue(), log);

        Map<String, JsonNode> counts = new HashMap<>();
        try (Stream<Path> files = Files.list(out.resolve("run").resolve("counts"))) {
            for (Path f : files.toList()) {
                JSON.readTree(f.toFile()).fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue()));
            }
        }
        Topology t = TopologyFiles.load(file);
        // Every node with a behaviour (passive workers share their messages as the load balancer deals them).
        List<SocketNode> active = t.nodes().stream().filter(n -> n instanceof SocketNode s && !(s.behaviour() instanceof Behaviour.Passive))
                .map(n -> (SocketNode) n).toList();
        assertTrue(active.stream().anyMatch(n -> nodes.get(n.id()).get("received").asLong() > 0), example + " received messages");
        for (SocketNode sink : active) {
            JsonNode python = counts.get(sink.id());
            assertEquals(nodes.get(sink.id()).get("received").asLong(), python.get("received").asLong(), example + ": " + sink.id() + " received; " + log);
            assertEquals(nodes.get(sink.id()).get("sent").asLong(), python.get("sent").asLong(), example + ": " + sink.id() + " sent; " + log);
            if (sink.behaviour() instanceof Behaviour.Sink b && b.aggregate() != null) {
                JsonNode a = nodes.get(sink.id()).get("aggregate");
                assertEquals(a.get("count").asLong(), python.get("aggregate").get("count").asLong(), example + ": " + sink.id() + " aggregate count");
                assertEquals(a.get("sum").asDouble(), python.get("aggregate").get("sum").asDouble(), 1e-6, example + ": " + sink.id() + " aggregate sum");
            }
        }
    }
}
