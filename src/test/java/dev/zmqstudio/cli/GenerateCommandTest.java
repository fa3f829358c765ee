package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** generate writes topologies made from a few numbers: laid out in tiers, clean under validate, and they run. */
@Timeout(90)
class GenerateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A port whose next one is free too (a pipeline binds two). */
    private static int twoFreePorts() throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = FreePorts.find();
            try (ServerSocket a = new ServerSocket(port); ServerSocket b = new ServerSocket(port + 1)) {
                return port;
            } catch (java.io.IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no two neighbouring free ports");
    }

    @Test
    void everyKindValidatesCleanWithNoTwoNodesOnTopOfEachOther(@TempDir Path dir) throws Exception {
        List<List<String>> kinds = List.of(
                List.of("pipeline", "--workers", "6"),
                List.of("fanout", "--publishers", "3", "--subscribers", "7", "--topics", "4"),
                List.of("pubsub", "--publishers", "2", "--subscribers", "5", "--mode", "broker"),
                List.of("pubsub", "--publishers", "2", "--subscribers", "5", "--mode", "direct"),
                List.of("tree", "--depth", "2", "--fanout", "3", "--hop-ms", "5"),
                List.of("tree", "--depth", "3", "--fanout", "2", "--hop-ms", "5", "--mode", "broker"));
        for (List<String> kind : kinds) {
            Path file = dir.resolve(String.join("-", kind) + ".json");
            List<String> args = new java.util.ArrayList<>(List.of("generate"));
            args.addAll(kind);
            args.addAll(List.of("-o", file.toString()));
            CliHarness g = CliHarness.run(args.toArray(String[]::new));
            assertEquals(0, g.exitCode(), g.err());
            assertTrue(g.out().startsWith("Wrote " + file), g.out());
            CliHarness v = CliHarness.run("validate", file.toString());
            assertEquals(0, v.exitCode(), v.out());
            assertTrue(v.out().contains("0 error(s), 0 warning(s)"), kind + ": " + v.out());
            Topology t = TopologyFiles.load(file);
            for (Node a : t.nodes()) {
                for (Node b : t.nodes()) {
                    if (a != b) {
                        assertTrue(Math.abs(a.position().x() - b.position().x()) >= 250
                                || Math.abs(a.position().y() - b.position().y()) >= 100,
                                kind + ": " + a.id() + " and " + b.id() + " overlap");
                    }
                }
            }
        }
    }

    @Test
    void hundredsOfWorkersWrapIntoBandsAboutAsWideAsAScreenWithNoOverlap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        CliHarness g = CliHarness.run("generate", "pipeline", "--workers", "499", "-o", file.toString());
        assertEquals(0, g.exitCode(), g.err());
        Topology t = TopologyFiles.load(file);
        double width = t.nodes().stream().mapToDouble(n -> n.position().x()).max().orElseThrow()
                - t.nodes().stream().mapToDouble(n -> n.position().x()).min().orElseThrow();
        double height = t.nodes().stream().mapToDouble(n -> n.position().y()).max().orElseThrow()
                - t.nodes().stream().mapToDouble(n -> n.position().y()).min().orElseThrow();
        assertTrue(width / height > 1 && width / height < 2.5, "a single column was 54,890 tall and 900 wide: " + width + " x " + height);
        for (Node a : t.nodes()) {
            for (Node b : t.nodes()) {
                if (a != b && Math.abs(a.position().x() - b.position().x()) < 250 && Math.abs(a.position().y() - b.position().y()) < 100) {
                    throw new AssertionError(a.id() + " and " + b.id() + " overlap");
                }
            }
        }
        Node in = t.node("worker-17-in").orElseThrow();
        Node out = t.node("worker-17-out").orElseThrow();
        assertEquals(in.position().y(), out.position().y(), "a worker's two halves stay side by side");
        assertEquals(300, out.position().x() - in.position().x());
    }

    @Test
    void aGeneratedPipelineRunsAndEveryTaskReachesTheCollector(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pipe.json");
        CliHarness g = CliHarness.run("generate", "pipeline", "--workers", "3", "--rate", "0", "--count", "300",
                "--base-port", Integer.toString(twoFreePorts()), "-o", file.toString());
        assertEquals(0, g.exitCode(), g.err());
        Path report = dir.resolve("r.json");
        CliHarness r = CliHarness.run("run", file.toString(), "--duration", "30s", "--report", report.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rep = JSON.readTree(report.toFile());
        assertEquals(300, rep.at("/nodes/producer/sent").asLong());
        assertEquals(300, rep.at("/nodes/collector/received").asLong(), "every task through some worker");
    }

    @Test
    void aGeneratedTreeRunsWithEachPathsLatencyAndRecordsWhatEachSubscriberGot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tree.json");
        CliHarness g = CliHarness.run("generate", "tree", "--depth", "2", "--fanout", "2", "--hop-ms", "10",
                "--rate", "20", "--count", "20", "--base-port", Integer.toString(twoFreePorts()), "-o", file.toString());
        assertEquals(0, g.exitCode(), g.err());
        Path report = dir.resolve("r.json");
        CliHarness r = CliHarness.run("run", file.toString(), "--duration", "30s", "--report", report.toString(),
                "--output-dir", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rep = JSON.readTree(report.toFile());
        assertEquals(40, rep.at("/nodes/sub-1/received").asLong(), "both publishers' 20");
        assertTrue(rep.at("/wires/w-1-1/latency_us/p50").asLong() >= 20_000, "two links of 10 ms: " + rep.at("/wires/w-1-1"));
        assertTrue(rep.at("/wires/w-2-1/latency_us/p50").asLong() >= 40_000, "four links of 10 ms: " + rep.at("/wires/w-2-1"));
        List<String> rows = Files.readAllLines(dir.resolve("latency/sub-1.csv"));
        assertEquals("received_us,node,sender,topic,latency_us,size,payload,frames", rows.getFirst());
        assertEquals(41, rows.size(), "a row per message");
        assertTrue(rows.stream().skip(1).allMatch(row -> Long.parseLong(row.split(",")[4]) >= 20_000), rows.get(1));
    }

    @Test
    void anExistingFileIsKeptUnlessForcedAndBadNumbersAreRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mine.json"), "keep me");
        CliHarness r = CliHarness.run("generate", "pipeline", "-o", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("exists; choose another file or add --force"), r.err());
        assertEquals("keep me", Files.readString(file));
        assertEquals(0, CliHarness.run("generate", "pipeline", "--force", "-o", file.toString()).exitCode());
        assertFalse(Files.readString(file).contains("keep me"));

        CliHarness zero = CliHarness.run("generate", "pipeline", "--workers", "0", "-o", dir.resolve("z.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, zero.exitCode());
        assertEquals("error: workers must be 1 to 1000, not 0", zero.err().strip());
        CliHarness kind = CliHarness.run("generate", "mesh", "-o", dir.resolve("m.json").toString());
        assertEquals("error: KIND is pipeline, fanout, pubsub or tree, not mesh", kind.err().strip());
        assertFalse(Files.exists(dir.resolve("z.json")));
    }
}
