package dev.zmqstudio.cli;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** run --mode decides where every node runs: a file's process names do not turn it into a validation error. */
@Timeout(60)
class RunModeTest {

    @Test
    void inProcessModeRunsAFileWhoseNodesNameAProcess(@TempDir Path dir) throws Exception {
        Topology t = new Topology("named", "", Settings.DEFAULTS, List.of(
                SocketNode.of("gen", SocketType.PUSH, new Behaviour.Generator("m {n}", 0, 50, List.of(), 1, false), "inproc://m")
                        .withProcess("workers"),
                SocketNode.of("sink", SocketType.PULL, new Behaviour.Sink(false, null, null, null)).withProcess("workers")),
                List.of(Wire.of("w", "sink", "gen", "inproc://m")), List.of());
        Path file = Files.writeString(dir.resolve("named.json"), TopologyFiles.toJson(t));

        CliHarness r = CliHarness.run("run", file.toString(), "--mode", "in-process", "--duration", "30s");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+sink\\s+PULL\\s+\\S+\\s+0\\s+50")), r.out());
    }
}
