package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stop ends a node that is in the middle of a long evaluation within a second, and leaves no thread behind. */
@Timeout(120)
class ExpressionStopTest {
    /** About a second of CPU per 60 KB message: each evaluation would run to its whole 1 s budget. */
    private static final String SLOW_FILTER = "find(msg, '[0-9, ]{1,300}z') == null";

    private static Topology slowWorker(String filter) {
        return new Topology("slow", "", Settings.DEFAULTS.withExpressionBudgetMs(1000), List.of(
                SocketNode.of("gen", SocketType.PUSH, new Behaviour.Generator("{ints:10000}", 0, 50, List.of(), 1, false),
                        "inproc://slow-in"),
                SocketNode.of("worker-in", SocketType.PULL, Behaviour.Passive.INSTANCE),
                SocketNode.of("worker-out", SocketType.PUSH, Behaviour.Passive.INSTANCE, "inproc://slow-out"),
                SocketNode.of("sink", SocketType.PULL, new Behaviour.Sink(false, null, null, null))),
                List.of(Wire.of("w-in", "worker-in", "gen", "inproc://slow-in"),
                        Wire.of("w-out", "sink", "worker-out", "inproc://slow-out")),
                List.of(new Link("l1", "worker-in", "worker-out", filter, null)));
    }

    @Test
    void stopEndsANodeInTheMiddleOfAnEvaluationWithinASecondAndLeavesNoThread() throws Exception {
        for (int run = 1; run <= 2; run++) { // a leaked thread per run would show on the second
            EngineHarness h = new EngineHarness(slowWorker(SLOW_FILTER));
            h.awaitSnapshot(Duration.ofSeconds(30), s -> s.node("worker-in").received() >= 1);
            Thread worker = thread("zs-node-worker-in").orElseThrow();
            awaitCpuTime(worker, 100_000_000L); // well into an evaluation

            long start = System.nanoTime();
            h.engine.stop();
            long stopMillis = (System.nanoTime() - start) / 1_000_000;

            assertTrue(stopMillis < 1000, "run " + run + ": Stop took " + stopMillis + " ms");
            EngineSnapshot last = h.engine.snapshot();
            for (String node : List.of("gen", "worker-in", "worker-out", "sink")) {
                assertTrue(last.node(node).state() != NodeState.RUNNING, node + " is " + last.node(node).state());
            }
            assertEquals(List.of(), engineThreads(), "run " + run + ": threads left after Stop");
            assertTrue(h.linesOf("worker-in").stream().noneMatch(l -> l.contains("stopped with the run")),
                    "an evaluation cut short by Stop is not reported as the message's error: " + h.linesOf("worker-in"));
        }
    }

    @Test
    void eachOverrunFailsItsMessageAndTheNodeGoesOn() throws Exception {
        Topology t = slowWorker(SLOW_FILTER);
        t = t.withSettings(t.settings().withExpressionBudgetMs(20));
        try (EngineHarness h = new EngineHarness(t)) {
            h.awaitSnapshot(Duration.ofSeconds(60), s -> s.node("worker-in").received() == 50
                    && s.node("worker-in").errors().count() == 50);
            assertTrue(h.linesOf("worker-in").getFirst().startsWith(
                    "error: filter of link l1 '" + SLOW_FILTER + "' exceeded its 20 ms budget on message '[0, 1, 2, "),
                    h.linesOf("worker-in").getFirst());
        }
        assertEquals(List.of(), engineThreads());
    }

    private static List<String> engineThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("zs-node-") || name.equals("zs-expression-watchdog")
                        || name.equals("zs-collector"))
                .sorted().toList();
    }

    private static Optional<Thread> thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst();
    }

    private static void awaitCpuTime(Thread thread, long nanos) throws InterruptedException {
        var threads = ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (threads.getThreadCpuTime(thread.threadId()) < nanos) {
            assertTrue(System.nanoTime() < deadline, "the evaluation never got going");
            Thread.sleep(1);
        }
    }
}
