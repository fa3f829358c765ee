package dev.zmqstudio.runtime.gate;

import dev.zmqstudio.runtime.ChildTopologies;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.engine.RunPlan;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the gate waits for when a subscriber fails or its process dies before the gate opens: mostly a PUB with two
 * SUBs, each owing the subscription "" over its own wire (the topology's placements do not matter to the gate).
 */
@Timeout(10)
class StartGateTest {
    private final RunPlan plan = RunPlan.of(ChildTopologies.publisherWithChildSubscribers(2, 0));
    private final StartGate gate = new StartGate();
    private final int pub = plan.side("pub", Side.MAIN).index();

    StartGateTest() {
        GatePlanner.plan(plan, gate);
        gate.arm(TimeUnit.MINUTES.toNanos(1), true);
    }

    @Test
    void whatIsStillAwaitedNamesTheWiresAndSaysThatTheEmptyTopicIsEveryMessage() {
        subscribed("w1");
        assertEquals("wire w2 is not connected; pub has not seen a subscription to \"\" (every message)", gate.pendingDescription(plan));
    }

    @Test
    void aSubscriberGoneBeforeItsHandshakeIsNoLongerAwaited() {
        subscribed("w1");
        assertFalse(gate.isOpen(), "sub-2's wire and subscription are still awaited");
        gate.gone(plan.side("sub-2", Side.MAIN));
        assertTrue(gate.isOpen());
    }

    @Test
    void aSubscriberGoneAfterItsHandshakeHasBeenCountedSoTheOtherIsStillAwaited() {
        subscribed("w2");
        gate.gone(plan.side("sub-2", Side.MAIN));
        gate.gone(plan.side("sub-2", Side.MAIN)); // reported twice (its node failed, then its process ended): no effect
        assertFalse(gate.isOpen(), "sub-1's subscription is still on its way");
        subscribed("w1");
        assertTrue(gate.isOpen());
    }

    @Test
    void aFailedSubscriberWhoseSocketLivesOnIsStillAwaitedForItsSubscription() {
        gate.failed(plan.side("sub-2", Side.MAIN), List.of());
        subscribed("w1");
        assertFalse(gate.isOpen(), "sub-2's socket is connected and its subscription will arrive");
        gate.subscriptionSeen(pub, "");
        assertTrue(gate.isOpen());
    }

    @Test
    void aSubscriberThatFailedBeforeSettingUpItsWireIsNoLongerAwaited() {
        gate.failed(plan.side("sub-2", Side.MAIN), List.of(wire(plan, "w2")));
        assertFalse(gate.isOpen(), "sub-1's subscription is still on its way");
        subscribed("w1");
        assertTrue(gate.isOpen());
    }

    @Test
    void bothSubscribersGoneOpensTheGate() {
        gate.gone(plan.side("sub-1", Side.MAIN));
        gate.gone(plan.side("sub-2", Side.MAIN));
        assertTrue(gate.isOpen());
    }

    @Test
    void aTopicAForwarderPassesOnIsAwaitedUntilNoSubscriberOfItBehindTheForwardersCanSendIt() {
        // pub -> near <- far <- sub8-a, sub8-b, sub9 (two chained forwarders): pub is owed "8" once and "9" once.
        RunPlan chain = RunPlan.of(forwarderChain());
        StartGate g = new StartGate();
        GatePlanner.plan(chain, g);
        g.arm(TimeUnit.MINUTES.toNanos(1), true);
        chain.wires.forEach(w -> g.wireReady(w.index));
        int publisher = chain.side("pub", Side.MAIN).index();
        g.subscriptionSeen(publisher, "9");
        g.failed(chain.side("sub8-a", Side.MAIN), List.of(wire(chain, "w-8a")));
        assertFalse(g.isOpen(), "sub8-b's subscription to 8 is still on its way");
        g.failed(chain.side("sub8-b", Side.MAIN), List.of(wire(chain, "w-8b")));
        assertTrue(g.isOpen());
    }

    @Test
    void aForwarderThatCannotBindItsBackendPassesNothingOnSoItsTopicsAreNoLongerAwaited() {
        RunPlan chain = RunPlan.of(forwarderChain());
        StartGate g = new StartGate();
        GatePlanner.plan(chain, g);
        g.arm(TimeUnit.MINUTES.toNanos(1), true);
        chain.wires.forEach(w -> g.wireReady(w.index));
        g.failed(chain.side("far", Side.BACKEND), List.of(wire(chain, "w-8a"), wire(chain, "w-8b"), wire(chain, "w-9")));
        assertTrue(g.isOpen());
    }

    private static Topology forwarderChain() {
        int nearFront = FreePorts.find();
        int nearBack = FreePorts.find();
        int farBack = FreePorts.find();
        return new Topology("chain", "", Settings.DEFAULTS, List.of(
                SocketNode.of("pub", SocketType.PUB, Behaviour.Generator.of("{topic}", 0, 10)),
                DeviceNode.of("near", DeviceType.FORWARDER, "tcp://127.0.0.1:" + nearFront, "tcp://127.0.0.1:" + nearBack),
                DeviceNode.of("far", DeviceType.FORWARDER, "tcp://127.0.0.1:" + FreePorts.find(), "tcp://127.0.0.1:" + farBack),
                subscriber("sub8-a", "8"), subscriber("sub8-b", "8"), subscriber("sub9", "9")),
                List.of(new Wire("w-pub", "pub", null, "near", Side.FRONTEND, "tcp://127.0.0.1:" + nearFront),
                        new Wire("w-far", "far", Side.FRONTEND, "near", Side.BACKEND, "tcp://127.0.0.1:" + nearBack),
                        new Wire("w-8a", "sub8-a", null, "far", Side.BACKEND, "tcp://127.0.0.1:" + farBack),
                        new Wire("w-8b", "sub8-b", null, "far", Side.BACKEND, "tcp://127.0.0.1:" + farBack),
                        new Wire("w-9", "sub9", null, "far", Side.BACKEND, "tcp://127.0.0.1:" + farBack)),
                List.of());
    }

    private static SocketNode subscriber(String id, String topic) {
        return new SocketNode(id, "", new SocketSpec(SocketType.SUB, List.of(), SocketOptions.DEFAULTS.withSubscriptions(List.of(topic))),
                Behaviour.Passive.INSTANCE, null, null);
    }

    private static int wire(RunPlan plan, String wireId) {
        return plan.wires.stream().filter(w -> w.wire.id().equals(wireId)).findFirst().orElseThrow().index;
    }

    /** The wire's handshake, then the subscription it carries arriving at the publisher. */
    private void subscribed(String wireId) {
        gate.wireReady(wire(plan, wireId));
        gate.subscriptionSeen(pub, "");
    }
}
