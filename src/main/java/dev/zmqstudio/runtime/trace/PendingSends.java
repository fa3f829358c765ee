package dev.zmqstudio.runtime.trace;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The sampled sends of one socket still waiting for their receipt, for the collector. A receipt finds its send
 * by its number on the wire when both ends number that wire's messages alike ({@link MessageNumbers}): exact
 * whatever the bytes. Otherwise by payload hash: the oldest earlier send with those bytes (each message reaches
 * one peer, in order), or for a publisher, whose one send reaches many subscribers, the latest earlier one.
 * Bounded: past {@link #MAX} sends, or {@link #TTL_NANOS} after it was made, a send is forgotten. Collector thread.
 */
final class PendingSends {
    static final int MAX = 8192;
    static final long TTL_NANOS = 2_000_000_000L;

    /** One sampled send; {@code seq} 0 when it has no number on its wire. */
    static final class Sent {
        final long nanos;
        final int wire;
        final long seq;
        final int hash;
        boolean gone;

        Sent(long nanos, int wire, long seq, int hash) {
            this.nanos = nanos;
            this.wire = wire;
            this.seq = seq;
            this.hash = hash;
        }
    }

    /** Every pending send, oldest first (forgotten ones are dropped as they reach the head). */
    private final ArrayDeque<Sent> all = new ArrayDeque<>();
    private final Map<Integer, ArrayDeque<Sent>> byHash = new HashMap<>();
    private final Map<Long, Sent> bySeq = new HashMap<>();
    private int size;

    void add(long nanos, int wire, long seq, int hash) {
        if (size >= MAX) {
            forgetOldest();
        }
        Sent s = new Sent(nanos, wire, seq, hash);
        all.addLast(s);
        byHash.computeIfAbsent(hash, h -> new ArrayDeque<>(2)).addLast(s);
        if (seq > 0) {
            bySeq.put(key(wire, seq), s);
        }
        size++;
    }

    /**
     * The send numbered {@code seq} on {@code wire}, taken; null when it is not (or not yet) here, or when its bytes
     * or time show it is not this receipt's send (a message was lost on the way, so the numbers moved apart).
     */
    Sent takeNumbered(int wire, long seq, int hash, long receivedNanos) {
        Sent s = bySeq.get(key(wire, seq));
        if (s == null || s.hash != hash || s.nanos > receivedNanos) {
            return null;
        }
        take(s);
        return s;
    }

    /** Whether a send numbered {@code seq} on {@code wire} is here. */
    boolean holdsNumbered(int wire, long seq) {
        return bySeq.containsKey(key(wire, seq));
    }

    /** The oldest earlier send with these bytes on {@code wire} (or on an unknown wire), taken; null when none. */
    Sent takeOldest(int hash, int wire, long receivedNanos) {
        ArrayDeque<Sent> sends = byHash.get(hash);
        if (sends == null) {
            return null;
        }
        for (Sent s : sends) {
            if (!s.gone && s.nanos <= receivedNanos && (s.wire < 0 || s.wire == wire)) {
                take(s);
                return s;
            }
        }
        return null;
    }

    /** The latest earlier send with these bytes on {@code wire} (or on an unknown wire), left in place; null when none. */
    Sent latest(int hash, int wire, long receivedNanos) {
        ArrayDeque<Sent> sends = byHash.get(hash);
        if (sends == null) {
            return null;
        }
        for (Iterator<Sent> it = sends.descendingIterator(); it.hasNext(); ) {
            Sent s = it.next();
            if (!s.gone && s.nanos <= receivedNanos && (s.wire < 0 || s.wire == wire)) {
                return s;
            }
        }
        return null;
    }

    /** Forgets sends older than {@link #TTL_NANOS}. */
    void expire(long now) {
        while (!all.isEmpty() && (all.peekFirst().gone || now - all.peekFirst().nanos > TTL_NANOS)) {
            Sent s = all.pollFirst();
            if (!s.gone) {
                forget(s);
            }
            trimHead(s.hash);
        }
    }

    int size() {
        return size;
    }

    private void take(Sent s) {
        forget(s);
        trimHead(s.hash);
    }

    private void forgetOldest() {
        while (!all.isEmpty()) {
            Sent s = all.pollFirst();
            if (!s.gone) {
                forget(s);
                trimHead(s.hash);
                return;
            }
        }
    }

    private void forget(Sent s) {
        s.gone = true;
        size--;
        if (s.seq > 0) {
            bySeq.remove(key(s.wire, s.seq), s);
        }
    }

    /** Drops the forgotten sends at the head of the list for {@code hash} (and the list once empty). */
    private void trimHead(int hash) {
        ArrayDeque<Sent> sends = byHash.get(hash);
        if (sends == null) {
            return;
        }
        while (!sends.isEmpty() && sends.peekFirst().gone) {
            sends.pollFirst();
        }
        if (sends.isEmpty()) {
            byHash.remove(hash);
        }
    }

    private static long key(int wire, long seq) {
        return ((long) wire << 40) ^ seq;
    }
}
