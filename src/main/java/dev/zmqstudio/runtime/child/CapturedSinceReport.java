package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.record.Captured;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one child process captured for the recording, held until a report counts it. A child sends what it captured
 * after reading the counts of the report that follows, so each report finds here everything it counts, and maybe a
 * little more. Handing over only what the latest report counts (each socket's sends and receipts, by its own
 * counters) keeps the recording equal to the report when the child is killed: what it captured after its last
 * report is never counted, and never recorded. Hub thread only.
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
     * Takes, in order, what {@code report}'s counters count; keeps the rest. A message stays held once one before it
     * on the same socket is held, so each socket's order is kept.
     */
    List<Captured> countedBy(Telemetry.Report report) {
        List<Captured> out = new ArrayList<>();
        List<Captured> kept = new ArrayList<>();
        Set<Integer> waitingSides = new HashSet<>();
        for (Captured c : held) {
            if (!waitingSides.contains(c.side()) && c.counted() <= reported(c, report)) {
                out.add(c);
            } else {
                waitingSides.add(c.side());
                kept.add(c);
            }
        }
        held = kept;
        return out;
    }

    /** What the report says socket {@code c.side()} had sent (or received) by then; 0 when it says nothing of it. */
    private long reported(Captured c, Telemetry.Report report) {
        RunPlan.SidePlan side = plan.sides.get(c.side());
        EngineSnapshot.NodeStats node = report.nodes().get(side.node().id());
        if (node == null) {
            return 0;
        }
        if (node.sides().isEmpty()) {
            return c.send() ? node.sent() : node.received();
        }
        EngineSnapshot.SideStats s = node.sides().get(side.side().key());
        return s == null ? 0 : c.send() ? s.sent() : s.received();
    }
}
