package dev.zmqstudio.experiment;

import java.util.Map;

/**
 * One run of a sweep as a user reads it: its options, where it sits on the plot ({@code x}, {@code series}), what it
 * sent and delivered, and its latency; {@code skipped} says why it did not run (null when it did).
 */
public record RunSummary(String label, Map<String, Object> options, int hosts, double x, String series, long sent,
                         long delivered, long dropped, Percentiles latency, String skipped) {

    static RunSummary of(CellRun.Result r, SweepSpec spec) {
        double x = spec.x().equals("hosts") ? r.hosts() : ((Number) r.cell().get(spec.x())).doubleValue();
        String series = spec.series().isEmpty() ? "all" : String.valueOf(r.cell().get(spec.series()));
        return new RunSummary(SweepReport.label(r, spec), r.cell(), r.hosts(), x, series, r.sent(), r.delivered(),
                r.dropped(), Percentiles.of(r.latencyUs()), r.skipped());
    }
}
