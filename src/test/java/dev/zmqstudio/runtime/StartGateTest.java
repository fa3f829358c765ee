package dev.zmqstudio.runtime;

import dev.zmqstudio.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the gate waits for when a subscriber's process dies before the gate opens: a PUB with two SUBs, each owing
 * the subscription "" over its own wire (the topology's placements do not matter to the gate).
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
        gate.forget(plan.side("sub-2", Side.MAIN));
        subscribed("w1");
        assertFalse(gate.isOpen(), "sub-2's socket is connected and its subscription will arrive");
        gate.subscriptionSeen(pub, "");
        assertTrue(gate.isOpen());
    }

    @Test
    void bothSubscribersGoneOpensTheGate() {
        gate.gone(plan.side("sub-1", Side.MAIN));
        gate.gone(plan.side("sub-2", Side.MAIN));
        assertTrue(gate.isOpen());
    }

    /** The wire's handshake, then the subscription it carries arriving at the publisher. */
    private void subscribed(String wireId) {
        gate.wireReady(plan.wires.stream().filter(w -> w.wire.id().equals(wireId)).findFirst().orElseThrow().index);
        gate.subscriptionSeen(pub, "");
    }
}
