package dev.zmqstudio.runtime.record;

import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.runtime.engine.RunPlan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns the captured sends and receipts of a run into messages: each receipt meets its send (by payload hash, in
 * order, on its wire) for its sender and send time; a receipt from a program we do not run is a message without a
 * send time; a send towards such a program that none of our sockets received is a message without a receipt time.
 * A receipt whose send has not been drained yet waits up to {@link #RETRY_NANOS}. Recording thread only.
 */
final class MessageMatcher {
    static final long RETRY_NANOS = 2_000_000_000L;

    private final RunPlan plan;
    private final Predicate<RunPlan.SidePlan> captured;
    private final RecordOptions options;
    private final long startNanos;
    private final java.util.function.LongSupplier ids;
    private final SenderQueue[] senders;
    /** Per side: the wires it sends on whose other end we do not record. */
    private final List<List<RunPlan.WirePlan>> outsideWires = new ArrayList<>();
    private final long[] seenOnWire;
    private List<Captured> waiting = new ArrayList<>();
    private volatile long recorded;

    MessageMatcher(RunPlan plan, Predicate<RunPlan.SidePlan> captured, RecordOptions options, long startNanos,
                   java.util.function.LongSupplier ids) {
        this.ids = ids;
        this.plan = plan;
        this.captured = captured;
        this.options = options;
        this.startNanos = startNanos;
        this.senders = new SenderQueue[plan.sides.size()];
        for (RunPlan.SidePlan side : plan.sides) {
            senders[side.index()] = new SenderQueue(fansOut(side));
            outsideWires.add(side.wires().stream().filter(w -> RunPlan.sends(w, side) && !captured.test(w.other(side))).toList());
        }
        this.seenOnWire = new long[plan.wires.size()];
    }

    private static boolean fansOut(RunPlan.SidePlan side) {
        return side.type() == SocketType.PUB || side.type() == SocketType.XPUB;
    }

    long recorded() {
        return recorded;
    }

    /**
     * Takes one drain of captured messages (each socket's in order) and returns the messages now complete. On the
     * {@code last} drain, every receipt still waiting is given up on and every send left is settled.
     */
    List<RecordedMessage> accept(List<Captured> drained, long now, boolean last) {
        List<RecordedMessage> out = new ArrayList<>();
        for (Captured c : drained) {
            if (c.send()) {
                senders[c.side()].add(c);
            }
        }
        List<Captured> receipts = waiting;
        waiting = new ArrayList<>();
        for (Captured c : drained) {
            if (!c.send()) {
                receipts.add(c);
            }
        }
        // In the order they happened: when a sender's messages carry the same bytes, each receipt takes the oldest
        // send not yet taken, which is its own only if earlier receipts (on any of its wires) took theirs first.
        receipts.sort(java.util.Comparator.comparingLong(Captured::nanos));
        for (Captured r : receipts) {
            if (!settle(r, last || now - r.nanos() > RETRY_NANOS, out)) {
                waiting.add(r);
            }
        }
        long before = last ? Long.MAX_VALUE : now - SenderQueue.TTL_NANOS;
        for (RunPlan.SidePlan side : plan.sides) {
            senders[side.index()].expire(before, unmet -> unmetSend(side, unmet, out));
        }
        return out;
    }

    /** Emits receipt {@code r} with its send if found; without one when {@code giveUp}. True when emitted. */
    private boolean settle(Captured r, boolean giveUp, List<RecordedMessage> out) {
        RunPlan.SidePlan receiver = plan.sides.get(r.side());
        if (r.wire() >= 0) {
            RunPlan.WirePlan w = plan.wires.get(r.wire());
            RunPlan.SidePlan sender = w.other(receiver);
            if (!captured.test(sender)) {
                emit(w, sender.node().id(), receiver.node().id(), -1, r, out);
                return true;
            }
            PendingSend s = senders[sender.index()].meet(r.hash(), w.index, r.nanos());
            if (s != null || giveUp) {
                emit(w, sender.node().id(), receiver.node().id(), s == null ? -1 : s.sent.nanos(), r, s, out);
                return true;
            }
            return false;
        }
        // The receiver cannot tell its wires apart: the earliest matching send of any sender on them.
        RunPlan.WirePlan best = null;
        long bestNanos = Long.MAX_VALUE;
        for (RunPlan.WirePlan w : receiver.wires()) {
            RunPlan.SidePlan sender = w.other(receiver);
            if (RunPlan.sends(w, sender) && captured.test(sender)) {
                long at = senders[sender.index()].candidateNanos(r.hash(), w.index, r.nanos());
                if (at < bestNanos) {
                    bestNanos = at;
                    best = w;
                }
            }
        }
        if (best != null) {
            RunPlan.SidePlan sender = best.other(receiver);
            PendingSend s = senders[sender.index()].meet(r.hash(), best.index, r.nanos());
            emit(best, sender.node().id(), receiver.node().id(), s.sent.nanos(), r, s, out);
            return true;
        }
        if (giveUp) {
            emit(null, null, receiver.node().id(), -1, r, out);
            return true;
        }
        return false;
    }

    /**
     * A send no receipt met: towards a program we do not run (one message per such wire it may have gone to), or
     * received by none of our sockets (filtered out by every subscriber, lost when a node was killed, or still queued
     * when the run stopped): a message without a receipt, so a recording holds every message sent as well.
     */
    private void unmetSend(RunPlan.SidePlan sender, Captured s, List<RecordedMessage> out) {
        List<RunPlan.WirePlan> outside = outsideWires.get(sender.index());
        List<RunPlan.WirePlan> to;
        if (s.wire() >= 0) {
            RunPlan.WirePlan w = plan.wires.get(s.wire());
            to = outside.contains(w) ? List.of(w) : List.of();
        } else {
            // Several wires: a publisher's message goes to each program we do not run; another's to one of them.
            to = fansOut(sender) || outside.size() == 1 ? outside : List.of();
        }
        for (RunPlan.WirePlan w : to) {
            keep(new RecordedMessage(ids.getAsLong(), w.wire.id(), sender.node().id(), w.other(sender).node().id(),
                    s.nanos() - startNanos, -1, Arrays.asList(s.frames()), s.cause()), w.index, out);
        }
        if (to.isEmpty()) {
            keep(new RecordedMessage(ids.getAsLong(), null, sender.node().id(), null, s.nanos() - startNanos, -1,
                    Arrays.asList(s.frames()), s.cause()), -1, out);
        }
    }

    private void emit(RunPlan.WirePlan w, String sender, String receiver, long sentNanos, Captured r,
                      List<RecordedMessage> out) {
        emit(w, sender, receiver, sentNanos, r, null, out);
    }

    private void emit(RunPlan.WirePlan w, String sender, String receiver, long sentNanos, Captured r, PendingSend s,
                      List<RecordedMessage> out) {
        keep(new RecordedMessage(r.id(), w == null ? null : w.wire.id(), sender, receiver,
                sentNanos < 0 ? -1 : sentNanos - startNanos, r.nanos() - startNanos, Arrays.asList(r.frames()),
                s == null ? 0 : s.sent.cause()), w == null ? -1 : w.index, out);
    }

    /** Applies the choice of wires and the sample rate (one in n per wire, from the first). */
    private void keep(RecordedMessage m, int wire, List<RecordedMessage> out) {
        if (!options.keepsWire(m.wire())) {
            return;
        }
        if (options.every() > 1 && wire >= 0 && seenOnWire[wire]++ % options.every() != 0) {
            return;
        }
        recorded++;
        out.add(m);
    }
}
