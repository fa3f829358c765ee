package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.trace.Envelope;
import dev.zmqstudio.runtime.trace.MessageNumbers;
import dev.zmqstudio.runtime.trace.TraceRing;

import dev.zmqstudio.model.SocketType;
import zmq.Msg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A publisher's subscribers whose filters we know, and how many messages each should get: the messages its
 * filters match. For a subscriber we run that count is also how it numbers what it receives, so the publisher
 * samples, per subscriber, the numbers the subscriber samples ({@link MessageNumbers}), and the pressure tracker
 * compares it with what arrived. For an external subscriber (its subscriptions as declared in the file; none
 * declared: every message) it is the wire's estimate, counted while the wire is connected: a publisher's one send
 * reaches many peers and JeroMQ does not say which. Publisher's thread.
 */
public final class Subscribers {
    private static final Subscribers NONE = new Subscribers(new Subscriber[0], false);

    /** {@code filters} null: every message; {@code connection} null: a subscriber we run. */
    private record Subscriber(int wire, Counter expected, byte[][] filters, WireRuntime connection) {
        boolean matches(Msg first) {
            if (filters == null) {
                return true;
            }
            for (byte[] f : filters) {
                if (startsWith(first, f)) {
                    return true;
                }
            }
            return false;
        }

        boolean counting() {
            return connection == null || connection.state() == WireState.CONNECTED;
        }
    }

    private final Subscriber[] all;
    private final boolean numbersEveryWire;
    private final int[] dueWires;
    private final long[] dueNumbers;
    private int due;
    /** The subscribers the message being sent matched, counted once it is sent whole (see {@link #commit}). */
    private final Subscriber[] matched;
    private int matchedCount;

    private Subscribers(Subscriber[] all, boolean numbersEveryWire) {
        this.all = all;
        this.numbersEveryWire = numbersEveryWire;
        this.dueWires = new int[all.length];
        this.dueNumbers = new long[all.length];
        this.matched = new Subscriber[all.length];
    }

    static Subscribers of(RunContext ctx, RunPlan.SidePlan publisher) {
        if (!MessageNumbers.fansOut(publisher)) {
            return NONE;
        }
        List<Subscriber> list = new ArrayList<>();
        boolean numbersEvery = true;
        for (RunPlan.WirePlan w : publisher.wires()) {
            RunPlan.SidePlan subscriber = w.other(publisher);
            Counter expected = ctx.wire(w).pressure(w.binder() == subscriber).expected;
            List<String> topics = subscriber.spec().options().subscriptions();
            if (numbered(ctx.plan, subscriber)) {
                list.add(new Subscriber(w.index, expected, bytes(topics), null));
            } else {
                numbersEvery = false;
                if (isSubscriber(subscriber) && !ctx.plan.runs(subscriber.node())) {
                    list.add(new Subscriber(w.index, expected, topics.isEmpty() ? null : bytes(topics), ctx.wire(w)));
                }
            }
        }
        return new Subscribers(list.toArray(Subscriber[]::new), numbersEvery);
    }

    /** Whether the publisher numbers its messages to {@code subscriber} as the subscriber counts them. */
    public static boolean numbered(RunPlan plan, RunPlan.SidePlan subscriber) {
        return subscriber.type() == SocketType.SUB && plan.runs(subscriber.node());
    }

    private static boolean isSubscriber(RunPlan.SidePlan side) {
        return side.type() == SocketType.SUB || side.type() == SocketType.XSUB;
    }

    boolean isEmpty() {
        return all.length == 0;
    }

    /** True when every wire of the publisher is numbered here: no sample by bytes alone is needed. */
    boolean numbersEveryWire() {
        return numbersEveryWire;
    }

    /**
     * Notes which subscribers a message (its first frame) is for, before it is sent; true when a subscriber's number
     * for it is to be sampled ({@code mask}), to record with {@link #recordDue} once sent. The subscribers' expected
     * counts grow only once the whole message is sent ({@link #commit}): counted earlier, a publisher stalled between
     * counting and sending (a busy machine) would look, to the pressure tracker, like a message its caught-up
     * subscriber lost.
     */
    boolean count(Msg first, long mask) {
        due = 0;
        matchedCount = 0;
        for (Subscriber s : all) {
            if (s.matches(first) && s.counting()) {
                matched[matchedCount++] = s;
                long n = s.expected().get() + 1;
                if (s.connection() == null && (n & mask) == 0) {
                    dueWires[due] = s.wire();
                    dueNumbers[due] = n;
                    due++;
                }
            }
        }
        return due > 0;
    }

    /** The message {@link #count} looked at is sent whole: each subscriber it was for should get it. */
    void commit() {
        for (int i = 0; i < matchedCount; i++) {
            matched[i].expected().increment();
            matched[i] = null;
        }
        matchedCount = 0;
    }

    /** The message {@link #count} looked at was not sent. */
    void forget() {
        for (int i = 0; i < matchedCount; i++) {
            matched[i] = null;
        }
        matchedCount = 0;
        due = 0;
    }

    /**
     * Records the samples {@link #count} found due, one per subscriber, all for the one message sent ({@code last}: its
     * last frame, {@code envelope}: the others).
     */
    void recordDue(TraceRing ring, byte[] last, Envelope envelope, long atNanos) {
        if (due == 0) {
            return;
        }
        int hash = ring.hash(last, 0, last.length);
        for (int i = 0; i < due; i++) {
            ring.recordHashed(true, dueWires[i], dueNumbers[i], hash, last, 0, last.length, envelope, atNanos);
        }
        due = 0;
    }

    private static byte[][] bytes(List<String> topics) {
        return topics.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    private static boolean startsWith(Msg msg, byte[] prefix) {
        if (msg.size() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (msg.get(i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
