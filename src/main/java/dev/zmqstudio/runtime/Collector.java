package dev.zmqstudio.runtime;

import dev.zmqstudio.model.SocketType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongSupplier;

/**
 * The engine's bookkeeping thread. Every tick it drains the sockets' trace rings, matches each received sample
 * to the send with the same payload hash on the wire it came over (one-way latency per hop), queues tokens for
 * the animation, tunes the sampling window so samples stay bounded, and notes when traffic last moved.
 */
final class Collector implements Runnable {
    static final long TICK_NANOS = 5_000_000L;
    private static final long SEND_TTL_NANOS = 2_000_000_000L;
    private static final int MAX_PENDING_PER_SIDE = 8192;
    private static final int HIGH_SAMPLES_PER_TICK = 100;
    private static final int LOW_SAMPLES_PER_TICK = 25;
    private static final int MAX_EVERY = 1024;

    private record Sent(long nanos, int wire) { }

    private final RunContext ctx;
    private final List<TraceRing> rings;
    private final LongSupplier totalTraffic;
    private final BlockingQueue<Token> tokens = new ArrayBlockingQueue<>(8192);
    private final List<Map<Integer, ArrayDeque<Sent>>> pendingBySide;
    private final int[] pendingCount;
    private int every = 1;
    private long tick;
    private int samplesThisTick;
    private long lastTraffic = -1;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile boolean running = true;

    Collector(RunContext ctx, List<TraceRing> rings, LongSupplier totalTraffic) {
        this.ctx = ctx;
        this.rings = rings;
        this.totalTraffic = totalTraffic;
        this.pendingBySide = ctx.plan.sides.stream().map(s -> (Map<Integer, ArrayDeque<Sent>>) new HashMap<Integer, ArrayDeque<Sent>>()).toList();
        this.pendingCount = new int[ctx.plan.sides.size()];
    }

    BlockingQueue<Token> tokens() {
        return tokens;
    }

    long lastActivityNanos() {
        return lastActivityNanos;
    }

    void finish() {
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
    }

    /** One round of bookkeeping; also called once more after the runners stop. */
    void tickOnce(long now) {
        samplesThisTick = 0;
        for (TraceRing ring : rings) {
            ring.drain(this::onSample);
        }
        adaptWindow();
        expire(now);
        long traffic = totalTraffic.getAsLong();
        if (traffic != lastTraffic) {
            lastTraffic = traffic;
            lastActivityNanos = now;
        }
    }

    private void adaptWindow() {
        if (samplesThisTick > HIGH_SAMPLES_PER_TICK && every < MAX_EVERY) {
            every *= 2;
        } else if (samplesThisTick < LOW_SAMPLES_PER_TICK && every > 1 && ctx.tracer.isOpen()) {
            every /= 2;
        }
        tick++;
        ctx.tracer.setOpen(tick % every == 0);
    }

    private void onSample(TraceRing ring, boolean send, int wire, int hash, long nanos, byte[] preview, int size) {
        samplesThisTick++;
        int side = ring.sideIndex;
        if (send) {
            if (pendingCount[side] >= MAX_PENDING_PER_SIDE) {
                return;
            }
            pendingBySide.get(side).computeIfAbsent(hash, h -> new ArrayDeque<>(2)).addLast(new Sent(nanos, wire));
            pendingCount[side]++;
            return;
        }
        RunPlan.SidePlan receiver = ctx.plan.sides.get(side);
        if (wire >= 0) {
            matchOn(ctx.plan.wires.get(wire), receiver, hash, nanos, preview, size);
            return;
        }
        for (RunPlan.WirePlan w : receiver.wires()) {
            if (matchOn(w, receiver, hash, nanos, null, size)) {
                emit(w, receiver, -1, nanos, preview, size);
                return;
            }
        }
    }

    /** Matches a received sample against sends on {@code w}; emits a token unless {@code preview} is null. */
    private boolean matchOn(RunPlan.WirePlan w, RunPlan.SidePlan receiver, int hash, long nanos, byte[] preview, int size) {
        RunPlan.SidePlan sender = w.other(receiver);
        ArrayDeque<Sent> sends = pendingBySide.get(sender.index()).get(hash);
        Sent match = null;
        if (sends != null) {
            for (Iterator<Sent> it = sends.iterator(); it.hasNext(); ) {
                Sent s = it.next();
                if (s.nanos() <= nanos && (s.wire() < 0 || s.wire() == w.index)) {
                    match = s;
                    if (!fansOut(sender)) {
                        it.remove();
                        pendingCount[sender.index()]--;
                    }
                    break;
                }
            }
        }
        WireRuntime wr = ctx.wires.get(w.index);
        if (match != null) {
            wr.recordLatency(nanos - match.nanos());
            wr.sampled.increment();
        }
        if (preview != null) {
            emit(w, receiver, match == null ? -1 : match.nanos(), nanos, preview, size);
        }
        return match != null;
    }

    private static boolean fansOut(RunPlan.SidePlan sender) {
        return sender.type() == SocketType.PUB || sender.type() == SocketType.XPUB;
    }

    private void emit(RunPlan.WirePlan w, RunPlan.SidePlan receiver, long sentNanos, long receivedNanos,
                      byte[] preview, int size) {
        RunPlan.SidePlan sender = w.other(receiver);
        String text = preview == null ? "" : new String(preview, 0, Math.min(size, preview.length), StandardCharsets.UTF_8);
        tokens.offer(new Token(w.wire.id(), sender.node().id(), receiver.node().id(), receiver == w.binder(),
                sentNanos, receivedNanos, text, size));
    }

    private void expire(long now) {
        for (int side = 0; side < pendingBySide.size(); side++) {
            Map<Integer, ArrayDeque<Sent>> map = pendingBySide.get(side);
            if (map.isEmpty()) {
                continue;
            }
            for (Iterator<ArrayDeque<Sent>> it = map.values().iterator(); it.hasNext(); ) {
                ArrayDeque<Sent> q = it.next();
                while (!q.isEmpty() && now - q.peekFirst().nanos() > SEND_TTL_NANOS) {
                    q.pollFirst();
                    pendingCount[side]--;
                }
                if (q.isEmpty()) {
                    it.remove();
                }
            }
        }
    }
}
