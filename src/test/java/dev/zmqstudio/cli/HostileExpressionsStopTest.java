package dev.zmqstudio.cli;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;
import dev.zmqstudio.runtime.engine.TopologyValidation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every hostile expression file that validation lets through runs until its expressions are at work, then Stop must
 * end every node within a second and leave none of the engine's threads behind.
 */
@Timeout(600)
class HostileExpressionsStopTest {
    private static final Path AREA = HostileCorpusTest.CORPUS.resolve("expressions");

    @TestFactory
    Stream<DynamicTest> stopEndsEveryRunnableHostileExpressionWithinASecond() throws IOException {
        List<Path> runnable;
        try (Stream<Path> files = Files.list(AREA)) {
            runnable = files.filter(f -> f.toString().endsWith(".json")).sorted().filter(HostileExpressionsStopTest::passesValidation)
                    .toList();
        }
        assertFalse(runnable.isEmpty(), "some hostile expressions pass validation and fail only at run");
        return runnable.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> stopWhileBusy(file)));
    }

    private static boolean passesValidation(Path file) {
        try {
            return TopologyValidation.validate(TopologyFiles.load(file)).stream().noneMatch(Problem::isError);
        } catch (Exception e) {
            return false;
        }
    }

    private static void stopWhileBusy(Path file) throws Exception {
        Topology topology = TopologyFiles.load(file);
        Path out = Files.createTempDirectory("zs-hostile-stop-");
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Engine engine = new Engine(topology, EngineOptions.logTo(null).withOutputDir(out));
        try {
            engine.start();
            awaitTraffic(engine, topology);
            long start = System.nanoTime();
            engine.stop();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1000, file.getFileName() + ": Stop took " + millis + " ms");
            for (EngineSnapshot.NodeStats node : engine.snapshot().nodes().values()) {
                assertTrue(node.state() != NodeState.RUNNING && node.state() != NodeState.WAITING,
                        node.id() + " is still " + node.state());
            }
            List<String> left = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.isAlive() && !before.contains(t) && t.getName().startsWith("zs-")).map(Thread::getName).toList();
            assertEquals(List.of(), left, "threads left after Stop");
        } finally {
            engine.close();
            try (Stream<Path> files = Files.walk(out)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Until a node that evaluates expressions or templates of received messages has something to work on. */
    private static void awaitTraffic(Engine engine, Topology topology) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (topology.nodes().stream().noneMatch(n -> engine.received(n.id()) > 0)) {
            assertTrue(System.nanoTime() < deadline, "no message arrived anywhere within 30 s");
            Thread.sleep(5);
        }
    }
}
