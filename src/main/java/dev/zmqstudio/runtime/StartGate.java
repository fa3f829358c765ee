package dev.zmqstudio.runtime;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Holds generators back until every wire between running nodes is connected and every publisher has seen
 * the subscriptions it is owed, so that counts are exact and repeatable. Opens on its own after a timeout
 * (a peer that never comes) or at once when the topology turns waiting off.
 */
final class StartGate {
    private final Set<Integer> pendingWires = new HashSet<>();
    private final Map<Integer, Map<String, Integer>> owedSubscriptions = new HashMap<>();
    private volatile boolean open;
    private volatile long openedAtNanos;
    private long deadlineNanos = Long.MAX_VALUE;

    synchronized void expectWire(int wire) {
        pendingWires.add(wire);
    }

    /** Publisher side {@code side} must receive each of {@code topics} (counted with multiplicity). */
    synchronized void expectSubscriptions(int side, Map<String, Integer> topics) {
        if (!topics.isEmpty()) {
            owedSubscriptions.put(side, new HashMap<>(topics));
        }
    }

    synchronized void wireReady(int wire) {
        pendingWires.remove(wire);
        check();
    }

    /** A socket failed: stop waiting for anything it would have done. */
    synchronized void forget(RunPlan.SidePlan side) {
        side.wires().forEach(w -> pendingWires.remove(w.index));
        owedSubscriptions.remove(side.index());
        check();
    }

    synchronized void subscriptionSeen(int side, String topic) {
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
            markOpen();
        }
        check();
    }

    boolean isOpen() {
        if (open) {
            return true;
        }
        synchronized (this) {
            if (System.nanoTime() >= deadlineNanos) {
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
}
