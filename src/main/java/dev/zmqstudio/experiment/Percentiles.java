package dev.zmqstudio.experiment;

import java.util.Arrays;
import java.util.List;

/** Latency percentiles of a cell by nearest rank, in milliseconds; NaN when nothing was measured. */
public record Percentiles(int count, double p50, double p90, double p99, double max) {

    static Percentiles of(List<LatencyRows.Row> rows) {
        long[] us = rows.stream().mapToLong(LatencyRows.Row::latencyUs).sorted().toArray();
        if (us.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Percentiles(us.length, at(us, 0.50), at(us, 0.90), at(us, 0.99), us[us.length - 1] / 1000.0);
    }

    /** The sorted latencies in ms, for a distribution plot. */
    static double[] sortedMillis(List<LatencyRows.Row> rows) {
        double[] ms = rows.stream().mapToDouble(r -> r.latencyUs() / 1000.0).toArray();
        Arrays.sort(ms);
        return ms;
    }

    private static double at(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1000.0;
    }
}
