package dev.zmqstudio.runtime.trace;

import dev.zmqstudio.runtime.ChildTopologies;
import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.PressureTopologies;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Validator;
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

    @Test
    void aPublisherDropsOnlyForTheSubscriberThatCannotKeepUpAndTheWireSaysHowMany() throws Exception {
        Topology t = PressureTopologies.jammedSubscriber(FreePorts.find(), SENT);
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
        Topology t = PressureTopologies.jammedSubscriber(FreePorts.find(), SENT).withoutNode("slow").withoutNode("jam").withoutNode("nobody");
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(20), x -> x.node("fast").received() == SENT);
            assertFalse(s.wire("to-fast").full());
            assertEquals(0, s.wire("to-fast").dropped());
        }
    }

    @Test
    void aPublisherInAChildProcessReportsItsFullSubscriberToTheParent() throws Exception {
        // Over tcp (inproc cannot leave the process): the wire is marked, not counted.
        int feed = FreePorts.find();
        Topology t = PressureTopologies.jammedSubscriber(FreePorts.find(), SENT, 1_000);
        t = t.replaceNode(((dev.zmqstudio.model.SocketNode) t.node("pub").orElseThrow()).withPlacement(dev.zmqstudio.model.Placement.CHILD_PROCESS));
        for (String wire : List.of("to-fast", "to-slow")) {
            t = t.replaceWire(t.wire(wire).orElseThrow().withEndpoint("tcp://127.0.0.1:" + feed));
        }
        t = t.replaceNode(((dev.zmqstudio.model.SocketNode) t.node("pub").orElseThrow()).withSocket(dev.zmqstudio.model.Side.MAIN,
                ((dev.zmqstudio.model.SocketNode) t.node("pub").orElseThrow()).socket(dev.zmqstudio.model.Side.MAIN).withBinds(List.of("tcp://127.0.0.1:" + feed))));
        assertEquals(List.of(), Validator.validate(t).stream().filter(p -> p.isError()).toList());
        try (EngineHarness h = new EngineHarness(t, ChildTopologies.launch())) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(30), x -> x.wire("to-slow").full());
            assertFalse(s.wire("to-fast").full(), "the fast subscriber keeps up");
            assertEquals(0, s.wire("to-slow").dropped(), "over tcp the kernel's buffers hide how many");
        }
    }
}
