package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scale check of CI: a 2,000-node file runs headless to the end, exit 0, every message counted exactly. */
@Timeout(180)
class TwoThousandNodesRunTest {
    private static final int PAIRS = 1_000;
    private static final int MESSAGES = 20;

    @Test
    void everySinkReceivesExactlyWhatItsGeneratorSent(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("scale-2000.json"), TopologyFiles.toJson(pairs()));
        Path report = dir.resolve("report.json");

        CliHarness r = CliHarness.run("run", file.toString(), "--duration", "120s", "--report", report.toString());

        assertEquals(0, r.exitCode(), r.err() + r.out().lines().limit(20).toList());
        JsonNode nodes = new ObjectMapper().readTree(report.toFile()).get("nodes");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            long sent = nodes.get("gen-" + i).get("sent").asLong();
            long received = nodes.get("sink-" + i).get("received").asLong();
            if (sent != MESSAGES || received != MESSAGES) {
                wrong.add("pair " + i + ": sent " + sent + ", received " + received);
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Topology pairs() {
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            String endpoint = "inproc://pair-" + i;
            nodes.add(SocketNode.of("gen-" + i, SocketType.PUSH,
                    new Behaviour.Generator("m {n}", 200, MESSAGES, List.of(), i, false), endpoint));
            nodes.add(SocketNode.of("sink-" + i, SocketType.PULL, new Behaviour.Sink(false, null, null, null)));
            wires.add(Wire.of("w" + i, "sink-" + i, "gen-" + i, endpoint));
        }
        return new Topology("scale-2000", "", Settings.DEFAULTS, nodes, wires, List.of());
    }
}
