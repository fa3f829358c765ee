package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.behaviour.AggregateStats;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A restarted process counts from zero; what it shows goes on from what its earlier incarnations counted. */
class EarlierCountsTest {

    private static EngineSnapshot.NodeStats sink(long received, AggregateStats.Snapshot aggregate, Map<String, Long> countsBy,
                                                 EngineSnapshot.Errors errors) {
        return new EngineSnapshot.NodeStats("sink", "PULL", NodeState.RUNNING, 0, received, null, Map.of(), Map.of(),
                aggregate, errors, 0, received, countsBy);
    }

    private static EngineSnapshot.NodeStats device(long frontIn, long backOut) {
        return new EngineSnapshot.NodeStats("queue", "STREAMER", NodeState.RUNNING, backOut, frontIn, null,
                Map.of("frontend", new EngineSnapshot.SideStats("PULL", 0, frontIn),
                        "backend", new EngineSnapshot.SideStats("PUSH", backOut, 0)),
                Map.of(), null, EngineSnapshot.Errors.NONE, backOut, frontIn);
    }

    private static Telemetry.Report report(List<EngineSnapshot.NodeStats> nodes, List<EngineSnapshot.LinkStats> links) {
        Map<String, EngineSnapshot.NodeStats> byId = new java.util.LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        return new Telemetry.Report(Telemetry.ReportKind.REPORT, 1, 0, true, byId, links, new long[] {7}, new long[] {0},
                List.of(), new long[0], List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), List.of());
    }

    @Test
    void countsAggregatesTextsSidesAndLinksGoOnAcrossARestart() {
        EarlierCounts earlier = new EarlierCounts(1);
        earlier.add(report(List.of(sink(3, new AggregateStats.Snapshot(3, 30, 10, 5, 15, 1), Map.of("a", 2L, "b", 1L),
                EngineSnapshot.Errors.NONE), device(10, 9)),
                List.of(new EngineSnapshot.LinkStats("l", "x", "y", 4, 6))));
        earlier.addError("sink", "process exited with code 137");

        EngineSnapshot.NodeStats now = earlier.node("sink", sink(2, new AggregateStats.Snapshot(2, 40, 20, 1, 39, 0),
                Map.of("b", 5L), EngineSnapshot.Errors.NONE));
        assertEquals(5, now.received());
        assertEquals(new AggregateStats.Snapshot(5, 70, 14, 1, 39, 1), now.aggregate());
        assertEquals(Map.of("a", 2L, "b", 6L), now.countsBy());
        assertEquals(EngineSnapshot.Errors.of("process exited with code 137"), now.errors(), "the crash stays counted");

        EngineSnapshot.NodeStats queue = earlier.node("queue", device(1, 1));
        assertEquals(new EngineSnapshot.SideStats("PULL", 0, 11), queue.sides().get("frontend"));
        assertEquals(new EngineSnapshot.SideStats("PUSH", 10, 0), queue.sides().get("backend"));

        assertEquals(List.of(new EngineSnapshot.LinkStats("l", "x", "y", 5, 6)),
                earlier.links(List.of(new EngineSnapshot.LinkStats("l", "x", "y", 1, 0))));
        assertEquals(8, earlier.toBinder(0, 1));
    }

    @Test
    void beforeItsFirstReportARestartedNodeShowsWhatItHadCountedAndIsStarting() {
        EarlierCounts earlier = new EarlierCounts(1);
        assertNull(earlier.node("sink", null), "nothing counted yet");
        earlier.add(report(List.of(sink(3, new AggregateStats.Snapshot(3, 30, 10, 5, 15, 0), null, EngineSnapshot.Errors.NONE)),
                List.of(new EngineSnapshot.LinkStats("l", "x", "y", 4, 6))));
        EngineSnapshot.NodeStats starting = earlier.node("sink", null);
        assertEquals(NodeState.STARTING, starting.state());
        assertEquals(3, starting.received());
        assertEquals(3, starting.aggregate().count());
        assertEquals(List.of(new EngineSnapshot.LinkStats("l", "x", "y", 4, 6)), earlier.links(null));
    }

    @Test
    void countsBySenderGoOnAcrossARestartLikeTheTotal() {
        EarlierCounts earlier = new EarlierCounts(1);
        earlier.add(report(List.of(bySender(Map.of("w1", 3L, "w2", 1L))), List.of()));
        EngineSnapshot.NodeStats now = earlier.node("sink", bySender(Map.of("w2", 2L)));
        assertEquals(Map.of("w1", 3L, "w2", 3L), now.perSender());
        assertEquals(6, now.received(), "the counts by sender add up to what the node received");
    }

    private static EngineSnapshot.NodeStats bySender(Map<String, Long> perSender) {
        long received = perSender.values().stream().mapToLong(Long::longValue).sum();
        return new EngineSnapshot.NodeStats("sink", "PULL", NodeState.RUNNING, 0, received, null, Map.of(), perSender,
                null, EngineSnapshot.Errors.NONE, 0, received, null);
    }
}
