package dev.zmqstudio.runtime.gate;

import dev.zmqstudio.runtime.engine.RunPlan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds generators back until every wire between running nodes is connected and every publisher has seen
 * the subscriptions it is owed, so that counts are exact and repeatable. Opens on its own after a timeout
 * (a peer that never comes) or at once when the topology turns waiting off.
 * <p>Across processes: a child's gate is held and relays what its sockets see to the parent, whose gate is held
 * too; the parent releases its own and its children's gates once every child has been told which connection is
 * which wire ({@link #holdForRelease()}, {@link #relayTo(GateRelay)}).
 * <p>A subscriber that will never subscribe stops being waited for at once, directly or through forwarders
 * ({@link OwedSubscriptions}): one whose process dies before its wire's handshake ({@link #gone}), and one whose
 * node failed before setting up its end of the wire ({@link #failed}).
 */
public final class StartGate {
    /** Where a child's gate forwards what it sees. Called on JeroMQ and runner threads. */
    interface GateRelay {
        void wireReady(int wire);

        void subscriptionSeen(int side, String topic);

        void wireAbandoned(int wire);

        void forgotten(int side);
    }

    private final Set<Integer> pendingWires = new HashSet<>();
    private final OwedSubscriptions owed = new OwedSubscriptions();
    private final Set<Integer> handshaken = new HashSet<>();
    private final Set<Integer> abandoned = new HashSet<>();
    private volatile boolean open;
    private volatile long openedAtNanos;
    private boolean ready;
    private boolean held;
    private GateRelay relay;
    private long deadlineNanos = Long.MAX_VALUE;
    private Runnable onOpen = () -> { };

    /** Opens only through {@link #release()}, even when everything awaited is in place. */
    public synchronized void holdForRelease() {
        held = true;
    }

    /** Runs {@code action} once, when the gate opens (on whichever thread opens it). */
    public synchronized void onOpen(Runnable action) {
        this.onOpen = action;
    }

    public synchronized void relayTo(GateRelay relay) {
        this.relay = relay;
    }

    /** Opens the gate now (a held gate, once its owner says so). */
    public synchronized void release() {
        ready = true;
        markOpen();
    }

    /** Whether everything awaited is in place (or the wait timed out), whether or not the gate is held. */
    public synchronized boolean isReady() {
        if (!ready && System.nanoTime() >= deadlineNanos) {
            ready = true;
        }
        return ready;
    }

    synchronized void expectWire(int wire) {
        pendingWires.add(wire);
    }

    /** Publisher side {@code publisher} must receive {@code topic} once, by any of {@code routes} (sets of wires). */
    synchronized void expectSubscription(int publisher, String topic, List<Set<Integer>> routes) {
        owed.expect(publisher, topic, routes);
    }

    public synchronized void wireReady(int wire) {
        pendingWires.remove(wire);
        handshaken.add(wire);
        if (relay != null) {
            relay.wireReady(wire);
        }
        check();
    }

    /**
     * A socket's process is gone (it exited or was killed): as {@link #forget}, and nothing it owed will come over
     * its wires whose handshake had not been seen. (Over a handshaken wire a subscriber sends its subscriptions at
     * once, so those have been counted.)
     */
    public synchronized void gone(RunPlan.SidePlan side) {
        side.wires().stream().filter(w -> !handshaken.contains(w.index)).forEach(w -> wireAbandoned(w.index));
        forget(side);
    }

    /**
     * A node failed, its socket open until Stop: as {@link #forget}, and nothing will cross {@code unopenedWires},
     * whose end it never set up (a bind failed, or it failed before connecting). Over its other wires a
     * subscriber still subscribes, so what it owes over them is still awaited.
     */
    public synchronized void failed(RunPlan.SidePlan side, Collection<Integer> unopenedWires) {
        unopenedWires.forEach(this::wireAbandoned);
        forget(side);
    }

    /** Nothing will cross {@code wire}: the subscriptions that could only come over it are no longer awaited. */
    public synchronized void wireAbandoned(int wire) {
        abandoned.add(wire);
        pendingWires.remove(wire);
        owed.dropRoutesThrough(wire);
        if (relay != null) {
            relay.wireAbandoned(wire);
        }
        check();
    }

    /** Whether nothing will cross {@code wire} (an end of it was never set up, or its process is gone). */
    public synchronized boolean abandoned(int wire) {
        return abandoned.contains(wire);
    }

    /** A node failed or its process is gone: stop waiting for its handshakes and for the subscriptions it is owed. */
    public synchronized void forget(RunPlan.SidePlan side) {
        side.wires().forEach(w -> pendingWires.remove(w.index));
        owed.forgetPublisher(side.index());
        if (relay != null) {
            relay.forgotten(side.index());
        }
        check();
    }

    public synchronized void subscriptionSeen(int side, String topic) {
        if (relay != null) {
            relay.subscriptionSeen(side, topic);
        }
        owed.arrived(side, topic);
        check();
    }

    /** Starts the countdown; call once every socket is bound and connected. */
    public synchronized void arm(long timeoutNanos, boolean waitForConnections) {
        deadlineNanos = System.nanoTime() + timeoutNanos;
        if (!waitForConnections) {
            ready = true;
        }
        check();
    }

    public boolean isOpen() {
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

    /**
     * What is still awaited, for the log when the gate times out: the wires not connected, and per publisher the
     * topics it has not seen a subscription to (a subscription does not say which subscriber sent it).
     */
    public synchronized String pendingDescription(RunPlan plan) {
        List<String> items = new ArrayList<>();
        pendingWires.stream().sorted().forEach(w -> items.add("wire " + plan.wires.get(w).wire.id() + " is not connected"));
        owed.forEachPending((side, topics) -> items.add(plan.sides.get(side).label() + " has not seen "
                + topics.entrySet().stream().map(StartGate::describe).collect(Collectors.joining(", "))));
        return String.join("; ", items);
    }

    /** "a subscription to "x"", "2 subscriptions to "x"": the topic as a user wrote it, the empty one in words. */
    private static String describe(Map.Entry<String, Integer> topic) {
        String t = topic.getKey().isEmpty() ? "\"\" (every message)" : "\"" + topic.getKey() + "\"";
        return (topic.getValue() == 1 ? "a subscription" : topic.getValue() + " subscriptions") + " to " + t;
    }

    private void check() {
        if (deadlineNanos != Long.MAX_VALUE && pendingWires.isEmpty() && owed.isEmpty()) {
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
            onOpen.run();
        }
    }

    /** System.nanoTime when the gate opened; 0 while closed. */
    public long openedAtNanos() {
        return openedAtNanos;
    }
}
