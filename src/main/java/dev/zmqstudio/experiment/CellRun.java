package dev.zmqstudio.experiment;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.LogSink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/** Runs one cell of a sweep in this process, in its own folder, and measures it. */
final class CellRun {
    /** How long a cell may take beyond its duration: for its gate, and for its last messages to arrive. */
    private static final long GRACE_MILLIS = 10_000;

    /** One cell's outcome: its options, what it sent and delivered, how long messages ran, and every latency. */
    record Result(int index, int repetition, Map<String, Object> cell, Topology topology, long sent, long delivered,
                  long dropped, double seconds, long[] latencyUs, String skipped) {
        int hosts() {
            return (int) topology.nodes().stream().filter(n -> n instanceof SocketNode).count();
        }

        double throughput() {
            return seconds <= 0 ? 0 : delivered / seconds;
        }
    }

    private CellRun() {
    }

    /** A run that could not be made or ran into an error: nothing measured, and why. */
    static Result failed(SweepSpec spec, Map<String, Object> cell, int index, int repetition, String why) {
        Topology topology;
        try {
            topology = CellTopology.of(spec, cell, 20_000);
        } catch (RuntimeException e) {
            topology = Topology.empty("failed");
        }
        return new Result(index, repetition, cell, topology, 0, 0, 0, 0, new long[0], "failed: " + why);
    }

    static Result run(SweepSpec spec, Map<String, Object> cell, int index, int repetition, Path folder) throws IOException {
        Files.createDirectories(folder);
        Topology topology = CellTopology.of(spec, cell, FreePortRun.find(CellTopology.portsNeeded(spec, cell)));
        TopologyFiles.save(topology, folder.resolve("topology.json"));
        java.util.Optional<String> tooLarge = CellBudget.tooLarge(topology);
        if (tooLarge.isPresent()) {
            return new Result(index, repetition, cell, topology, 0, 0, 0, 0, new long[0], tooLarge.get());
        }
        EngineSnapshot last;
        double seconds;
        try (Engine engine = new Engine(topology, EngineOptions.logTo(LogSink.DISCARD).withOutputDir(folder))) {
            engine.start();
            long deadline = System.nanoTime() + (spec.durationMillis() + GRACE_MILLIS) * 1_000_000L;
            while (engine.gateOpenedNanos() == 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(5_000_000L);
            }
            long opened = engine.gateOpenedNanos() == 0 ? System.nanoTime() : engine.gateOpenedNanos();
            while (System.nanoTime() < deadline && !engine.isQuiet(Duration.ofMillis(500))) {
                LockSupport.parkNanos(20_000_000L);
            }
            seconds = Math.max(0, engine.lastActivityNanos() - opened) / 1e9;
            engine.stop();
            last = engine.snapshot();
        }
        long sent = 0;
        long delivered = 0;
        for (EngineSnapshot.NodeStats n : last.nodes().values()) {
            var node = topology.node(n.id()).orElseThrow();
            if (node instanceof SocketNode s && s.behaviour() instanceof Behaviour.Generator) {
                sent += n.sent();
            }
            if (node instanceof SocketNode s && s.behaviour() instanceof Behaviour.Sink) {
                delivered += n.received();
            }
        }
        long dropped = last.wires().values().stream().mapToLong(EngineSnapshot.WireStats::dropped).sum();
        return new Result(index, repetition, cell, topology, sent, delivered, dropped, seconds,
                LatencyRows.copy(folder.resolve("latency"), folder.resolve("latency.csv")), null);
    }
}
