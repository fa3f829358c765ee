package dev.zmqstudio.record;

import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;
import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.engine.WireState;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * A point in a recorded run, and the run's numbers as they were there: each wire's messages, each node's sent and
 * received (a publisher's message that reached several subscribers was sent once), node and wire states from the
 * events. Moving forward hands over the messages passed (to animate them); moving back counts again. Not
 * thread-safe.
 */
public final class ReplayCursor {
    private final ReplayTimeline timeline;
    private final RunPlan plan;
    private final long[] wireCounts;
    private final long[] nodeSent;
    private final long[] nodeReceived;
    private final Map<Integer, Set<Long>> sendsSeen = new HashMap<>();
    /** Per device node and side key: messages sent and received on that side. */
    private final Map<String, long[]> sideCounts = new HashMap<>();
    private int position;
    private long atNanos = -1;

    public ReplayCursor(ReplayTimeline timeline) {
        this.timeline = timeline;
        this.plan = RunPlan.of(timeline.topology());
        this.wireCounts = new long[timeline.wires().size()];
        this.nodeSent = new long[timeline.nodes().size()];
        this.nodeReceived = new long[timeline.nodes().size()];
    }

    /** Nanoseconds since the recording began; -1 before the start. */
    public long atNanos() {
        return atNanos;
    }

    /** How many messages lie before the cursor. */
    public int position() {
        return position;
    }

    /** Moves to {@code nanos}; going forward, {@code passed} gets each message crossed, in order. */
    public void moveTo(long nanos, IntConsumer passed) {
        int target = timeline.indexAfter(nanos);
        if (target < position) {
            reset();
        }
        while (position < target) {
            count(position);
            if (passed != null) {
                passed.accept(position);
            }
            position++;
        }
        atNanos = nanos;
    }

    private void reset() {
        java.util.Arrays.fill(wireCounts, 0);
        java.util.Arrays.fill(nodeSent, 0);
        java.util.Arrays.fill(nodeReceived, 0);
        sendsSeen.clear();
        sideCounts.clear();
        position = 0;
    }

    private void count(int i) {
        int w = timeline.wire[i];
        if (w >= 0) {
            wireCounts[w]++;
        }
        int s = timeline.sender[i];
        long sentAt = timeline.sent[i];
        // A send counts once it was seen (a receipt whose send was not seen came from a program we do not run, or
        // from a node killed before its counts were reported); a publisher's one send reaches each subscriber: the
        // same sender and send time.
        if (s >= 0 && sentAt >= 0 && sendsSeen.computeIfAbsent(s, k -> new HashSet<>()).add(sentAt)) {
            nodeSent[s]++;
            side(i, s, true);
        }
        int r = timeline.receiver[i];
        if (r >= 0 && timeline.received[i]) {
            nodeReceived[r]++;
            side(i, r, false);
        }
    }

    private void side(int i, int node, boolean sending) {
        int w = timeline.wire[i];
        if (w < 0) {
            return;
        }
        Node n = timeline.topology().nodes().get(node);
        if (!(n instanceof DeviceNode)) {
            return;
        }
        Wire wire = timeline.topology().wires().get(w);
        Side side = wire.from().equals(n.id()) ? wire.fromSide() : wire.toSide();
        long[] counts = sideCounts.computeIfAbsent(n.id() + "\u0000" + side.key(), k -> new long[2]);
        counts[sending ? 0 : 1]++;
    }

    /** The run's numbers at the cursor, as the live view shows them. */
    public EngineSnapshot snapshot() {
        Map<String, NodeState> states = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        Map<String, Long> errorCounts = new HashMap<>();
        Map<String, WireState> wireStates = new HashMap<>();
        Map<String, Long> drops = new HashMap<>();
        for (RunEvent e : timeline.events()) {
            if (e.atNanos() > atNanos) {
                break;
            }
            switch (e.kind()) {
                case RunEvent.NODE_STATE -> states.put(e.node(), nodeState(e.detail()));
                case RunEvent.WIRE_STATE -> wireStates.put(e.wire(), wireState(e.detail()));
                case RunEvent.ERROR -> {
                    errors.putIfAbsent(e.node(), e.detail());
                    errorCounts.put(e.node(), inAll(e.detail(), errorCounts.getOrDefault(e.node(), 0L) + 1));
                }
                case RunEvent.DROP -> drops.put(e.wire(), inAll(e.detail(), drops.getOrDefault(e.wire(), 0L)));
                default -> { }
            }
        }
        Map<String, EngineSnapshot.NodeStats> nodes = new LinkedHashMap<>();
        List<String> nodeIds = timeline.nodes();
        for (int i = 0; i < nodeIds.size(); i++) {
            Node node = timeline.topology().nodes().get(i);
            String id = nodeIds.get(i);
            if (!plan.runs(node)) {
                continue; // an external node: the live view shows no numbers for it either
            }
            String error = errors.get(id);
            nodes.put(id, new EngineSnapshot.NodeStats(id, node.type().name(), states.getOrDefault(id, NodeState.STARTING),
                    nodeSent[i], nodeReceived[i], null, sides(node), Map.of(), null,
                    error == null ? EngineSnapshot.Errors.NONE : new EngineSnapshot.Errors(errorCounts.get(id), error), 0, 0));
        }
        Map<String, EngineSnapshot.WireStats> wires = new LinkedHashMap<>();
        for (RunPlan.WirePlan w : plan.wires) {
            String id = w.wire.id();
            RunPlan.SidePlan sender = w.sender();
            RunPlan.SidePlan receiver = sender == null ? null : w.other(sender);
            wires.put(id, new EngineSnapshot.WireStats(id, w.wire.from(), w.wire.to(),
                    sender == null ? null : sender.node().id(), receiver == null ? null : receiver.node().id(),
                    wireCounts[w.index], true, wireStates.getOrDefault(id, WireState.PENDING), null, null, 0, false,
                    drops.getOrDefault(id, 0L)));
        }
        return new EngineSnapshot(nodes, wires, Map.of(), true);
    }

    private Map<String, EngineSnapshot.SideStats> sides(Node node) {
        if (!(node instanceof DeviceNode d)) {
            return Map.of();
        }
        Map<String, EngineSnapshot.SideStats> sides = new LinkedHashMap<>();
        for (Side side : d.sides()) {
            long[] c = sideCounts.getOrDefault(d.id() + "\u0000" + side.key(), new long[2]);
            sides.put(side.key(), new EngineSnapshot.SideStats(d.socket(side).type().name(), c[0], c[1]));
        }
        return sides;
    }

    /** "3 more (12 in all)" -> 12; otherwise {@code otherwise}. */
    private static long inAll(String detail, long otherwise) {
        if (detail != null) {
            int open = detail.lastIndexOf('(');
            int end = detail.indexOf(" in all)", Math.max(open, 0));
            if (open >= 0 && end > open) {
                try {
                    return Long.parseLong(detail.substring(open + 1, end));
                } catch (NumberFormatException ignored) {
                    // not a count
                }
            }
        }
        return otherwise;
    }

    private static NodeState nodeState(String detail) {
        String key = detail == null ? "" : detail.split(":", 2)[0].trim().toUpperCase(Locale.ROOT);
        try {
            return NodeState.valueOf(key);
        } catch (IllegalArgumentException e) {
            return NodeState.STARTING;
        }
    }

    private static WireState wireState(String detail) {
        try {
            return WireState.valueOf(detail.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            return WireState.PENDING;
        }
    }
}
