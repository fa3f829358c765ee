package dev.zmqstudio.runtime.engine;

import zmq.Msg;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Messages a bound socket took over a tcp connection whose wire it did not know yet, kept by peer address until the
 * connection's owner is known, then counted on that wire. A connecting node in another process (a child started
 * again while the run goes on) reports its connection a moment after it is made, and a node that passes on what it
 * receives may send over it at once. Socket thread.
 */
final class LateConnections {
    private static final class Waiting {
        long messages;
        /** A ROUTER's last identity frame from that peer, so it routes replies to it on the right wire too. */
        byte[] identity;
    }

    /** A program connecting again and again is never ours: at most this many connections wait. */
    private static final int MOST_WAITING = 4_096;
    private final Map<String, Waiting> byPeer = new HashMap<>();
    private int lookedUpAt = -1;

    /** A message came from {@code peer}, a connection not known yet; {@code identity}: a ROUTER's first frame, else null. */
    void arrived(String peer, Msg identity) {
        Waiting w = byPeer.get(peer);
        if (w == null) {
            if (byPeer.size() >= MOST_WAITING) {
                return;
            }
            w = new Waiting();
            byPeer.put(peer, w);
        }
        w.messages++;
        if (identity != null) {
            w.identity = identity.data().clone();
        }
    }

    boolean waiting() {
        return !byPeer.isEmpty();
    }

    /** True when the connection map changed since those waiting were last looked up. */
    boolean worthLookingUp(int ownersVersion) {
        return ownersVersion != lookedUpAt;
    }

    /** What a connection turned out to be. */
    interface Resolver {
        /**
         * The wire {@code messages} messages from {@code peer} came over; {@link #NOT_YET} while not known,
         * {@link #NO_WIRE} when known to be on none.
         */
        int wireOf(String peer, long messages);
    }

    static final int NOT_YET = -1;
    static final int NO_WIRE = -2;

    /**
     * Counts on its wire what came over each connection now known: {@code counters} by wire (null: not counted
     * here), {@code routes} learns the identities (may be null). Returns whether any became known.
     */
    boolean settle(int ownersVersion, Resolver resolver, Counter[] counters, RouterRoutes routes) {
        lookedUpAt = ownersVersion;
        boolean any = false;
        for (Iterator<Map.Entry<String, Waiting>> it = byPeer.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Waiting> e = it.next();
            Waiting w = e.getValue();
            int wire = resolver.wireOf(e.getKey(), w.messages);
            if (wire == NOT_YET) {
                continue;
            }
            it.remove();
            any = true;
            if (wire < 0) {
                continue;
            }
            if (counters[wire] != null) {
                counters[wire].add(w.messages);
            }
            if (routes != null && w.identity != null) {
                routes.learn(new Msg(w.identity), wire);
            }
        }
        return any;
    }
}
