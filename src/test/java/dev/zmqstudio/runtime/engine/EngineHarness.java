package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.child.ChildLaunch;

import dev.zmqstudio.model.Topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** Runs a topology until a condition holds on its snapshot (or a deadline), collecting log lines. */
public final class EngineHarness implements AutoCloseable {
    public final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    public final Engine engine;

    public EngineHarness(Topology topology) {
        this(topology, null);
    }

    /** Nodes placed in child processes start with {@code children}. */
    public EngineHarness(Topology topology, ChildLaunch children) {
        this(topology, children, null);
    }

    /** Sinks record into {@code outputDir} (null: the working directory). */
    public EngineHarness(Topology topology, ChildLaunch children, java.nio.file.Path outputDir) {
        this(topology, children, outputDir, DescriptorBudget.processLimit().orElse(Long.MAX_VALUE));
    }

    /** As if each process could open only {@code descriptorLimit} files. */
    public EngineHarness(Topology topology, ChildLaunch children, java.nio.file.Path outputDir, long descriptorLimit) {
        engine = new Engine(topology, EngineOptions.logTo((node, text) -> lines.add(node + " " + text)).withChildren(children)
                .withOutputDir(outputDir), descriptorLimit);
        engine.start();
    }

    /** Polls the snapshot until {@code done} holds; fails with the last snapshot after {@code timeout}. */
    public EngineSnapshot awaitSnapshot(Duration timeout, Predicate<EngineSnapshot> done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        EngineSnapshot s = engine.snapshot();
        while (!done.test(s)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in " + timeout + "; last snapshot: " + s);
            }
            Thread.sleep(10);
            s = engine.snapshot();
        }
        return s;
    }

    /** Waits until generators finished and traffic has been still for {@code quiet}. */
    public EngineSnapshot awaitQuiet(Duration timeout, Duration quiet) throws InterruptedException {
        return awaitSnapshot(timeout, s -> engine.isQuiet(quiet));
    }

    public List<String> linesOf(String node) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.startsWith(node + " ")).map(l -> l.substring(node.length() + 1)).toList();
        }
    }

    @Override
    public void close() {
        engine.stop();
    }
}
