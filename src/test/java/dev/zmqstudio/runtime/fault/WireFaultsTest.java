package dev.zmqstudio.runtime.fault;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.ScenarioAction;
import dev.zmqstudio.model.ScenarioEvent;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.model.WireFaults;
import dev.zmqstudio.runtime.ChildTopologies;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.WireState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wire's faults as a user sees them in the run: latency on that wire and no other, a cut that stops delivery
 * (ZeroMQ retrying against a refused port) and a heal that resumes it, and a scenario applied on time.
 */
@Timeout(120)
class WireFaultsTest {
    private static final Behaviour SINK = new Behaviour.Sink(false, null, null, null);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static Wire wire(String id, String from, String to, String endpoint, WireFaults faults) {
        return new Wire(id, from, Side.MAIN, to, Side.MAIN, endpoint, faults);
    }

    /** A PUSH binding {@code endpoint}, sending {@code count} messages at {@code rate}, to sinks a and b. */
    private static Topology pushToTwo(String endpoint, double rate, long count, WireFaults toA, WireFaults toB,
                                      List<ScenarioEvent> scenario) {
        return new Topology("faults", "", Settings.DEFAULTS, List.of(
                SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("m {n}", rate, count), endpoint),
                SocketNode.of("a", SocketType.PULL, SINK),
                SocketNode.of("b", SocketType.PULL, SINK)),
                List.of(wire("wa", "a", "pusher", endpoint, toA), wire("wb", "b", "pusher", endpoint, toB)),
                List.of(), scenario);
    }

    private static long received(EngineSnapshot s, String node) {
        return s.nodes().get(node).received();
    }

    @Test
    void latencyOverTcpShowsOnTheFaultedWireAndNoOther() throws Exception {
        String endpoint = "tcp://127.0.0.1:" + FreePorts.find();
        Topology t = pushToTwo(endpoint, 100, 80, WireFaults.NONE.withLatency(20, 0), null, List.of());
        try (EngineHarness run = new EngineHarness(t)) {
            EngineSnapshot s = run.awaitSnapshot(WAIT, x -> received(x, "a") + received(x, "b") == 80);
            EngineSnapshot.WireStats slow = s.wires().get("wa");
            EngineSnapshot.WireStats fast = s.wires().get("wb");
            assertEquals(40, slow.messages(), s.toString());
            assertTrue(slow.latencyP50Micros() >= 20_000, "p50 over the faulted wire: " + slow.latencyP50Micros() + " us");
            assertTrue(fast.latencyP50Micros() < 20_000, "p50 over the plain wire: " + fast.latencyP50Micros() + " us");
        }
    }

    @Test
    void latencyOnAnInprocWireCarriesItOverLoopbackWithExactCounts() throws Exception {
        String endpoint = "inproc://faulted-" + FreePorts.find();
        Topology t = pushToTwo(endpoint, 100, 60, WireFaults.NONE.withLatency(20, 5), null, List.of());
        try (EngineHarness run = new EngineHarness(t)) {
            EngineSnapshot s = run.awaitSnapshot(WAIT, x -> received(x, "a") + received(x, "b") == 60);
            assertEquals(30, s.wires().get("wa").messages());
            assertEquals(30, s.wires().get("wb").messages());
            assertTrue(s.wires().get("wa").latencyP50Micros() >= 15_000, s.wires().get("wa").toString());
            assertTrue(s.wires().get("wb").latencyP50Micros() < 15_000, s.wires().get("wb").toString());
        }
    }

    @Test
    void aCutStopsDeliveryWhileZeroMqRetriesAndAHealResumesIt() throws Exception {
        String endpoint = "tcp://127.0.0.1:" + FreePorts.find();
        Topology t = pushToTwo(endpoint, 200, 0, WireFaults.NONE, null, List.of());
        try (EngineHarness run = new EngineHarness(t)) {
            run.awaitSnapshot(WAIT, x -> received(x, "a") >= 20);
            assertTrue(run.engine.applyFaults("wa", WireFaults.NONE.withCut(true)));
            EngineSnapshot cut = run.awaitSnapshot(WAIT, x -> x.wires().get("wa").state() == WireState.RETRYING);
            long atCut = received(cut, "a");
            // The generator goes on: what it sends now goes to b only, and none of it reaches a.
            run.awaitSnapshot(WAIT, x -> received(x, "b") >= received(cut, "b") + 100);
            EngineSnapshot during = run.engine.snapshot();
            assertEquals(atCut, received(during, "a"), "a received while its wire was cut");
            assertFalse(during.wires().get("wa").state() == WireState.CONNECTED);

            assertTrue(run.engine.applyFaults("wa", WireFaults.NONE));
            EngineSnapshot healed = run.awaitSnapshot(WAIT, x -> received(x, "a") >= atCut + 20);
            assertEquals(WireState.CONNECTED, healed.wires().get("wa").state());
        }
    }

    @Test
    void aScenarioAppliesEachEventWithinATenthOfASecondOfItsTime() throws Exception {
        String endpoint = "tcp://127.0.0.1:" + FreePorts.find();
        List<ScenarioEvent> scenario = List.of(
                ScenarioEvent.of(300, ScenarioAction.CUT, "wa"),
                ScenarioEvent.of(700, ScenarioAction.HEAL, "wa"),
                new ScenarioEvent(900, ScenarioAction.LATENCY, "wb", 20, 0, 0));
        Topology t = pushToTwo(endpoint, 100, 0, null, null, scenario);
        try (EngineHarness run = new EngineHarness(t)) {
            run.awaitSnapshot(WAIT, x -> run.engine.scenarioDone());
            List<ScenarioPlayer.Played> played = run.engine.scenarioPlayed();
            assertEquals(3, played.size());
            for (ScenarioPlayer.Played p : played) {
                assertTrue(p.applied(), p.toString());
                long late = p.appliedMillis() - p.event().atMillis();
                assertTrue(late >= 0 && late <= 100, p.event().describe() + " applied " + late + " ms after its time");
            }
            assertEquals(WireFaults.NONE.withLatency(20, 0), run.engine.faults("wb").orElseThrow());
            assertFalse(run.engine.faults("wa").orElseThrow().cut());
        }
    }

    @Test
    void aWireWithoutFaultsCannotTakeThemWhileRunning() throws Exception {
        String endpoint = "tcp://127.0.0.1:" + FreePorts.find();
        Topology t = pushToTwo(endpoint, 100, 10, null, null, List.of());
        try (EngineHarness run = new EngineHarness(t)) {
            run.awaitSnapshot(WAIT, x -> received(x, "a") + received(x, "b") == 10);
            assertFalse(run.engine.applyFaults("wa", WireFaults.NONE.withCut(true)));
            assertTrue(run.engine.faults("wa").isEmpty());
        }
    }

    @Test
    void aWireAChildProcessConnectsTakesACutAndAHealWhileRunning() throws Exception {
        String endpoint = "tcp://127.0.0.1:" + FreePorts.find();
        Topology t = pushToTwo(endpoint, 200, 0, WireFaults.NONE, null, List.of())
                .mapNodes(n -> n.id().equals("a") ? ((SocketNode) n).withPlacement(Placement.CHILD_PROCESS) : n);
        try (EngineHarness run = new EngineHarness(t, ChildTopologies.launch())) {
            run.awaitSnapshot(WAIT, x -> received(x, "a") >= 20);
            assertTrue(run.engine.applyFaults("wa", WireFaults.NONE.withCut(true)));
            assertTrue(run.engine.faults("wa").orElseThrow().cut());
            EngineSnapshot cut = run.awaitSnapshot(WAIT, x -> x.wires().get("wa").state() == WireState.RETRYING);
            long atCut = received(cut, "a");
            run.awaitSnapshot(WAIT, x -> received(x, "b") >= received(cut, "b") + 100);
            assertEquals(atCut, received(run.engine.snapshot(), "a"), "a received while its wire was cut");
            assertTrue(run.engine.applyFaults("wa", WireFaults.NONE));
            run.awaitSnapshot(WAIT, x -> received(x, "a") >= atCut + 20
                    && x.wires().get("wa").state() == WireState.CONNECTED);
        }
    }
}
