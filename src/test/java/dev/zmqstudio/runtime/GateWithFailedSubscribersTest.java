package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A subscriber that fails or dies before its subscriptions can reach its publisher is not waited for: the
 * publisher starts as soon as the live subscribers have subscribed, not at the gate's 5 s timeout, and the live
 * subscribers still get every message. A port held by a plain tcp listener makes a bind fail.
 */
@Timeout(120)
class GateWithFailedSubscribersTest {
    /** The gate opens this soon after start returns when nothing live is missing (its timeout is 5 s). */
    private static final long PROMPT_MS = 1_000;
    private static final String IN_USE = ": address already in use (another program or node holds this port; "
            + "stop it or pick a free port)";

    @ParameterizedTest
    @EnumSource(value = Placement.class, names = {"IN_PROCESS", "CHILD_PROCESS"})
    void aSubscriberThatCannotBindTheEndpointItsPublisherConnectsToDoesNotHoldThePublisherBack(Placement placement)
            throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String busy = "tcp://127.0.0.1:" + squatter.getLocalPort();
            String free = "tcp://127.0.0.1:" + FreePorts.find();
            Topology t = topology(List.of(
                            SocketNode.of("pub", SocketType.PUB, generator("tick {n}", List.of()), free),
                            sub("ok", "", Placement.IN_PROCESS),
                            sub("blocked", "", placement, busy)),
                    List.of(Wire.of("w-ok", "ok", "pub", free), Wire.of("w-blocked", "pub", "blocked", busy)));
            try (EngineHarness h = new EngineHarness(t, ChildTopologies.launch())) {
                assertGateOpensPromptly(h);
                EngineSnapshot s = h.awaitQuiet(Duration.ofSeconds(30), Duration.ofMillis(500));
                assertEquals(NodeState.ERROR, s.node("blocked").state());
                assertEquals("cannot bind " + busy + IN_USE, s.node("blocked").error());
                assertEquals(100, s.node("pub").sent());
                assertEquals(100, s.node("ok").received());
                assertEquals(100, s.wire("w-ok").messages());
                assertEquals(0, s.wire("w-blocked").messages());
            }
        }
    }

    @Test
    void aSubscriberBehindAForwarderWhoseProcessDiesDoesNotHoldThePublisherBack(@TempDir Path dir) throws Exception {
        Topology t = behindForwarder(sub("sub8", "8", Placement.CHILD_PROCESS));
        try (EngineHarness h = new EngineHarness(t, ChildTopologies.crashingAtStartUp("sub8", dir))) {
            assertGateOpensPromptly(h);
            EngineSnapshot s = assertOnlyTopic9Passed(h);
            assertEquals(NodeState.ERROR, s.node("sub8").state());
            assertEquals("process exited with code 7", s.node("sub8").error());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Placement.class, names = {"IN_PROCESS", "CHILD_PROCESS"})
    void aSubscriberBehindAForwarderThatFailsToBindDoesNotHoldThePublisherBack(Placement placement) throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String busy = "tcp://127.0.0.1:" + squatter.getLocalPort();
            Topology t = behindForwarder(sub("sub8", "8", placement, busy));
            try (EngineHarness h = new EngineHarness(t, ChildTopologies.launch())) {
                assertGateOpensPromptly(h);
                EngineSnapshot s = assertOnlyTopic9Passed(h);
                assertEquals(NodeState.ERROR, s.node("sub8").state());
                assertEquals("cannot bind " + busy + IN_USE, s.node("sub8").error());
            }
        }
    }

    /**
     * pub (topics 8 and 9, 50 messages each) -> forwarder <- sub9 and {@code sub8}: the forwarder owes the publisher
     * both topics, 8 only on sub8's behalf.
     */
    private static Topology behindForwarder(SocketNode sub8) {
        String front = "tcp://127.0.0.1:" + FreePorts.find();
        String back = "tcp://127.0.0.1:" + FreePorts.find();
        return topology(List.of(
                        DeviceNode.of("forwarder", DeviceType.FORWARDER, front, back).withPlacement(Placement.IN_PROCESS),
                        SocketNode.of("pub", SocketType.PUB, generator("{topic} {n}", List.of("8", "9"))),
                        sub("sub9", "9", Placement.IN_PROCESS),
                        sub8),
                List.of(new Wire("w-pub", "pub", null, "forwarder", Side.FRONTEND, front),
                        new Wire("w-9", "sub9", null, "forwarder", Side.BACKEND, back),
                        new Wire("w-8", "sub8", null, "forwarder", Side.BACKEND, back)));
    }

    private static EngineSnapshot assertOnlyTopic9Passed(EngineHarness h) throws InterruptedException {
        EngineSnapshot s = h.awaitQuiet(Duration.ofSeconds(30), Duration.ofMillis(500));
        assertEquals(100, s.node("pub").sent());
        assertEquals(50, s.node("sub9").received());
        assertEquals(50, s.wire("w-pub").messages(), "the forwarder subscribed to topic 9 only");
        assertEquals(50, s.wire("w-9").messages());
        assertEquals(0, s.wire("w-8").messages());
        assertEquals(NodeState.RUNNING, s.node("forwarder").state());
        return s;
    }

    /** The harness returns once every socket is set up (child processes included); the gate opens soon after. */
    private static void assertGateOpensPromptly(EngineHarness h) throws InterruptedException {
        long started = System.nanoTime();
        h.awaitSnapshot(Duration.ofSeconds(10), EngineSnapshot::gateOpen);
        long afterStartMillis = (h.engine.gateOpenedNanos() - started) / 1_000_000;
        System.out.printf("gate opened %d ms after start returned%n", afterStartMillis);
        assertTrue(afterStartMillis < PROMPT_MS, "the gate opened " + afterStartMillis + " ms after start returned: "
                + h.lines);
    }

    private static Behaviour generator(String template, List<String> topics) {
        return new Behaviour.Generator(template, 0, 100, topics, 1, false);
    }

    private static SocketNode sub(String id, String topic, Placement placement, String... binds) {
        SocketSpec spec = new SocketSpec(SocketType.SUB, List.of(binds), SocketOptions.DEFAULTS.withSubscriptions(List.of(topic)));
        return new SocketNode(id, "", spec, new Behaviour.Sink(false, null, null, null), placement, null);
    }

    private static Topology topology(List<dev.zmqstudio.model.Node> nodes, List<Wire> wires) {
        return new Topology("gate", "", Settings.DEFAULTS.withDefaultPlacement(Placement.IN_PROCESS), new ArrayList<>(nodes),
                wires, List.of());
    }
}
