package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.ChildTopologies;
import dev.zmqstudio.runtime.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run that has gone quiet while PUSH has sent messages its PULL has not received yet (a starved process holds
 * them) is not over: it waits for them, and ends once they are in.
 */
@Timeout(120)
class MessagesOnTheWayTest {

    private static Topology topology(String json) throws Exception {
        return TopologyFiles.parse(json, "test");
    }

    /** producer -> worker (linked to worker-out) -> collector, and a PUB on the side. */
    private static final String PIPELINE = """
            {"format": 1, "name": "t", "nodes": [
              {"id": "producer", "type": "PUSH", "binds": ["tcp://127.0.0.1:%1$d"]},
              {"id": "worker-in", "type": "PULL"},
              {"id": "worker-out", "type": "PUSH"},
              {"id": "collector", "type": "PULL", "binds": ["tcp://127.0.0.1:%2$d"]},
              {"id": "news", "type": "PUB", "binds": ["tcp://127.0.0.1:%3$d"]},
              {"id": "reader", "type": "SUB"}%4$s],
             "wires": [
              {"id": "w1", "from": "worker-in", "to": "producer", "endpoint": "tcp://127.0.0.1:%1$d"},
              {"id": "w2", "from": "worker-out", "to": "collector", "endpoint": "tcp://127.0.0.1:%2$d"},
              {"id": "w3", "from": "reader", "to": "news", "endpoint": "tcp://127.0.0.1:%3$d"}%5$s],
             "links": [{"id": "l", "from": "worker-in", "to": "worker-out"}]}
            """;

    private static EngineSnapshot.NodeStats node(String id, NodeState state, long sent, long received) {
        return new EngineSnapshot.NodeStats(id, "PUSH", state, sent, received, null, Map.of(), Map.of(), null,
                EngineSnapshot.Errors.NONE, sent, received);
    }

    private static EngineSnapshot snapshot(EngineSnapshot.NodeStats... nodes) {
        return new EngineSnapshot(java.util.Arrays.stream(nodes).collect(java.util.stream.Collectors.toMap(
                EngineSnapshot.NodeStats::id, n -> n)), Map.of(), Map.of(), true);
    }

    @Test
    void pushToPullWiresCountWhatIsStillOnItsWay() throws Exception {
        MessagesOnTheWay onTheWay = MessagesOnTheWay.of(RunPlan.of(topology(PIPELINE.formatted(1, 2, 3, "", ""))));
        EngineSnapshot s = snapshot(node("producer", NodeState.FINISHED, 100, 0), node("worker-in", NodeState.RUNNING, 0, 97),
                node("worker-out", NodeState.RUNNING, 50, 0), node("collector", NodeState.RUNNING, 0, 48));
        assertEquals(OptionalLong.of(3 + 2), onTheWay.count(s), "sent less received over w1 and w2; the PUB's wire does not count");

        EngineSnapshot failed = snapshot(node("producer", NodeState.FINISHED, 100, 0), node("worker-in", NodeState.ERROR, 0, 97),
                node("worker-out", NodeState.RUNNING, 50, 0), node("collector", NodeState.RUNNING, 0, 48));
        assertEquals(OptionalLong.empty(), onTheWay.count(failed), "what a failed node held may never arrive");
    }

    @Test
    void aPullWithAPeerWeDoNotRunTakesItsPushesOutOfTheCount() throws Exception {
        String outsider = ",\n{\"id\": \"outsider\", \"type\": \"PUSH\", \"placement\": \"external\"}";
        String wire = ",\n{\"id\": \"w4\", \"from\": \"outsider\", \"to\": \"collector\", \"endpoint\": \"tcp://127.0.0.1:2\"}";
        MessagesOnTheWay onTheWay = MessagesOnTheWay.of(RunPlan.of(topology(PIPELINE.formatted(1, 2, 3, outsider, wire))));
        EngineSnapshot s = snapshot(node("producer", NodeState.FINISHED, 100, 0), node("worker-in", NodeState.RUNNING, 0, 97),
                node("worker-out", NodeState.RUNNING, 50, 0), node("collector", NodeState.RUNNING, 0, 60));
        assertEquals(OptionalLong.of(3), onTheWay.count(s), "the collector also counts the outsider's messages: only w1 counts");
    }

    @Test
    void aQuietRunWaitsForMessagesAStoppedProcessHoldsAndEndsOnceTheyAreIn() throws Exception {
        int port = FreePorts.find();
        Topology t = topology("""
                {"format": 1, "name": "t", "settings": {"waitForConnections": true}, "nodes": [
                  {"id": "producer", "type": "PUSH", "binds": ["tcp://127.0.0.1:%1$d"],
                   "behaviour": {"kind": "generator", "template": "n{n}", "rate": 10, "count": 30, "log": false}},
                  {"id": "collector", "type": "PULL", "placement": "child-process", "behaviour": {"kind": "sink", "log": false}}],
                 "wires": [{"id": "w", "from": "collector", "to": "producer", "endpoint": "tcp://127.0.0.1:%1$d"}]}
                """.formatted(port));
        try (EngineHarness h = new EngineHarness(t, ChildTopologies.launch())) {
            h.awaitSnapshot(Duration.ofSeconds(60), s -> s.node("collector").received() >= 2);
            long pid = h.engine.child("collector").orElseThrow().pid();
            signal("STOP", pid); // as if the machine gave it no CPU for as long as it is stopped
            try {
                h.awaitSnapshot(Duration.ofSeconds(60), s -> s.node("producer").state() == NodeState.FINISHED);
                long finished = System.nanoTime();
                while (System.nanoTime() - finished < TimeUnit.MILLISECONDS.toNanos(2500)) {
                    assertFalse(h.engine.isQuiet(Duration.ofSeconds(1)), "messages are on their way: the run goes on");
                    Thread.sleep(20);
                }
                assertTrue(h.lines.stream().anyMatch(l -> l.startsWith("engine ")
                        && l.endsWith(" sent but not received yet: waiting for them (at most 10 s with nothing moving)")),
                        String.join("\n", h.lines));
            } finally {
                signal("CONT", pid);
            }
            EngineSnapshot end = h.awaitSnapshot(Duration.ofSeconds(30), s -> h.engine.isQuiet(Duration.ofSeconds(1)));
            assertEquals(30, end.node("collector").received(), "every message arrived before the run was quiet");
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal);
    }
}
