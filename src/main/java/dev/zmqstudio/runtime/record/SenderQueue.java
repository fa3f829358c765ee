package dev.zmqstudio.runtime.record;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The captured sends of one socket waiting for their receipts. A receipt meets the oldest earlier send with the same
 * payload hash on its wire (messages on one wire arrive in the order sent); a publisher's send may meet one receipt
 * per subscriber, each subscriber's in order. Sends are forgotten {@link #TTL_NANOS} after they were made.
 */
final class SenderQueue {
    static final long TTL_NANOS = 3_000_000_000L;

    private final boolean fansOut;
    private final ArrayDeque<PendingSend> all = new ArrayDeque<>();
    private final Map<Integer, SendList> byHash = new HashMap<>();
    /** A publisher's: per wire, the number of the last send a receipt on it met. */
    private final Map<Integer, Long> metUpTo = new HashMap<>();
    private long seq;

    SenderQueue(boolean fansOut) {
        this.fansOut = fansOut;
    }

    void add(Captured sent) {
        PendingSend s = new PendingSend(sent, ++seq);
        all.addLast(s);
        byHash.computeIfAbsent(sent.hash(), h -> new SendList()).add(s);
    }

    /** The send a receipt with {@code hash} on {@code wire} at {@code receivedNanos} meets, taken; null when none yet. */
    PendingSend meet(int hash, int wire, long receivedNanos) {
        SendList list = byHash.get(hash);
        if (list == null) {
            return null;
        }
        PendingSend s = list.find(wire, fansOut ? metUpTo.getOrDefault(wire, 0L) : 0, receivedNanos);
        if (s != null) {
            s.met = true;
            if (fansOut) {
                metUpTo.put(wire, s.seq);
            } else {
                s.gone = true;
            }
        }
        return s;
    }

    /** Peeks at the send {@link #meet} would take, without taking it (to choose between several senders). */
    long candidateNanos(int hash, int wire, long receivedNanos) {
        SendList list = byHash.get(hash);
        PendingSend s = list == null ? null : list.find(wire, fansOut ? metUpTo.getOrDefault(wire, 0L) : 0, receivedNanos);
        return s == null ? Long.MAX_VALUE : s.sent.nanos();
    }

    /**
     * Forgets the sends made before {@code before} (all of them when {@code Long.MAX_VALUE}) and those already met
     * at the head; {@code unmet} gets those no receipt met.
     */
    void expire(long before, Consumer<Captured> unmet) {
        while (!all.isEmpty() && (all.peekFirst().gone || all.peekFirst().sent.nanos() < before)) {
            PendingSend s = all.pollFirst();
            if (!s.met) {
                unmet.accept(s.sent);
            }
            s.gone = true;
            SendList list = byHash.get(s.sent.hash());
            if (list != null && list.isEmpty()) {
                byHash.remove(s.sent.hash());
            }
        }
    }

    int size() {
        return all.size();
    }
}
