package dev.zmqstudio.runtime.trace;

import dev.zmqstudio.runtime.engine.Counter;
import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.engine.WireRuntime;

import java.util.ArrayList;
import java.util.List;

/**
 * Collector thread: turns the senders' pressure counters into what each wire shows.
 * <ul>
 * <li>A wire whose sender waited for room (PUSH, DEALER, PAIR, REQ at the high-water mark) is marked full.</li>
 * <li>A publisher learns that some subscriber's queue is full when that queue first fills (JeroMQ then skips
 * the subscriber silently until it catches up), not which one. The mark goes to its only wire; else to every
 * subscriber we know the filters of that is further behind than its queue holds, or else the one furthest
 * behind for its queue; else to every wire whose subscriber we cannot see.</li>
 * <li>Over inproc, where the way to a subscriber holds exactly the publisher's send plus the subscriber's
 * receive high-water mark, a subscriber further behind than that has lost the difference at least: that is the
 * wire's dropped count (a lower bound), exact once the publisher has paused and the subscriber has caught up.
 * Over tcp the kernel's buffers hold an unknown number more, so tcp wires are marked but not counted.</li>
 * </ul>
 */
public final class PressureTracker {
    /** A wire stays marked this long after its sender last found it full. */
    public static final long FULL_WINDOW_NANOS = 1_000_000_000L;
    /**
     * How many collector ticks in a row the sender and the receiver must both be still, the receiver caught up, before
     * what the receiver is behind counts as lost. One tick was not enough on a loaded machine: a receiver that only
     * counts shows itself caught up all the time (its backlog lasts microseconds), and when both threads were
     * descheduled for a tick with a message between them, that message counted as dropped (WirePressureTest, once).
     */
    static final int STILL_TICKS = 10;

    /** One direction of a wire its sender sends on; {@code queue}: the messages the way to the receiver holds. */
    private record Outlet(WireRuntime wire, boolean towardsBinder, int slot, long queue, boolean countable) {
        WirePressure pressure() {
            return wire.pressure(towardsBinder);
        }

        /**
         * Messages this receiver has certainly lost (a lower bound); 0 when we cannot know. While messages may be
         * queued, that is what it is behind beyond what the way holds; once the sender has been still for a while
         * ({@link #STILL_TICKS}) and the receiver has found its queues empty, nothing is on the way, and what it is
         * behind is exact.
         */
        long certainlyLost(boolean nothingOnTheWay) {
            if (!countable) {
                return 0;
            }
            long behind = behind();
            if (nothingOnTheWay) {
                return Math.max(0, behind);
            }
            return queue != Long.MAX_VALUE ? Math.max(0, behind - queue) : 0;
        }

        RunPlan.SidePlan receiver() {
            return towardsBinder ? wire.plan.binder() : wire.plan.connector();
        }

        /** What the receiver has counted on this wire so far (0 when it does not count it here). */
        long received() {
            Counter received = wire.receivedTowards(towardsBinder);
            return received == null ? 0 : received.get();
        }

        /** Messages the receiver is behind what it should have got; -1 when we cannot know. */
        long behind() {
            Counter received = wire.receivedTowards(towardsBinder);
            if (received == null || !hasExpectation()) {
                return -1;
            }
            // The subscriber may count a message a moment before its publisher does (once it is sent whole).
            return Math.max(0, pressure().expected.get() - received.get());
        }

        /** The publisher counts what a subscriber it runs should get (SocketHandle's expectations). */
        boolean hasExpectation() {
            return receiver().type() == dev.zmqstudio.model.SocketType.SUB;
        }
    }

    private record Sender(List<Outlet> outlets) {
    }

    private final List<Sender> senders = new ArrayList<>();
    private final long[] lastWaited;
    private final long[] lastFoundFull;
    private final long[] lastExpected;
    private final long[] lastReceived;
    private final int[] stillTicks;
    private final RunContext ctx;

    public PressureTracker(RunContext ctx) {
        int slot = 0;
        for (RunPlan.SidePlan side : ctx.plan.sides) {
            List<Outlet> outlets = new ArrayList<>();
            for (RunPlan.WirePlan w : side.wires()) {
                if (RunPlan.sends(w, side)) {
                    long queue = queue(side.spec().options().sendHwm(), w.other(side).spec().options().receiveHwm());
                    boolean inproc = w.carried() == dev.zmqstudio.model.Transport.INPROC;
                    outlets.add(new Outlet(ctx.wire(w), w.connector() == side, slot++, queue, inproc));
                }
            }
            if (!outlets.isEmpty()) {
                senders.add(new Sender(outlets));
            }
        }
        lastWaited = new long[slot];
        lastFoundFull = new long[slot];
        lastExpected = new long[slot];
        lastReceived = new long[slot];
        stillTicks = new int[slot];
        this.ctx = ctx;
    }

    /** What the way to a receiver holds: both high-water marks, or no limit when either is 0 (ZeroMQ's "none"). */
    private static long queue(int sendHwm, int receiveHwm) {
        return sendHwm <= 0 || receiveHwm <= 0 ? Long.MAX_VALUE : (long) sendHwm + receiveHwm;
    }

    void update(long now) {
        for (Sender sender : senders) {
            long foundFull = 0;
            for (Outlet o : sender.outlets()) {
                long waited = delta(lastWaited, o.slot(), o.pressure().waited.get());
                if (waited > 0) {
                    o.wire().fullSeen(now);
                }
                long expected = o.pressure().expected.get();
                boolean senderStill = expected == lastExpected[o.slot()];
                lastExpected[o.slot()] = expected;
                long received = o.received();
                boolean receiverStill = received == lastReceived[o.slot()];
                lastReceived[o.slot()] = received;
                // Both still for a while and the receiver found its queue empty: nothing can be on the way.
                boolean still = senderStill && receiverStill && ctx.caughtUp(o.receiver().index());
                stillTicks[o.slot()] = still ? Math.min(STILL_TICKS, stillTicks[o.slot()] + 1) : 0;
                long lost = o.certainlyLost(stillTicks[o.slot()] >= STILL_TICKS);
                if (lost > o.wire().dropped()) {
                    o.wire().dropped(lost);
                    o.wire().fullSeen(now);
                }
                foundFull = Math.max(foundFull, delta(lastFoundFull, o.slot(), o.pressure().foundFull.get()));
            }
            if (foundFull > 0) {
                for (Outlet o : droppingOutlets(sender)) {
                    o.wire().fullSeen(now);
                }
            }
        }
    }

    private static List<Outlet> droppingOutlets(Sender sender) {
        List<Outlet> outlets = sender.outlets();
        if (outlets.size() == 1) {
            return outlets;
        }
        List<Outlet> known = outlets.stream().filter(o -> o.behind() >= 0).toList();
        if (!known.isEmpty()) {
            List<Outlet> overflowing = known.stream().filter(o -> o.behind() > o.queue()).toList();
            if (!overflowing.isEmpty()) {
                return overflowing;
            }
            Outlet furthest = known.stream()
                    .max(java.util.Comparator.comparingDouble(o -> (double) o.behind() / o.queue())).orElseThrow();
            if (furthest.behind() > 0) {
                return List.of(furthest);
            }
        }
        List<Outlet> unseen = outlets.stream().filter(o -> o.behind() < 0).toList();
        return unseen.isEmpty() ? outlets : unseen;
    }

    /** The growth of a counter since the last look (0 when it went back: a restarted child counts anew). */
    private static long delta(long[] last, int slot, long now) {
        long d = now - last[slot];
        last[slot] = now;
        return Math.max(0, d);
    }
}
