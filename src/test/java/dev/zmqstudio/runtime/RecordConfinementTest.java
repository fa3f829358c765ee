package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A running topology writes only inside its output folder: a link placed there (by a hostile archive, say) pointing
 * outside fails the recording node with a clear message, and nothing outside changes. The validator cannot see
 * links, so this is the engine's own check.
 */
@Timeout(60)
class RecordConfinementTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private static Topology recordingTo(String path) {
        return Topology.empty("confined")
                .withNode(SocketNode.of("pusher", SocketType.PUSH,
                        new Behaviour.Generator("m{n}", 0, 5, List.of(), 1, false), "inproc://confined"))
                .withNode(SocketNode.of("recorder", SocketType.PULL, new Behaviour.Sink(false, null, null, path)))
                .withWire(Wire.of("w", "recorder", "pusher", "inproc://confined"));
    }

    /** Runs until the recorder has failed or everything is quiet; returns the recorder's stats and log. */
    private Outcome run(Topology topology, Path out) throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        try (Engine engine = new Engine(topology, EngineOptions.logTo((node, text) -> lines.add(node + " " + text))
                .withOutputDir(out))) {
            engine.start();
            long deadline = System.nanoTime() + WAIT.toNanos();
            EngineSnapshot s = engine.snapshot();
            while (s.nodes().get("recorder").state() != NodeState.ERROR && !engine.isQuiet(Duration.ofMillis(300))) {
                assertTrue(System.nanoTime() < deadline, "the run neither failed nor finished: " + s);
                Thread.sleep(10);
                s = engine.snapshot();
            }
            engine.stop();
            return new Outcome(engine.snapshot().nodes().get("recorder"), List.copyOf(lines));
        }
    }

    private record Outcome(EngineSnapshot.NodeStats recorder, List<String> lines) {
    }

    private static List<Path> tree(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.sorted().toList();
        }
    }

    @Test
    void aLinkToAFileOutsideFailsTheNodeAndTheFileKeepsItsContent() throws Exception {
        Path outside = Files.createDirectory(temp.resolve("home"));
        Path bashrc = Files.writeString(outside.resolve(".bashrc"), "alias ll='ls -l'\n");
        Path out = Files.createDirectory(temp.resolve("out"));
        Files.createSymbolicLink(out.resolve("latency.csv"), bashrc);

        Outcome o = run(recordingTo("latency.csv"), out);

        assertEquals(NodeState.ERROR, o.recorder().state());
        assertEquals("cannot write the record file " + out.resolve("latency.csv") + ": \"latency.csv\" is a symbolic link; files are written only to regular files inside the output folder, "
                + "never through links", o.recorder().error());
        assertTrue(o.lines().contains("recorder error: " + o.recorder().error()), o.lines().toString());
        assertEquals("alias ll='ls -l'\n", Files.readString(bashrc));
        assertEquals(List.of(outside, bashrc), tree(outside));
    }

    @Test
    void aLinkToAFolderOutsideFailsTheNodeAndNothingIsMadeThere() throws Exception {
        Path outside = Files.createDirectory(temp.resolve("elsewhere"));
        Path out = Files.createDirectory(temp.resolve("out"));
        Files.createSymbolicLink(out.resolve("runs"), outside);

        Outcome o = run(recordingTo("runs/today/latency.csv"), out);

        assertEquals(NodeState.ERROR, o.recorder().state());
        assertTrue(o.recorder().error().endsWith(": \"runs\" is a symbolic link; files are written only to real folders "
                + "inside the output folder"), o.recorder().error());
        assertEquals(List.of(outside), tree(outside));
    }

    @Test
    void aPathTheValidatorWouldRefuseIsRefusedByTheEngineToo() throws Exception {
        Path out = temp.resolve("out");
        Outcome o = run(recordingTo("../escaped.csv"), out);
        assertEquals(NodeState.ERROR, o.recorder().state());
        assertTrue(o.recorder().error().endsWith("the path is refused: it goes up with '..'; a file may only write "
                + "inside the output folder"), o.recorder().error());
        assertEquals(List.of(temp), tree(temp));
    }

    @Test
    void aPathInsideRecordsEveryMessageInFoldersItMakes() throws Exception {
        Path out = temp.resolve("out");
        Outcome o = run(recordingTo("runs/today/latency.csv"), out);
        assertTrue(o.recorder().state() != NodeState.ERROR, o.recorder().error());
        List<String> rows = Files.readAllLines(out.resolve("runs/today/latency.csv"));
        assertEquals(6, rows.size(), "header and one row per message: " + rows);
    }
}
