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
        /** The numbers of both (a restarted process's with its earlier one's). */
        public Snapshot plus(Snapshot other) {
            if (other.count == 0) {
                return new Snapshot(count, sum, average, min, max, skipped + other.skipped);
            }
            if (count == 0) {
                return new Snapshot(other.count, other.sum, other.average, other.min, other.max, skipped + other.skipped);
            }
            long n = count + other.count;
            double total = sum + other.sum;
            return new Snapshot(n, total, total / n, Math.min(min, other.min), Math.max(max, other.max), skipped + other.skipped);
        }
    }
}
