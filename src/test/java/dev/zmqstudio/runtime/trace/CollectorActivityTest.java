package dev.zmqstudio.runtime.trace;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.engine.WireRuntime;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the run last moved, as a quiet check sees it between the collector's ticks. */
class CollectorActivityTest {
    private final AtomicLong traffic = new AtomicLong();
    private final Collector collector;

    CollectorActivityTest() throws Exception {
        RunPlan plan = RunPlan.of(TopologyFiles.parse("""
                {"format": 1, "name": "t", "nodes": [{"id": "a", "type": "PUSH"}, {"id": "b", "type": "PULL"}]}
                """, "test"));
        List<WireRuntime> wires = plan.wires.stream().map(WireRuntime::new).toList();
        collector = new Collector(new RunContext(plan, null, wires, null), List.of(), traffic::get);
    }

    @Test
    void countersThatMovedSinceTheLastTickCountAsMovingNow() {
        collector.tickOnce(1_000);
        traffic.set(5);
        collector.tickOnce(2_000);
        assertEquals(2_000, collector.lastActivityNanos(), "still since the tick that saw the change");

        traffic.set(30); // a child's report lands between ticks
        long before = System.nanoTime();
        assertTrue(collector.lastActivityNanos() >= before, "a change no tick has seen yet is activity now");

        collector.tickOnce(3_000);
        assertEquals(3_000, collector.lastActivityNanos(), "the tick that saw it holds the time");
    }
}
