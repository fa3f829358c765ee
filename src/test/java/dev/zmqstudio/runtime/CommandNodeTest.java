package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.external.CommandApproval;
import dev.zmqstudio.runtime.external.CommandsRefusedException;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Command;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An external node's command runs as a child process for the length of the run, its output in the log. */
@Timeout(30)
class CommandNodeTest {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private static Topology withCommand(String... argv) {
        return Topology.empty("cmd").withNode(SocketNode.of("program", SocketType.PULL, Behaviour.Passive.INSTANCE)
                .withPlacement(Placement.EXTERNAL).withCommand(Command.of(argv)));
    }

    private Engine engine(Topology topology, Path folder) {
        return new Engine(topology, EngineOptions.logTo((node, text) -> lines.add(node + " " + text))
                .withCommandDir(folder).withCommands(CommandApproval.ALLOW));
    }

    private static EngineSnapshot await(Engine engine, NodeState state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        EngineSnapshot s = engine.snapshot();
        while (s.node("program").state() != state) {
            assertTrue(System.nanoTime() < deadline, "program never reached " + state + ": " + s.node("program"));
            Thread.sleep(10);
            s = engine.snapshot();
        }
        return s;
    }

    private long loggedPid() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (lines.isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "the program printed its pid");
            Thread.sleep(10);
        }
        return Long.parseLong(lines.getFirst().substring("program ".length()));
    }

    @Test
    void outputAndErrorLinesGoToTheLogUnderTheNodeAndTheProgramRunsInTheFilesFolder(@TempDir Path folder) throws Exception {
        try (Engine engine = engine(withCommand("/bin/sh", "-c", "pwd; echo 'oops' >&2"), folder)) {
            engine.start();
            EngineSnapshot s = await(engine, NodeState.FINISHED);
            assertNull(s.node("program").error());
            assertTrue(engine.generatorsFinished(), "with no generator, the run is done when its programs are");
        }
        assertEquals(List.of("program " + folder.toRealPath(), "program stderr: oops"), lines.stream().sorted().toList());
    }

    @Test
    void aNonZeroExitBeforeTheRunStopsIsTheNodesError(@TempDir Path folder) throws Exception {
        try (Engine engine = engine(withCommand("/bin/sh", "-c", "echo 'no module named zmq' >&2; exit 3"), folder)) {
            engine.start();
            EngineSnapshot s = await(engine, NodeState.ERROR);
            assertEquals("command '/bin/sh -c \"echo 'no module named zmq' >&2; exit 3\"' exited with code 3: no module named zmq",
                    s.node("program").error());
            assertEquals(List.of("program"), s.failedNodes().stream().map(EngineSnapshot.NodeStats::id).toList());
        }
    }

    @Test
    void stopEndsTheProgram(@TempDir Path folder) throws Exception {
        Engine engine = engine(withCommand("/bin/sh", "-c", "echo $$; exec sleep 60"), folder);
        engine.start();
        long pid = loggedPid();
        await(engine, NodeState.RUNNING);
        engine.stop();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the program is gone");
        assertEquals(NodeState.STOPPED, engine.snapshot().node("program").state());
        assertNull(engine.snapshot().node("program").error(), "being stopped is not an error");
    }

    @Test
    void aProgramThatIgnoresTerminationIsKilledAfterTwoSeconds(@TempDir Path folder) throws Exception {
        Engine engine = engine(withCommand("/bin/sh", "-c", "trap '' TERM; echo $$; while true; do sleep 0.1; done"), folder);
        engine.start();
        long pid = loggedPid();
        long before = System.nanoTime();
        engine.stop();
        long tookMs = (System.nanoTime() - before) / 1_000_000;
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the program is gone");
        assertTrue(tookMs >= 1_900 && tookMs < 6_000, "destroyForcibly after the 2 s grace: " + tookMs + " ms");
    }

    @Test
    void withoutApprovalNothingStarts(@TempDir Path folder) {
        Path marker = folder.resolve("ran");
        Engine engine = new Engine(withCommand("/usr/bin/touch", marker.toString()), EngineOptions.logTo(null).withCommandDir(folder));
        CommandsRefusedException e = assertThrows(CommandsRefusedException.class, engine::start);
        assertEquals("the topology launches commands that were not allowed: program: /usr/bin/touch " + marker, e.getMessage());
        assertEquals(1, e.commands().size());
        assertFalse(engine.isRunning());
        assertFalse(marker.toFile().exists());
    }
}
