package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.trace.WirePressure;

import org.HdrHistogram.Histogram;

/** Live numbers of one wire: exact counts per direction, connection state, sampled one-way latency. */
public final class WireRuntime {
    public final RunPlan.WirePlan plan;
    public final Counter towardsBinder = new Counter();
    public final Counter towardsConnector = new Counter();
    /** Matched samples, the estimate of a wire no end can count and no sender can share out ({@link WireCounts}). */
    public final Counter sampled = new Counter();
    public final WirePressure pressureTowardsBinder = new WirePressure();
    public final WirePressure pressureTowardsConnector = new WirePressure();
    /** When the sender last found this wire's queue full (System.nanoTime; 0: never). Collector thread writes. */
    private volatile long fullSeenNanos;
    /** Messages a publisher certainly dropped on this wire (a lower bound, see PressureTracker). Collector thread writes. */
    private volatile long dropped;
    /** Two significant digits (1%): enough for p50/p99, and a tenth of the memory and walk of three. */
    private final Histogram latencyMicros = new Histogram(1, 60_000_000L, 2);
    private long[] percentiles;
    private long percentilesCount;
    private long percentilesNanos;
    private static final long PERCENTILES_PERIOD_NANOS = 1_000_000_000L;
    private volatile WireState state = WireState.PENDING;

    public WireRuntime(RunPlan.WirePlan plan) {
        this.plan = plan;
    }

    String id() {
        return plan.wire.id();
    }

    public WirePressure pressure(boolean towardsBinder) {
        return towardsBinder ? pressureTowardsBinder : pressureTowardsConnector;
    }

    /** The exact count of messages towards one end, or null when that end does not count them. */
    public Counter receivedTowards(boolean binder) {
        return (binder ? plan.countsToBinder : plan.countsToConnector) == null ? null
                : binder ? towardsBinder : towardsConnector;
    }

    public void fullSeen(long nanos) {
        fullSeenNanos = nanos;
    }

    public void dropped(long atLeast) {
        dropped = atLeast;
    }

    /** True when the sender found this wire's queue full (or dropped on it) within {@code windowNanos} of {@code now}. */
    boolean full(long now, long windowNanos) {
        long seen = fullSeenNanos;
        return seen != 0 && now - seen <= windowNanos;
    }

    public long dropped() {
        return dropped;
    }

    public WireState state() {
        return state;
    }

    public void state(WireState newState) {
        state = newState;
    }

    /** Collector thread. */
    public synchronized void recordLatency(long nanos) {
        latencyMicros.recordValue(Math.max(1, Math.min(nanos / 1000, 60_000_000L)));
    }

    /**
     * p50 and p99 in microseconds and how many matched samples they come from, or null when nothing was measured. Computed again at most once a second, and
     * only when new values came: a percentile walks the whole histogram, and the designer takes a snapshot of
     * every wire ten times a second.
     */
    synchronized long[] latencyPercentiles() {
        long count = latencyMicros.getTotalCount();
        if (count == 0) {
            return null;
        }
        long now = System.nanoTime();
        if (percentiles == null || (count != percentilesCount && now - percentilesNanos >= PERCENTILES_PERIOD_NANOS)) {
            percentiles = new long[] {latencyMicros.getValueAtPercentile(50), latencyMicros.getValueAtPercentile(99), count};
            percentilesCount = count;
            percentilesNanos = now;
        }
        return percentiles;
    }

    /** Final figures (after Stop): everything recorded counts. */
    synchronized long[] latestPercentiles() {
        percentiles = null;
        return latencyPercentiles();
    }
}
