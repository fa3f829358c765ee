package dev.zmqstudio.cli;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.runtime.DeployedHostProcesses;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A deployed host dies and its deployment starts it again (as Compose or Kubernetes would) while the designer is
 * attached: the designer shows it gone, then back, and its counts go on from where they were instead of falling
 * back to zero.
 */
@Timeout(180)
class DeployedHostRestartTest {
    /** The three-host pipeline, with a producer that keeps sending (200 a second) until the run stops. */
    private static final String STEADY_PRODUCER = "\"rate\": 200, \"count\": 1000000";

    @Test
    void aRestartedHostIsShownGoneThenBackWithItsCountsGoingOn(@TempDir Path dir) throws Exception {
        Path file = DeployedHostProcesses.threeHosts(dir);
        Files.writeString(file, Files.readString(file).replace("\"rate\": 0, \"count\": 2000", STEADY_PRODUCER));
        assertEquals(0, CliHarness.run("keys", "generate", file.toString()).exitCode());
        String telemetry = "tcp://127.0.0.1:" + FreePorts.find();
        List<Process> hosts = new ArrayList<>(DeployedHostProcesses.start(dir, file, telemetry, dir.resolve("keys"),
                "h1", "h2", "h3"));
        List<String> lines = new CopyOnWriteArrayList<>();
        EngineOptions options = EngineOptions.logTo((node, text) -> lines.add(node + " " + text))
                .withCommandDir(dir).withOutputDir(dir).attachedAt(telemetry, Duration.ofSeconds(60));
        List<Long> counts = new ArrayList<>();
        try (Engine engine = new Engine(TopologyFiles.load(file), options)) {
            engine.start();
            EngineSnapshot before = await(engine, counts, s -> received(s) >= 100, "the collector got 100 messages");

            hosts.get(2).destroyForcibly(); // h3, the collector's host, with SIGKILL
            assertTrue(hosts.get(2).waitFor(30, TimeUnit.SECONDS));
            EngineSnapshot gone = await(engine, counts, s -> s.node("collector").state() == NodeState.ERROR,
                    "the collector shown in error once its host is silent");
            assertEquals("host h3 stopped reporting", gone.node("collector").error());
            assertTrue(lines.contains("collector error: host h3 has not reported for 5 s: shown as stopped until it"
                    + " reports again"), String.join("\n", lines));
            long atKill = received(gone);
            assertTrue(atKill >= received(before), "what h3 counted stays shown: " + atKill);

            hosts.set(2, DeployedHostProcesses.start(dir, file, telemetry, dir.resolve("keys"), "h3").getFirst());
            EngineSnapshot back = await(engine, counts, s -> s.node("collector").state() == NodeState.RUNNING
                    && received(s) >= atKill + 100, "the restarted collector counting on from " + atKill);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("collector host h3 reports from a new process (pid ")
                    && l.endsWith("): it was restarted; its counts go on from what it had counted")), String.join("\n", lines));
            assertEquals(1, back.node("collector").errors().count(), "the outage stays counted as the node's one error");
            engine.stop();
            EngineSnapshot end = engine.snapshot();
            assertTrue(received(end) >= received(back));
            // The killed process's last report may have been read between a message's count and its aggregate.
            assertEquals(received(end), end.node("collector").aggregate().count(), 1,
                    "the aggregate goes on too (without what h3 counted before: " + (received(end) - atKill) + ")");
        } finally {
            hosts.forEach(Process::destroyForcibly);
        }
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i) >= counts.get(i - 1), "the collector's count never goes back: " + counts);
        }
    }

    private static long received(EngineSnapshot s) {
        return s.node("collector").received();
    }

    /** Polls the engine's snapshot every 20 ms until {@code condition}, keeping each collector count seen. */
    private static EngineSnapshot await(Engine engine, List<Long> counts, Predicate<EngineSnapshot> condition,
                                        String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            EngineSnapshot s = engine.snapshot();
            counts.add(received(s));
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not seen within 60 s: " + what + "; collector: " + engine.snapshot().node("collector"));
    }
}
