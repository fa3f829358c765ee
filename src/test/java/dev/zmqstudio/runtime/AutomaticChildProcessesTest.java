package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.ProcessPackingTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A topology larger than one process can hold runs anyway: the engine places the rest in child processes, says so,
 * and counts every message exactly as in-process. (A small limit stands for the machine's: 20,000 descriptors here.)
 */
@Timeout(180)
class AutomaticChildProcessesTest {
    private static final int PAIRS = 150;

    @Test
    void whatDoesNotFitRunsInChildProcessesWithExactCounts() throws Exception {
        try (EngineHarness h = new EngineHarness(ProcessPackingTest.pairs(PAIRS, "inproc"), ChildTopologies.launch(), null, 1_000)) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(120), x -> received(x) == PAIRS * 10L || !x.failedNodes().isEmpty());
            assertEquals(List.of(), s.failedNodes().stream().map(n -> n.id() + ": " + n.error()).toList());
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < PAIRS; i++) {
                if (s.nodes().get("sink-" + i).received() != 10 || s.nodes().get("gen-" + i).sent() != 10) {
                    wrong.add("pair " + i);
                }
            }
            assertEquals(List.of(), wrong);
            assertEquals(2, h.engine.children().size(), "188 of 300 nodes in children of at most 112 sockets");
            assertTrue(h.lines.contains("engine 300 nodes need about 1,928 file descriptors in one process, which may open"
                    + " 1,000: placing 188 of them in 2 child processes"), h.lines.toString());
        }
    }

    private static long received(EngineSnapshot s) {
        return s.nodes().values().stream().filter(n -> n.id().startsWith("sink-")).mapToLong(EngineSnapshot.NodeStats::received).sum();
    }
}
