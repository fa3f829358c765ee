package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunPlan;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * More sockets than JeroMQ's default cap of 1,024 per context: every node runs (they failed with "Errno 156384819"),
 * and a thousand nodes do not take a thousand threads.
 */
@Timeout(120)
class ManySocketsTest {
    private static final int PAIRS = 560;

    private static Topology pairs(int count) {
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(SocketNode.of("push-" + i, SocketType.PUSH, new Behaviour.Generator("m {n}", 0, 1, List.of(), 1, false),
                    "inproc://pair-" + i));
            nodes.add(SocketNode.of("pull-" + i, SocketType.PULL, new Behaviour.Sink(false, null, null, null)));
            wires.add(Wire.of("w" + i, "pull-" + i, "push-" + i, "inproc://pair-" + i));
        }
        return new Topology("many", "", Settings.DEFAULTS, nodes, wires, List.of());
    }

    @Test
    void elevenHundredNodesAllRunAndDeliverOnAFewThreads() throws Exception {
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        try (EngineHarness h = new EngineHarness(pairs(PAIRS))) {
            int threadsRunning = ManagementFactory.getThreadMXBean().getThreadCount();
            assertTrue(threadsRunning - threadsBefore <= 64,
                    "a pool sized to the cores, not a thread per node: " + (threadsRunning - threadsBefore) + " more threads");
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(90),
                    x -> x.nodes().values().stream().filter(n -> n.id().startsWith("pull-")).mapToLong(n -> n.received()).sum() == PAIRS
                            || !x.failedNodes().isEmpty());
            assertEquals(0, s.failedNodes().size(), s.failedNodes().size() + " nodes failed, the first: "
                    + s.failedNodes().stream().limit(1).map(n -> n.id() + ": " + n.error()).toList());
            assertEquals(PAIRS, s.nodes().values().stream().filter(n -> n.id().startsWith("pull-")).mapToLong(n -> n.received()).sum());
        }
    }

    @Test
    void theContextMakesRoomForEverySocketOfThePlan() {
        try (var small = RunContext.contextFor(RunPlan.of(pairs(2)));
             var large = RunContext.contextFor(RunPlan.of(pairs(PAIRS)))) {
            assertEquals(RunContext.DEFAULT_MAX_SOCKETS, small.getContext().getMaxSockets());
            assertTrue(large.getContext().getMaxSockets() >= 2 * 2 * PAIRS, "two per socket: " + large.getContext().getMaxSockets());
        }
    }
}
