package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.record.Captured;

import java.util.ArrayList;
import java.util.List;

/**
 * What one child process captured for the recording, held until a report counts it. A child sends what it captured
 * after reading the counts of the report that follows, so each report finds here everything it counts, and maybe a
 * little more. Handing over only what the latest report counts keeps the recording equal to the report when the
 * child is killed: what it captured after its last report is never counted, and never recorded. Hub thread only.
 */
final class CapturedSinceReport {
    private final RunPlan plan;
    private List<Captured> held = new ArrayList<>();

    CapturedSinceReport(RunPlan plan) {
        this.plan = plan;
    }

    void add(List<Captured> batch) {
        held.addAll(batch);
    }

    /**
     * Takes, in order, what {@code report}'s wire counters count (and what no counter counts); keeps the rest. A
     * message stays held once one before it on the same socket is held, so each socket's order is kept.
     */
    List<Captured> countedBy(Telemetry.Report report) {
        List<Captured> out = new ArrayList<>();
        List<Captured> kept = new ArrayList<>();
        java.util.Set<Integer> waitingSides = new java.util.HashSet<>();
        for (Captured c : held) {
            if (!waitingSides.contains(c.side()) && counted(c, report)) {
                out.add(c);
            } else {
                waitingSides.add(c.side());
                kept.add(c);
            }
        }
        held = kept;
        return out;
    }

    private boolean counted(Captured c, Telemetry.Report report) {
        if (c.counted() == 0 || c.wire() < 0) {
            return true;
        }
        RunPlan.WirePlan w = plan.wires.get(c.wire());
        boolean atBinder = w.binder().index() == c.side();
        // A receipt is counted towards its own end; a send towards the other.
        boolean towardsBinder = c.send() != atBinder;
        long[] counts = towardsBinder ? report.towardsBinder() : report.towardsConnector();
        return c.wire() < counts.length && c.counted() <= counts[c.wire()];
    }
}
