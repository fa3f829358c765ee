package dev.zmqstudio.cli;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.FaultDirection;
import dev.zmqstudio.model.WireFaults;
import dev.zmqstudio.runtime.DeployedHostProcesses;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.WireState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wire faults reach the hosts of a deployment the designer is attached to: the file's scenario slows a wire between
 * two hosts, and a cut and a heal made while running (the wire's context menu) break its connection on the host
 * that connects and let it through again.
 */
@Timeout(180)
class DeployedHostFaultsTest {
    private static final int LATENCY_MS = 60;

    @Test
    void aScenarioAndLiveCutsActOnTheWiresBetweenDeployedHosts(@TempDir Path dir) throws Exception {
        Path file = DeployedHostProcesses.threeHosts(dir);
        String json = Files.readString(file)
                .replace("\"rate\": 0, \"count\": 2000", "\"rate\": 200, \"count\": 1000000")
                .replace("\"endpoint\": \"tcp://h1:", "\"faults\": {}, \"endpoint\": \"tcp://h1:")
                .replace("\"endpoint\": \"tcp://h3:", "\"faults\": {}, \"endpoint\": \"tcp://h3:")
                .replace("\"links\":", "\"scenario\": [{\"at\": \"0s\", \"latency\": \"w2\", \"ms\": " + LATENCY_MS + "}],\n  \"links\":");
        Files.writeString(file, json);
        assertEquals(0, CliHarness.run("keys", "generate", file.toString()).exitCode());
        String telemetry = "tcp://127.0.0.1:" + FreePorts.find();
        List<Process> hosts = DeployedHostProcesses.start(dir, file, telemetry, dir.resolve("keys"), "h1", "h2", "h3");
        List<String> lines = new CopyOnWriteArrayList<>();
        EngineOptions options = EngineOptions.logTo((node, text) -> lines.add(node + " " + text))
                .withCommandDir(dir).withOutputDir(dir).attachedAt(telemetry, Duration.ofSeconds(60));
        try (Engine engine = new Engine(TopologyFiles.load(file), options)) {
            engine.start();
            EngineSnapshot slowed = await(engine, s -> received(s) >= 100 && p50(s, "w2") >= LATENCY_MS * 1000L,
                    "the collector got 100 messages over w2, slowed to " + LATENCY_MS + " ms by the scenario");
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("scenario ") && l.endsWith(" latency w2 " + LATENCY_MS + " ms")),
                    String.join("\n", lines));

            WireFaults cut = new WireFaults(0, 0, 0, true, FaultDirection.BOTH);
            assertTrue(engine.applyFaults("w1", cut), "h2, which connects w1, carries it through its fault proxy");
            await(engine, s -> s.wire("w1").state() != WireState.CONNECTED, "w1's connection broken on h2");
            assertEquals(cut, engine.faults("w1").orElseThrow());

            long atCut = slowed.node("worker-in").received();
            assertTrue(engine.applyFaults("w1", WireFaults.NONE));
            EngineSnapshot healed = await(engine, s -> s.wire("w1").state() == WireState.CONNECTED
                    && s.node("worker-in").received() >= atCut + 100, "w1 connected again and carrying messages");
            assertTrue(received(healed) > received(slowed), "the collector counts on after the heal");
        } finally {
            hosts.forEach(Process::destroyForcibly);
        }
    }

    private static long received(EngineSnapshot s) {
        return s.node("collector").received();
    }

    private static long p50(EngineSnapshot s, String wire) {
        Long p50 = s.wire(wire).latencyP50Micros();
        return p50 == null ? 0 : p50;
    }

    /** Polls the engine's snapshot every 20 ms until {@code condition}. */
    private static EngineSnapshot await(Engine engine, Predicate<EngineSnapshot> condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            EngineSnapshot s = engine.snapshot();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(20);
        }
        EngineSnapshot s = engine.snapshot();
        throw new AssertionError("not seen within 60 s: " + what + "; collector " + s.node("collector") + ", w1 "
                + s.wire("w1") + ", w2 " + s.wire("w2"));
    }
}
