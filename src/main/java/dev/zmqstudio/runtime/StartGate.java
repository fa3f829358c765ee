package dev.zmqstudio.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds generators back until every wire between running nodes is connected and every publisher has seen
 * the subscriptions it is owed, so that counts are exact and repeatable. Opens on its own after a timeout
 * (a peer that never comes) or at once when the topology turns waiting off.
 * <p>Across processes: a child's gate is held and relays what its sockets see to the parent, whose gate is held
 * too; the parent releases its own and its children's gates once every child has been told which connection is
 * which wire ({@link #holdForRelease()}, {@link #relayTo(GateRelay)}).
 * <p>A publisher's subscriptions arrive without saying who sent them, so the gate counts them per topic; it also
 * remembers which subscriber side owes which of them over which wire, so that a subscriber whose process dies
 * before its wire's handshake stops being waited for at once ({@link #gone(RunPlan.SidePlan)}).
 */
final class StartGate {
    /** Where a child's gate forwards what it sees. Called on JeroMQ and runner threads. */
    interface GateRelay {
        void wireReady(int wire);

        void subscriptionSeen(int side, String topic);

        void forgotten(int side);
    }

    private final Set<Integer> pendingWires = new HashSet<>();
    private final Map<Integer, Map<String, Integer>> owedSubscriptions = new HashMap<>();
    /** Subscriber side -> the subscriptions it owes, per publisher and wire (a FORWARDER frontend owes its downstream's). */
    private final Map<Integer, List<Owed>> owedBy = new HashMap<>();
    private final Set<Integer> handshaken = new HashSet<>();
    private volatile boolean open;
    private volatile long openedAtNanos;
    private boolean ready;
    private boolean held;
    private GateRelay relay;
    private long deadlineNanos = Long.MAX_VALUE;

    /** Opens only through {@link #release()}, even when everything awaited is in place. */
    synchronized void holdForRelease() {
        held = true;
    }

    synchronized void relayTo(GateRelay relay) {
        this.relay = relay;
    }

    /** Opens the gate now (a held gate, once its owner says so). */
    synchronized void release() {
        ready = true;
        markOpen();
    }

    /** Whether everything awaited is in place (or the wait timed out), whether or not the gate is held. */
    synchronized boolean isReady() {
        if (!ready && System.nanoTime() >= deadlineNanos) {
            ready = true;
        }
        return ready;
    }

    synchronized void expectWire(int wire) {
        pendingWires.add(wire);
    }

    /**
     * Publisher side {@code publisher} must receive each of {@code topics} (counted with multiplicity) from side
     * {@code subscriber} over wire {@code wire}.
     */
    synchronized void expectSubscriptions(int publisher, int subscriber, int wire, Collection<String> topics) {
        if (topics.isEmpty()) {
            return;
        }
        Map<String, Integer> owed = owedSubscriptions.computeIfAbsent(publisher, k -> new HashMap<>());
        topics.forEach(t -> owed.merge(t, 1, Integer::sum));
        owedBy.computeIfAbsent(subscriber, k -> new ArrayList<>()).add(new Owed(publisher, wire, List.copyOf(topics)));
    }

    synchronized void wireReady(int wire) {
        pendingWires.remove(wire);
        handshaken.add(wire);
        if (relay != null) {
            relay.wireReady(wire);
        }
        check();
    }

    /**
     * A socket's process is gone (it exited or was killed): as {@link #forget}, and the subscriptions it owed its
     * publishers over wires that had not finished their handshake will never come either. (Over a handshaken wire
     * a subscriber sends its subscriptions at once, so those have been counted.)
     */
    synchronized void gone(RunPlan.SidePlan side) {
        for (Owed o : owedBy.getOrDefault(side.index(), List.of())) {
            Map<String, Integer> owed = owedSubscriptions.get(o.publisher);
            if (owed != null && !handshaken.contains(o.wire)) {
                o.topics.forEach(t -> owed.computeIfPresent(t, (k, n) -> n <= 1 ? null : n - 1));
                if (owed.isEmpty()) {
                    owedSubscriptions.remove(o.publisher);
                }
            }
        }
        owedBy.remove(side.index());
        forget(side);
    }

    /**
     * A node failed, its socket open until Stop: stop waiting for its handshakes and for the subscriptions it is
     * owed. What it owes its publishers is still awaited, as a connected socket still subscribes (one that failed
     * before connecting leaves that to the timeout).
     */
    synchronized void forget(RunPlan.SidePlan side) {
        side.wires().forEach(w -> pendingWires.remove(w.index));
        owedSubscriptions.remove(side.index());
        if (relay != null) {
            relay.forgotten(side.index());
        }
        check();
    }

    synchronized void subscriptionSeen(int side, String topic) {
        if (relay != null) {
            relay.subscriptionSeen(side, topic);
        }
        Map<String, Integer> owed = owedSubscriptions.get(side);
        if (owed != null) {
            owed.computeIfPresent(topic, (k, n) -> n <= 1 ? null : n - 1);
            if (owed.isEmpty()) {
                owedSubscriptions.remove(side);
            }
        }
        check();
    }

    /** Starts the countdown; call once every socket is bound and connected. */
    synchronized void arm(long timeoutNanos, boolean waitForConnections) {
        deadlineNanos = System.nanoTime() + timeoutNanos;
        if (!waitForConnections) {
            ready = true;
        }
        check();
    }

    boolean isOpen() {
        if (open) {
            return true;
        }
        synchronized (this) {
            if (isReady() && !held) {
                markOpen();
            }
            return open;
        }
    }

    /** What is still awaited, for the log when the gate times out. */
    synchronized String pendingDescription(RunPlan plan) {
        StringBuilder sb = new StringBuilder();
        for (int w : pendingWires) {
            sb.append(sb.isEmpty() ? "" : ", ").append("wire ").append(plan.wires.get(w).wire.id());
        }
        owedSubscriptions.forEach((side, topics) -> sb.append(sb.isEmpty() ? "" : ", ")
                .append("subscriptions ").append(topics.keySet()).append(" at ").append(plan.sides.get(side).label()));
        return sb.toString();
    }

    private void check() {
        if (deadlineNanos != Long.MAX_VALUE && pendingWires.isEmpty() && owedSubscriptions.isEmpty()) {
            ready = true;
        }
        if (ready && !held) {
            markOpen();
        }
    }

    private void markOpen() {
        if (!open) {
            openedAtNanos = System.nanoTime();
            open = true;
        }
    }

    /** System.nanoTime when the gate opened; 0 while closed. */
    long openedAtNanos() {
        return openedAtNanos;
    }

    private record Owed(int publisher, int wire, List<String> topics) {
    }
}
