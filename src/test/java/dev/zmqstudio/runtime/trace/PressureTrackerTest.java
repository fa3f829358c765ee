package dev.zmqstudio.runtime.trace;

import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.engine.WireRuntime;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dropped count of an inproc subscriber, tick by tick, from the counters the sockets keep. */
class PressureTrackerTest {
    private static final int HWM = 10; // each end: the way from publisher to subscriber holds 20 messages

    private final RunPlan plan = RunPlan.of(topology());
    private final List<WireRuntime> wires = plan.wires.stream().map(WireRuntime::new).toList();
    private final RunContext ctx = new RunContext(plan, null, wires, null);
    private final PressureTracker tracker = new PressureTracker(ctx);
    private final WireRuntime wire = wires.getFirst();
    private long now;

    @Test
    void aSubscriberStillTakingItsQueueHasLostNothingThoughItCountsAsCaughtUp() {
        ctx.caughtUp(plan.side("sub", Side.MAIN).index(), true); // a counting receiver between takes
        tick(1000, 985);
        tick(1000, 990); // the publisher is still, the subscriber is not: 10 are on the way, not lost
        tick(1000, 1000);
        tick(1000, 1000);
        assertEquals(0, wire.dropped());
    }

    @Test
    void onceBothAreStillAndTheSubscriberIsCaughtUpWhatItLacksIsLost() {
        ctx.caughtUp(plan.side("sub", Side.MAIN).index(), true);
        tick(1000, 985);
        tick(1000, 990);
        assertEquals(0, wire.dropped());
        for (int i = 1; i < PressureTracker.STILL_TICKS; i++) {
            tick(1000, 990); // both still: perhaps both descheduled on a busy machine, with messages between them
            assertEquals(0, wire.dropped(), "after " + i + " still ticks");
        }
        tick(1000, 990);
        assertEquals(10, wire.dropped(), "still for " + PressureTracker.STILL_TICKS + " ticks: nothing is on the way");
    }

    @Test
    void whileTheSubscriberHasNotCaughtUpOnlyWhatTheQueueCannotHoldIsLost() {
        tick(1000, 900);
        tick(1000, 900);
        assertEquals(1000 - 900 - 2 * HWM, wire.dropped());
    }

    private void tick(long published, long received) {
        wire.pressure(false).expected.set(published);
        wire.receivedTowards(false).set(received);
        now += Collector.TICK_NANOS;
        tracker.update(now);
    }

    private static Topology topology() {
        SocketOptions small = SocketOptions.DEFAULTS.withHwm(HWM, HWM);
        SocketNode pub = SocketNode.of("pub", SocketType.PUB, new Behaviour.Generator("t {n}", 0, 1000, List.of(), 1, false),
                "inproc://t");
        SocketNode sub = SocketNode.of("sub", SocketType.SUB, new Behaviour.Sink(false, null, null, null));
        pub = pub.withSocket(Side.MAIN, pub.socket(Side.MAIN).withOptions(small));
        sub = sub.withSocket(Side.MAIN, sub.socket(Side.MAIN).withOptions(small.withSubscriptions(List.of(""))));
        return Topology.empty("pressure").withNode(pub).withNode(sub).withWire(Wire.of("w", "sub", "pub", "inproc://t"));
    }
}
