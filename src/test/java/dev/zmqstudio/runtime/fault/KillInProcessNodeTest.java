package dev.zmqstudio.runtime.fault;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.ScenarioAction;
import dev.zmqstudio.model.ScenarioEvent;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kill node and Restart node on a node of this process, as on a child process: killed, its sockets close and the
 * others go on without it; restarted, it binds and connects again and its counts go on from where they were.
 */
@Timeout(120)
class KillInProcessNodeTest {
    private static final Behaviour SINK = new Behaviour.Sink(false, null, null, null);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static long received(EngineSnapshot s, String node) {
        return s.nodes().get(node).received();
    }

    private static Topology pushToTwo(String endpoint, List<ScenarioEvent> scenario) {
        return new Topology("kill", "", Settings.DEFAULTS, List.of(
                SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("m {n}", 200, 0), endpoint),
                SocketNode.of("a", SocketType.PULL, SINK), SocketNode.of("b", SocketType.PULL, SINK)),
                List.of(Wire.of("wa", "a", "pusher", endpoint), Wire.of("wb", "b", "pusher", endpoint)), List.of(), scenario);
    }

    @Test
    void aKilledSinkTakesNothingWhileTheOthersGoOnAndRestartedCountsOn() throws Exception {
        try (EngineHarness run = new EngineHarness(pushToTwo("tcp://127.0.0.1:" + FreePorts.find(), List.of()))) {
            run.awaitSnapshot(WAIT, x -> received(x, "a") >= 20);
            assertTrue(run.engine.killNode("a"));
            EngineSnapshot killed = run.engine.snapshot();
            assertEquals(NodeState.STOPPED, killed.nodes().get("a").state());
            long atKill = received(killed, "a");
            run.awaitSnapshot(WAIT, x -> received(x, "b") >= received(killed, "b") + 100);
            assertEquals(atKill, received(run.engine.snapshot(), "a"), "a killed node takes nothing");
            assertTrue(run.engine.restartNode("a"));
            run.awaitSnapshot(WAIT, x -> received(x, "a") >= atKill + 20 && x.nodes().get("a").state() == NodeState.RUNNING);
            assertTrue(run.linesOf("a").contains("killed (Kill node): stopped"), run.lines.toString());
        }
    }

    @Test
    void aRestartedGeneratorSendsAgainAndAScenarioKillsAndRestartsOnTime() throws Exception {
        // Over tcp: ZeroMQ reconnects to a binder that comes back; an inproc connection does not come back.
        Topology t = pushToTwo("tcp://127.0.0.1:" + FreePorts.find(), List.of(
                ScenarioEvent.of(300, ScenarioAction.KILL, "pusher"), ScenarioEvent.of(700, ScenarioAction.RESTART, "pusher")));
        try (EngineHarness run = new EngineHarness(t)) {
            run.awaitSnapshot(WAIT, x -> run.engine.scenarioDone());
            run.engine.scenarioPlayed().forEach(p -> assertTrue(p.applied(), p.toString()));
            long sent = run.engine.snapshot().nodes().get("pusher").sent();
            run.awaitSnapshot(WAIT, x -> x.nodes().get("pusher").sent() >= sent + 40
                    && received(x, "a") + received(x, "b") >= sent + 30);
        }
    }
}
