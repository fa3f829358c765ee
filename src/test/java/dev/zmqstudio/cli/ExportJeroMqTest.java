package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.Topology;
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

/**
 * Issue #19: an example exported as JeroMQ programs compiles and runs (JDK 25's source launcher, JeroMQ's jar on the
 * class path) and gives the engine's counts: every active node's sent and received, and every sink's aggregate (the
 * pipeline's even numbers, the weather client's readings drawn with the node's seed, the ventilator's sums built by a
 * translated map-literal transform).
 */
@Timeout(180)
class ExportJeroMqTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private static Path jeromqJar() throws Exception {
        return Path.of(org.zeromq.ZMQ.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"push-pull.json", "req-rep.json", "pipeline.json", "pubsub-weather.json", "queue-device.json",
            "ventilator-workers-sink.json", "invoice-filter.json"})
    void theExportedProgramsGiveTheEnginesCounts(String example, @TempDir Path dir) throws Exception {
        Path file = CliHarness.exampleOnFreePorts(example, dir);
        Path report = dir.resolve("report.json");
        CliHarness engine = CliHarness.run("run", file.toString(), "--duration", "60s", "--report", report.toString(),
                "--output-dir", dir.toString());
        assertEquals(0, engine.exitCode(), engine.err());
        JsonNode nodes = JSON.readTree(report.toFile()).get("nodes");

        Path out = dir.resolve("jeromq");
        CliHarness export = CliHarness.run("export", file.toString(), "--to", "jeromq", "-o", out.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.outLines().stream().noneMatch(l -> l.startsWith("not exported")), export.out());
        ProcessBuilder programs = new ProcessBuilder("sh", out.resolve("run_all.sh").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("java.log").toFile());
        programs.environment().put("JAVA", JAVA.toString());
        programs.environment().put("JEROMQ", jeromqJar().toString());
        programs.environment().remove("JAVA_TOOL_OPTIONS");
        Process run = programs.start();
        assertTrue(run.waitFor(150, TimeUnit.SECONDS), "the programs ended");
        String log = Files.readString(dir.resolve("java.log"));
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
            JsonNode java = counts.get(sink.id());
            assertEquals(nodes.get(sink.id()).get("received").asLong(), java.get("received").asLong(), example + ": " + sink.id() + " received; " + log);
            assertEquals(nodes.get(sink.id()).get("sent").asLong(), java.get("sent").asLong(), example + ": " + sink.id() + " sent; " + log);
            if (sink.behaviour() instanceof Behaviour.Sink b && b.aggregate() != null) {
                JsonNode a = nodes.get(sink.id()).get("aggregate");
                assertEquals(a.get("count").asLong(), java.get("aggregate").get("count").asLong(), example + ": " + sink.id() + " aggregate count");
                assertEquals(a.get("sum").asDouble(), java.get("aggregate").get("sum").asDouble(), 1e-6, example + ": " + sink.id() + " aggregate sum");
            }
        }
    }
}
