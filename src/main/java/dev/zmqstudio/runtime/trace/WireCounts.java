package dev.zmqstudio.runtime.trace;

import dev.zmqstudio.runtime.engine.Counter;
import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.engine.WireRuntime;

import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.SocketType;

import java.util.function.ToLongFunction;

/**
 * The messages a wire carried: exact in each direction one of its ends counts ({@link RunPlan}) or that answers
 * every request (what a REQ or DEALER sent to a REP is what came back from it, in-flight requests aside),
 * estimated in the others, where the wire is then marked not exact.
 * <ul>
 * <li>A publisher's one send reaches many subscribers and JeroMQ does not say which: towards an external
 * subscriber, the messages that matched its declared subscriptions while it was connected ({@link Subscribers}).</li>
 * <li>A socket that deals its messages out to several peers (PUSH, DEALER) does not say to which: towards each
 * peer that cannot count, an equal share of what the others' counts leave.</li>
 * <li>Over inproc, many to many, where neither end can tell the wires apart: the messages matched by sampling
 * (every message at low rates).</li>
 * </ul>
 */
public final class WireCounts {
    private final RunContext ctx;
    private final ToLongFunction<RunPlan.SidePlan> sentBy;

    /** {@code sentBy}: what a side we run has sent in all, wherever it runs. */
    public WireCounts(RunContext ctx, ToLongFunction<RunPlan.SidePlan> sentBy) {
        this.ctx = ctx;
        this.sentBy = sentBy;
    }

    public long messages(WireRuntime w) {
        long sum = direction(w, true) + direction(w, false);
        return exact(w) ? sum : Math.max(w.sampled.get(), sum);
    }

    /** True when both directions are counted (or carry nothing). */
    public boolean exact(WireRuntime w) {
        return exact(w, true) && exact(w, false);
    }

    private boolean exact(WireRuntime w, boolean towardsBinder) {
        return !carries(w.plan, towardsBinder) || w.receivedTowards(towardsBinder) != null || answered(w, towardsBinder);
    }

    private static boolean carries(RunPlan.WirePlan p, boolean towardsBinder) {
        Compatibility.Flow flow = p.flow();
        return flow == Compatibility.Flow.BOTH
                || flow == (towardsBinder ? Compatibility.Flow.TO_BINDER : Compatibility.Flow.TO_CONNECTOR);
    }

    /** Messages towards the binder ({@code towardsBinder}) or towards the connector: counted, or estimated. */
    private long direction(WireRuntime w, boolean towardsBinder) {
        RunPlan.WirePlan p = w.plan;
        if (!carries(p, towardsBinder)) {
            return 0;
        }
        Counter counted = w.receivedTowards(towardsBinder);
        if (counted != null) {
            return counted.get();
        }
        if (answered(w, towardsBinder)) {
            return w.receivedTowards(!towardsBinder).get();
        }
        RunPlan.SidePlan sender = towardsBinder ? p.connector() : p.binder();
        if (!ctx.plan.runs(sender.node())) {
            return 0;
        }
        if (MessageNumbers.fansOut(sender)) {
            return w.pressure(towardsBinder).expected.get();
        }
        return share(sender, w);
    }

    /**
     * True when the requests one way are known by the replies the other way, which we count: a REQ gets each reply
     * from the peer it asked, and a REP answers every request.
     */
    private boolean answered(WireRuntime w, boolean towardsBinder) {
        RunPlan.SidePlan sender = towardsBinder ? w.plan.connector() : w.plan.binder();
        RunPlan.SidePlan receiver = w.plan.other(sender);
        boolean asks = sender.type() == SocketType.REQ
                || (sender.type() == SocketType.DEALER && receiver.type() == SocketType.REP);
        return asks && w.receivedTowards(!towardsBinder) != null;
    }

    /** An equal share, among the wires {@code sender} cannot tell apart, of what it sent beyond its counted wires. */
    private long share(RunPlan.SidePlan sender, WireRuntime w) {
        long left = sentBy.applyAsLong(sender);
        int uncounted = 0;
        for (RunPlan.WirePlan other : sender.wires()) {
            if (!RunPlan.sends(other, sender)) {
                continue;
            }
            WireRuntime o = ctx.wires.get(other.index);
            boolean towardsBinder = other.connector() == sender;
            Counter c = o.receivedTowards(towardsBinder);
            if (c != null) {
                left -= c.get();
            } else if (answered(o, towardsBinder)) {
                left -= o.receivedTowards(!towardsBinder).get();
            } else {
                uncounted++;
            }
        }
        return uncounted == 0 ? 0 : Math.max(0, left) / uncounted;
    }
}
