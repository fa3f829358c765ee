package dev.zmqstudio.runtime;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Validator;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A subscriber that cannot keep up fills its queue: the publisher drops its messages (and only its), the wire
 * shows it; a pusher whose peer does not take messages waits at its high-water mark, and its wire shows that.
 */
@Timeout(60)
class WirePressureTest {
    private static final int SENT = 30_000;

    /**
     * pub -> fast (a sink) and pub -> slow, where slow passes each message over a link to a PUSH whose peer never
     * connects: once the PUSH's queue is full, slow stops reading and its own queue fills.
     */
    private static Topology jammedSubscriber(int port) {
        SocketOptions small = SocketOptions.DEFAULTS.withHwm(100, 100);
        SocketNode pub = SocketNode.of("pub", SocketType.PUB,
                new Behaviour.Generator("tick {n}", 20_000, SENT, List.of(), 1, false), "inproc://ticks");
        SocketNode fast = SocketNode.of("fast", SocketType.SUB, new Behaviour.Sink(false, "{msg}", null, null));
        SocketNode slow = SocketNode.of("slow", SocketType.SUB, Behaviour.Passive.INSTANCE);
        SocketNode jam = SocketNode.of("jam", SocketType.PUSH, Behaviour.Passive.INSTANCE);
        // fast never drops, even when this busy machine stalls it for a while: its queue takes the whole run.
        SocketOptions roomy = SocketOptions.DEFAULTS.withHwm(1_000, SENT);
        fast = fast.withSocket(Side.MAIN, fast.socket(Side.MAIN).withOptions(roomy.withSubscriptions(List.of(""))));
        slow = slow.withSocket(Side.MAIN, slow.socket(Side.MAIN).withOptions(small.withSubscriptions(List.of(""))));
        jam = jam.withSocket(Side.MAIN, jam.socket(Side.MAIN).withOptions(small));
        return Topology.empty("pressure")
                .withNode(pub).withNode(fast).withNode(slow).withNode(jam)
                .withNode(SocketNode.of("nobody", SocketType.PULL, Behaviour.Passive.INSTANCE, "tcp://127.0.0.1:" + port)
                        .withPlacement(Placement.EXTERNAL))
                .withWire(Wire.of("to-fast", "fast", "pub", "inproc://ticks"))
                .withWire(Wire.of("to-slow", "slow", "pub", "inproc://ticks"))
                .withWire(Wire.of("to-nobody", "jam", "nobody", "tcp://127.0.0.1:" + port))
                .withLink(Link.of("pass", "slow", "jam"));
    }

    @Test
    void aPublisherDropsOnlyForTheSubscriberThatCannotKeepUpAndTheWireSaysHowMany() throws Exception {
        Topology t = jammedSubscriber(FreePorts.find());
        assertEquals(List.of(), Validator.validate(t).stream().filter(p -> p.isError()).toList());
        try (EngineHarness h = new EngineHarness(t)) {
            // The pusher waits at its high-water mark, the publisher drops for slow: both wires show it.
            h.awaitSnapshot(Duration.ofSeconds(20), s -> s.wire("to-slow").full() && s.wire("to-nobody").full());
            // What slow did not get was dropped, except what its queue holds: pub's send plus slow's receive HWM.
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(20), x -> x.node("fast").received() == SENT
                    && x.wire("to-slow").dropped() == SENT - x.wire("to-slow").messages() - 1_100);
            assertEquals(SENT, s.node("pub").sent());
            assertEquals(0, s.wire("to-fast").dropped(), "the fast subscriber got everything");
            assertFalse(s.wire("to-fast").full());
            long slowGot = s.wire("to-slow").messages();
            assertTrue(slowGot < SENT / 10, "slow stopped reading early: " + slowGot);
        }
    }

    @Test
    void aFreshRunShowsNoPressure() throws Exception {
        Topology t = jammedSubscriber(FreePorts.find()).withoutNode("slow").withoutNode("jam").withoutNode("nobody");
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(20), x -> x.node("fast").received() == SENT);
            assertFalse(s.wire("to-fast").full());
            assertEquals(0, s.wire("to-fast").dropped());
        }
    }
}
