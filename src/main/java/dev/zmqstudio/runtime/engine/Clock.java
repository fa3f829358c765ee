package dev.zmqstudio.runtime.engine;

import java.time.Instant;

/** Wall-clock time in microseconds: comparable across processes on one machine, unlike nanoTime. */
public final class Clock {
    private Clock() {
    }

    /**
     * Epoch nanoseconds minus System.nanoTime: adding it turns this JVM's nanoTime into a time another process on
     * this machine can compare. The best of a few readings, so a preemption between the two clocks is not kept.
     */
    public static long epochOffsetNanos() {
        long best = Long.MAX_VALUE;
        long offset = 0;
        for (int i = 0; i < 5; i++) {
            long before = System.nanoTime();
            Instant now = Instant.now();
            long after = System.nanoTime();
            if (after - before < best) {
                best = after - before;
                offset = now.getEpochSecond() * 1_000_000_000L + now.getNano() - (before + (after - before) / 2);
            }
        }
        return offset;
    }

    public static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
