package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Messages sent and not received yet over the wires that lose none: PUSH to PULL with both ends run by us and no
 * fault proxy between them (a PUSH waits at its high-water mark rather than drop). Only sides all of whose wires are
 * such count, so the sums of their exact counters compare: what the PUSH sides sent less what the PULL sides
 * received is what is still on its way. A run that has gone quiet while some are (a starved thread on a loaded
 * machine holds them) is not over.
 */
final class MessagesOnTheWay {
    private final List<RunPlan.SidePlan> senders = new ArrayList<>();
    private final List<RunPlan.SidePlan> receivers = new ArrayList<>();

    private MessagesOnTheWay() {
    }

    static MessagesOnTheWay of(RunPlan plan) {
        Set<RunPlan.WirePlan> lossless = new HashSet<>();
        for (RunPlan.WirePlan w : plan.wires) {
            if (!w.faulted && plan.runs(w.connector().node()) && plan.runs(w.binder().node()) && pushToPull(w)) {
                lossless.add(w);
            }
        }
        Set<RunPlan.SidePlan> sides = new HashSet<>();
        boolean changed = true;
        while (changed) { // a side with one other wire leaves, and its lossless wires stop counting for their far ends
            changed = false;
            sides.clear();
            for (RunPlan.WirePlan w : lossless) {
                sides.add(w.connector());
                sides.add(w.binder());
            }
            for (RunPlan.SidePlan side : sides) {
                if (!lossless.containsAll(side.wires())) {
                    changed |= lossless.removeAll(side.wires());
                }
            }
        }
        MessagesOnTheWay onTheWay = new MessagesOnTheWay();
        for (RunPlan.SidePlan side : sides) {
            (side.type() == SocketType.PUSH ? onTheWay.senders : onTheWay.receivers).add(side);
        }
        return onTheWay;
    }

    private static boolean pushToPull(RunPlan.WirePlan w) {
        SocketType c = w.connector().type();
        SocketType b = w.binder().type();
        return c == SocketType.PUSH && b == SocketType.PULL || c == SocketType.PULL && b == SocketType.PUSH;
    }

    boolean isEmpty() {
        return senders.isEmpty();
    }

    /**
     * How many are on their way by {@code snapshot}'s counts; empty when it cannot tell: a node of those wires has
     * failed, stopped or paused, so what it holds may never arrive.
     */
    OptionalLong count(EngineSnapshot snapshot) {
        long onTheWay = 0;
        for (RunPlan.SidePlan side : senders) {
            long[] counts = counts(snapshot, side);
            if (counts == null) {
                return OptionalLong.empty();
            }
            onTheWay += counts[0];
        }
        for (RunPlan.SidePlan side : receivers) {
            long[] counts = counts(snapshot, side);
            if (counts == null) {
                return OptionalLong.empty();
            }
            onTheWay -= counts[1];
        }
        return OptionalLong.of(onTheWay);
    }

    /** Sent and received by {@code side}: a socket node's own counts, a device's per side; null for a node in trouble. */
    private static long[] counts(EngineSnapshot snapshot, RunPlan.SidePlan side) {
        EngineSnapshot.NodeStats node = snapshot.node(side.node().id());
        if (node == null || node.errors().count() > 0
                || node.state() != NodeState.RUNNING && node.state() != NodeState.FINISHED) {
            return null;
        }
        if (side.side() == Side.MAIN) {
            return new long[] {node.sent(), node.received()};
        }
        EngineSnapshot.SideStats s = node.sides().get(side.side().key());
        return s == null ? null : new long[] {s.sent(), s.received()};
    }
}
