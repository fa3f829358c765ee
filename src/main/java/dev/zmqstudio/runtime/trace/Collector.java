package dev.zmqstudio.runtime.trace;

import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.engine.WireRuntime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongSupplier;

/**
 * The engine's bookkeeping thread. Every tick it drains the sockets' trace rings, matches each received sample
 * to its send ({@link PendingSends}: by its number on the wire where both ends number it alike, else by payload
 * hash on the wire it came over) for the one-way latency per hop, queues tokens for
 * the animation and notes when traffic last moved. It thins sampling (one message number in a power of two,
 * the same numbers at both ends of a wire) when samples exceed what it can handle in a tick, so below about
 * 80k messages/s every message is sampled and above it neither this thread nor the sockets do more work.
 */
public final class Collector implements Runnable {
    static final long TICK_NANOS = 10_000_000L;
    private static final long RETRY_NANOS = 200_000_000L;
    /** Samples per tick above which sampling thins (by halves), below which it thickens again. */
    private static final int MOST_SAMPLES_PER_TICK = 400;
    private static final int FEWEST_SAMPLES_PER_TICK = 50;
    private static final long MAX_SAMPLE_MASK = (1L << 24) - 1;

    private record Received(int side, int wire, long seq, int hash, long nanos, byte[] preview, int size,
                            Envelope envelope) { }

    private final RunContext ctx;
    private final List<TraceRing> rings;
    private final LongSupplier totalTraffic;
    private final PressureTracker pressure;
    private final BlockingQueue<Token> tokens = new ArrayBlockingQueue<>(8192);
    private final List<PendingSends> pendingBySide;
    private List<Received> received = new ArrayList<>();
    private int samplesThisTick;
    private List<Received> deferred = new ArrayList<>();
    private volatile long lastTraffic = -1;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile boolean running = true;

    public Collector(RunContext ctx, List<TraceRing> rings, LongSupplier totalTraffic) {
        this.ctx = ctx;
        this.rings = rings;
        this.totalTraffic = totalTraffic;
        this.pressure = new PressureTracker(ctx);
        this.pendingBySide = ctx.plan.sides.stream().map(s -> new PendingSends()).toList();
    }

    public BlockingQueue<Token> tokens() {
        return tokens;
    }

    /**
     * Nanos (System.nanoTime) when a counter last changed. A change since the last tick counts as now: a child's report
     * can move the counters just after a tick, and a run must not look still while they move.
     */
    public long lastActivityNanos() {
        long tickTraffic = lastTraffic; // before the time: a tick writes the time first
        long seen = lastActivityNanos;
        return totalTraffic.getAsLong() != tickTraffic ? System.nanoTime() : seen;
    }

    public void finish() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            long start = System.nanoTime();
            tickOnce(start);
            long sleep = TICK_NANOS - (System.nanoTime() - start);
            if (sleep > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(sleep);
            }
        }
        tickOnce(System.nanoTime());
        tickOnce(System.nanoTime() + RETRY_NANOS + 1); // last tries for what the last tick drained
    }

    /** One round of bookkeeping; also called once more after the runners stop. */
    void tickOnce(long now) {
        samplesThisTick = 0;
        for (TraceRing ring : rings) {
            ring.drain(this::onSample);
        }
        adaptSampling();
        // A receive can be drained before its send: the sender records just after send returns. So receives are
        // matched one tick after they are drained, and one still unmatched is retried for a while before it is
        // shown alone (a busy machine may preempt a sender between sending and recording).
        List<Received> ready = deferred;
        deferred = new ArrayList<>();
        for (Received r : ready) {
            boolean lastTry = now - r.nanos() > RETRY_NANOS;
            if (!match(r, lastTry) && !lastTry) {
                deferred.add(r);
            }
        }
        deferred.addAll(received);
        received = new ArrayList<>();
        expire(now);
        pressure.update(now);
        long traffic = totalTraffic.getAsLong();
        if (traffic != lastTraffic) {
            lastActivityNanos = now;
            lastTraffic = traffic;
        }
    }

    /** Keeps this thread's work bounded whatever the message rate; at low rates every message is sampled. */
    private void adaptSampling() {
        long mask = ctx.sampleMask;
        if (samplesThisTick > MOST_SAMPLES_PER_TICK && mask < MAX_SAMPLE_MASK) {
            ctx.sampleMask = mask * 2 + 1;
        } else if (samplesThisTick < FEWEST_SAMPLES_PER_TICK && mask > 0) {
            ctx.sampleMask = mask >> 1;
        }
    }

    private void onSample(TraceRing ring, boolean send, int wire, long seq, int hash, long nanos, byte[] preview, int size,
                          Envelope envelope) {
        samplesThisTick++;
        int side = ring.sideIndex;
        if (send) {
            pendingBySide.get(side).add(nanos, wire, seq, hash);
            return;
        }
        received.add(new Received(side, wire, seq, hash, nanos, java.util.Arrays.copyOf(preview, Math.min(size, preview.length)),
                size, envelope));
    }

    /** Matches one received sample; on the last try an unmatched sample is still shown. True when matched. */
    private boolean match(Received r, boolean lastTry) {
        RunPlan.SidePlan receiver = ctx.plan.sides.get(r.side());
        if (r.wire() >= 0) {
            return matchOn(ctx.plan.wires.get(r.wire()), receiver, r, lastTry);
        }
        for (RunPlan.WirePlan w : receiver.wires()) {
            if (matchOn(w, receiver, r, false)) {
                return true;
            }
        }
        return false; // an unknown wire and no matching send: an external peer, nothing to draw
    }

    /** Matches a received sample against sends on {@code w}; emits a token when matched or on the last try. */
    private boolean matchOn(RunPlan.WirePlan w, RunPlan.SidePlan receiver, Received r, boolean lastTry) {
        RunPlan.SidePlan sender = w.other(receiver);
        PendingSends sends = pendingBySide.get(sender.index());
        PendingSends.Sent match;
        if (r.seq() > 0 && MessageNumbers.senderNumbers(ctx.plan, sender, w)) {
            match = sends.takeNumbered(w.index, r.seq(), r.hash(), r.nanos());
            if (match == null && sends.holdsNumbered(w.index, r.seq())) {
                match = byBytes(sends, sender, w, r); // the numbers moved apart (a message lost on the way)
            }
        } else {
            match = byBytes(sends, sender, w, r);
        }
        if (match != null) {
            WireRuntime wr = ctx.wires.get(w.index);
            wr.recordLatency(r.nanos() - match.nanos);
            wr.sampled.increment();
        }
        if (match != null || lastTry) {
            emit(w, receiver, match == null ? -1 : match.nanos, r);
        }
        return match != null;
    }

    /**
     * A publisher's one send reaches many subscribers: its latest earlier send with these bytes. Other senders hand
     * each message to one peer, in order: the oldest.
     */
    private static PendingSends.Sent byBytes(PendingSends sends, RunPlan.SidePlan sender, RunPlan.WirePlan w, Received r) {
        return MessageNumbers.fansOut(sender) ? sends.latest(r.hash(), w.index, r.nanos())
                : sends.takeOldest(r.hash(), w.index, r.nanos());
    }

    private void emit(RunPlan.WirePlan w, RunPlan.SidePlan receiver, long sentNanos, Received r) {
        RunPlan.SidePlan sender = w.other(receiver);
        List<FramePreview> frames = new ArrayList<>(r.envelope().frames());
        frames.add(new FramePreview(r.preview(), r.size()));
        tokens.offer(new Token(w.wire.id(), sender.node().id(), receiver.node().id(), receiver == w.binder(),
                sentNanos, r.nanos(), new String(r.preview(), StandardCharsets.UTF_8), r.size(), frames,
                r.envelope().frameCount()));
    }

    private void expire(long now) {
        for (PendingSends sends : pendingBySide) {
            sends.expire(now);
        }
    }
}
