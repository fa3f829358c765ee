package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.Topology;

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
 * Runs an example in the engine and as exported programs ({@code export --to KIND}, then {@code run_all.sh}), and
 * asserts the same counts: every active node's sent and received (passive workers share their messages as the load
 * balancer deals them, so only the nodes with a behaviour), and every sink's aggregate count and sum.
 */
final class ExportedPrograms {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportedPrograms() {
    }

    /** {@code env}: what run_all.sh needs (PYTHON, or JAVA and JEROMQ). */
    static void giveTheEnginesCounts(String example, Path dir, String kind, Map<String, String> env) throws Exception {
        Path file = CliHarness.exampleOnFreePorts(example, dir);
        Path report = dir.resolve("report.json");
        CliHarness engine = CliHarness.run("run", file.toString(), "--duration", "60s", "--report", report.toString(),
                "--output-dir", dir.toString());
        assertEquals(0, engine.exitCode(), engine.err());
        JsonNode nodes = JSON.readTree(report.toFile()).get("nodes");

        Path out = dir.resolve(kind);
        CliHarness export = CliHarness.run("export", file.toString(), "--to", kind, "-o", out.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.outLines().stream().noneMatch(l -> l.startsWith("not exported")), export.out());
        Path logFile = dir.resolve(kind + ".log");
        ProcessBuilder programs = new ProcessBuilder("sh", out.resolve("run_all.sh").toString()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        programs.environment().remove("JAVA_TOOL_OPTIONS");
        programs.environment().putAll(env);
        Process run = programs.start();
        assertTrue(run.waitFor(150, TimeUnit.SECONDS), "the programs ended");
        String log = Files.readString(logFile);
        assertEquals(0, run.exitValue(), log);

        Map<String, JsonNode> counts = new HashMap<>();
        try (Stream<Path> files = Files.list(out.resolve("run").resolve("counts"))) {
            for (Path f : files.toList()) {
                JSON.readTree(f.toFile()).fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue()));
            }
        }
        Topology t = TopologyFiles.load(file);
        List<SocketNode> active = t.nodes().stream().filter(n -> n instanceof SocketNode s && !(s.behaviour() instanceof Behaviour.Passive))
                .map(n -> (SocketNode) n).toList();
        assertTrue(active.stream().anyMatch(n -> nodes.get(n.id()).get("received").asLong() > 0), example + " received messages");
        for (SocketNode node : active) {
            JsonNode exported = counts.get(node.id());
            assertEquals(nodes.get(node.id()).get("received").asLong(), exported.get("received").asLong(), example + ": " + node.id() + " received; " + log);
            assertEquals(nodes.get(node.id()).get("sent").asLong(), exported.get("sent").asLong(), example + ": " + node.id() + " sent; " + log);
            if (node.behaviour() instanceof Behaviour.Sink b && b.aggregate() != null) {
                JsonNode a = nodes.get(node.id()).get("aggregate");
                assertEquals(a.get("count").asLong(), exported.get("aggregate").get("count").asLong(), example + ": " + node.id() + " aggregate count");
                assertEquals(a.get("sum").asDouble(), exported.get("aggregate").get("sum").asDouble(), 1e-6, example + ": " + node.id() + " aggregate sum");
            }
        }
    }
}
