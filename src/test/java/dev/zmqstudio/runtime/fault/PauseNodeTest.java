package dev.zmqstudio.runtime.fault;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.ScenarioAction;
import dev.zmqstudio.model.ScenarioEvent;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.ChildTopologies;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A paused node takes no messages and sends none, while the rest of the run goes on; resumed, it takes what queued
 * up for it. In every kind of runner: a lone receiver, a linked worker, a generator, and a node in a child process.
 */
@Timeout(120)
class PauseNodeTest {
    private static final Behaviour SINK = new Behaviour.Sink(false, null, null, null);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static long received(EngineSnapshot s, String node) {
        return s.nodes().get(node).received();
    }

    private static long sent(EngineSnapshot s, String node) {
        return s.nodes().get(node).sent();
    }

    /** A generator at 200 msg/s into {@code sinkId} over {@code endpoint}. */
    private static Topology pushToSink(String endpoint, Placement sinkPlacement) {
        return new Topology("pause", "", Settings.DEFAULTS, List.of(
                SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("m {n}", 200, 0), endpoint),
                SocketNode.of("sink", SocketType.PULL, SINK).withPlacement(sinkPlacement)),
                List.of(Wire.of("w", "sink", "pusher", endpoint)), List.of());
    }

    private static void pausedSinkTakesNothingUntilResumed(EngineHarness run, String sink, String sender) throws Exception {
        run.awaitSnapshot(WAIT, x -> received(x, sink) >= 20);
        assertTrue(run.engine.pauseNode(sink));
        EngineSnapshot paused = run.awaitSnapshot(WAIT, x -> x.nodes().get(sink).state() == NodeState.PAUSED);
        long atPause = received(paused, sink);
        // What the sender sends now queues up for the paused node.
        EngineSnapshot later = run.awaitSnapshot(WAIT, x -> sent(x, sender) >= sent(paused, sender) + 200);
        assertTrue(received(later, sink) <= atPause + 1, "took " + (received(later, sink) - atPause) + " while paused");
        assertTrue(run.engine.resumeNode(sink));
        run.awaitSnapshot(WAIT, x -> received(x, sink) >= sent(later, sender) - 5
                && x.nodes().get(sink).state() == NodeState.RUNNING);
    }

    @Test
    void aLoneReceiverPausedTakesNothingAndResumedTakesTheBacklog() throws Exception {
        try (EngineHarness run = new EngineHarness(pushToSink("inproc://pause-" + FreePorts.find(), Placement.DEFAULT))) {
            pausedSinkTakesNothingUntilResumed(run, "sink", "pusher");
        }
    }

    @Test
    void aLinkedWorkerPausedPassesNothingOn() throws Exception {
        String tasks = "inproc://tasks-" + FreePorts.find();
        String results = "inproc://results-" + FreePorts.find();
        Topology t = new Topology("pause-worker", "", Settings.DEFAULTS, List.of(
                SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("m {n}", 200, 0), tasks),
                SocketNode.of("in", SocketType.PULL, Behaviour.Passive.INSTANCE),
                SocketNode.of("out", SocketType.PUSH, Behaviour.Passive.INSTANCE),
                SocketNode.of("sink", SocketType.PULL, SINK, results)),
                List.of(Wire.of("w-in", "in", "pusher", tasks), Wire.of("w-out", "out", "sink", results)),
                List.of(Link.of("work", "in", "out")));
        try (EngineHarness run = new EngineHarness(t)) {
            run.awaitSnapshot(WAIT, x -> received(x, "sink") >= 20);
            assertTrue(run.engine.pauseNode("in"));
            EngineSnapshot paused = run.awaitSnapshot(WAIT, x -> x.nodes().get("in").state() == NodeState.PAUSED);
            EngineSnapshot later = run.awaitSnapshot(WAIT, x -> sent(x, "pusher") >= sent(paused, "pusher") + 200);
            assertTrue(received(later, "in") <= received(paused, "in") + 1);
            assertTrue(run.engine.resumeNode("in"));
            run.awaitSnapshot(WAIT, x -> received(x, "sink") >= sent(later, "pusher") - 5);
        }
    }

    @Test
    void aPausedGeneratorSendsNothingWhileAnotherGoesOn() throws Exception {
        String a = "inproc://a-" + FreePorts.find();
        String b = "inproc://b-" + FreePorts.find();
        Topology t = new Topology("pause-generator", "", Settings.DEFAULTS, List.of(
                SocketNode.of("paused", SocketType.PUSH, Behaviour.Generator.of("p {n}", 200, 0), a),
                SocketNode.of("clock", SocketType.PUSH, Behaviour.Generator.of("c {n}", 200, 0), b),
                SocketNode.of("sink-a", SocketType.PULL, SINK), SocketNode.of("sink-b", SocketType.PULL, SINK)),
                List.of(Wire.of("wa", "sink-a", "paused", a), Wire.of("wb", "sink-b", "clock", b)), List.of());
        try (EngineHarness run = new EngineHarness(t)) {
            run.awaitSnapshot(WAIT, x -> sent(x, "paused") >= 20);
            assertTrue(run.engine.pauseNode("paused"));
            EngineSnapshot paused = run.awaitSnapshot(WAIT, x -> x.nodes().get("paused").state() == NodeState.PAUSED);
            EngineSnapshot later = run.awaitSnapshot(WAIT, x -> sent(x, "clock") >= sent(paused, "clock") + 200);
            assertTrue(sent(later, "paused") <= sent(paused, "paused") + 1, "sent while paused");
            assertTrue(run.engine.resumeNode("paused"));
            run.awaitSnapshot(WAIT, x -> sent(x, "paused") >= sent(later, "paused") + 20);
        }
    }

    @Test
    void aNodeInAChildProcessIsPausedThroughItsTelemetryChannel() throws Exception {
        try (EngineHarness run = new EngineHarness(pushToSink("tcp://127.0.0.1:" + FreePorts.find(), Placement.CHILD_PROCESS),
                ChildTopologies.launch())) {
            pausedSinkTakesNothingUntilResumed(run, "sink", "pusher");
        }
    }

    @Test
    void aScenarioPausesAndResumesOnTimeAndNotADeviceOrAProgram() throws Exception {
        Topology t = pushToSink("inproc://pause-s-" + FreePorts.find(), Placement.DEFAULT).withScenario(List.of(
                ScenarioEvent.of(200, ScenarioAction.PAUSE, "sink"), ScenarioEvent.of(600, ScenarioAction.RESUME, "sink")));
        try (EngineHarness run = new EngineHarness(t)) {
            run.awaitSnapshot(WAIT, x -> run.engine.scenarioDone());
            List<ScenarioPlayer.Played> played = run.engine.scenarioPlayed();
            assertEquals(2, played.size());
            played.forEach(p -> assertTrue(p.applied() && p.appliedMillis() - p.event().atMillis() <= 100, p.toString()));
            assertFalse(run.engine.pauseNode("nothing-here"));
        }
    }
}
