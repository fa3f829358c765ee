package dev.zmqstudio.experiment;

import java.util.Arrays;

/** Latency percentiles of a cell by nearest rank, in milliseconds; NaN when nothing was measured. */
public record Percentiles(int count, double p50, double p90, double p99, double max) {

    /** From latencies in microseconds, sorted. */
    static Percentiles of(long[] us) {
        if (us.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Percentiles(us.length, at(us, 0.50), at(us, 0.90), at(us, 0.99), us[us.length - 1] / 1000.0);
    }

    /** The sorted latencies in ms, for a distribution plot. */
    static double[] sortedMillis(long[] sortedUs) {
        return Arrays.stream(sortedUs).mapToDouble(us -> us / 1000.0).toArray();
    }

    private static double at(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1000.0;
    }
}
