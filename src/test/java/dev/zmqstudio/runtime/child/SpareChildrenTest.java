package dev.zmqstudio.runtime.child;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.ChildTopologies;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Children started before the run knows what they run: how they learn it, and that none is left waiting. */
@Timeout(180)
class SpareChildrenTest {

    @Test
    void aSpareReadsItsOptionsAndLeavesTheTopologyToRead() throws IOException {
        List<String> args = List.of("--unit", "--hub", "--unit", "ünïcode id", "--output-dir", "/tmp/a folder/with spaces");
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(SpareChildren.assignment(args));
        input.writeBytes("{\"format\": 1}".getBytes(StandardCharsets.UTF_8));
        InputStream in = new ByteArrayInputStream(input.toByteArray());

        assertEquals(args, SpareChildren.readAssignment(in), "option-like and spaced values come back as they went");
        assertEquals("{\"format\": 1}", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anInputThatEndsBeforeAnyOptionMeansTheSpareWasNotNeeded() throws IOException {
        assertNull(SpareChildren.readAssignment(new ByteArrayInputStream(new byte[0])));
        byte[] cut = SpareChildren.assignment(List.of("--unit", "a"));
        IOException e = assertThrows(IOException.class, () -> SpareChildren.readAssignment(
                new ByteArrayInputStream(cut, 0, cut.length - 1)));
        assertTrue(e.getMessage().contains("before its end mark"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpareChildren.assignment(List.of("--unit", "")),
                "an empty value would read as the end mark");
    }

    @Test
    void theRunsChildrenAreTheSparesAndTheSpareItDidNotNeedEnds() throws Exception {
        int port = FreePorts.find();
        Topology t = TopologyFiles.parse("""
                {"format": 1, "name": "t", "settings": {"waitForConnections": true, "placement": "child-process"}, "nodes": [
                  {"id": "producer", "type": "PUSH", "binds": ["tcp://127.0.0.1:%1$d"],
                   "behaviour": {"kind": "generator", "template": "n{n}", "rate": 0, "count": 300, "log": false}},
                  {"id": "collector", "type": "PULL", "behaviour": {"kind": "sink", "log": false}}],
                 "wires": [{"id": "w", "from": "collector", "to": "producer", "endpoint": "tcp://127.0.0.1:%1$d"}]}
                """.formatted(port), "test");
        assertEquals(List.of(1, 1), Engine.childProcessSizes(t));
        ChildLaunch launch = ChildTopologies.launch();
        try (SpareChildren spares = SpareChildren.start(launch, List.of(1, 1, 1));
             Engine engine = new Engine(t, EngineOptions.logTo(null).withChildren(launch))) {
            Set<Long> started = new HashSet<>(spares.pids());
            assertEquals(3, started.size());
            engine.useSpareChildren(spares);
            engine.start();

            Set<Long> used = new HashSet<>();
            engine.children().forEach(c -> used.add(c.pid()));
            assertEquals(2, used.size());
            assertTrue(started.containsAll(used), "the children are spares " + started + ": " + used);
            started.removeAll(used);
            ProcessHandle unused = ProcessHandle.of(started.iterator().next()).orElse(null);
            if (unused != null) {
                unused.onExit().get(60, TimeUnit.SECONDS); // ends once its input closes
            }

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (engine.snapshot().node("collector").received() < 300 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            engine.stop();
            EngineSnapshot end = engine.snapshot();
            assertEquals(300, end.node("collector").received(), "a spare runs its node like a child started for it");
            assertEquals(300, end.wire("w").messages());
        }
    }

    @Test
    void aChildTooLargeForTheUsualHeapGetsNoSpare() {
        ChildLaunch launch = ChildTopologies.launch();
        try (SpareChildren none = SpareChildren.start(launch, List.of(5_000));
             SpareChildren one = SpareChildren.start(launch, List.of(5_000, 2))) {
            assertEquals(List.of(), none.pids(), "5,000 nodes get a larger heap than a spare has");
            assertEquals(1, one.pids().size(), "the child of 2 nodes has one");
        }
    }
}
