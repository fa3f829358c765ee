package dev.zmqstudio.runtime.behaviour;

/** Count, sum, average, min and max of the numbers a sink's aggregate expression computes. */
public final class AggregateStats {
    private long count;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long skipped;

    public synchronized void add(double value) {
        if (Double.isNaN(value)) {
            skipped++;
            return;
        }
        count++;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /** A consistent copy. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(count, sum, count == 0 ? Double.NaN : sum / count,
                count == 0 ? Double.NaN : min, count == 0 ? Double.NaN : max, skipped);
    }

    /** {@code skipped}: messages whose expression gave no number. */
    public record Snapshot(long count, double sum, double average, double min, double max, long skipped) {
    }
}
