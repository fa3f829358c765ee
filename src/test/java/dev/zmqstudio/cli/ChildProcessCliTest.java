package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.child.SpareChildren;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code run --mode child-process} reports what in-process reports, and leaves no process behind even when killed. */
@Timeout(180)
class ChildProcessCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path pipelineOnFreePorts(Path dir) throws Exception {
        return CliHarness.exampleOnFreePorts("pipeline.json", dir);
    }

    @Test
    void pipelineReportInChildProcessModeHasTheCountsOfInProcessMode(@TempDir Path dir) throws Exception {
        Path file = pipelineOnFreePorts(dir);
        JsonNode in = runReport(file, "in-process", dir.resolve("in.json"));
        JsonNode child = runReport(file, "child-process", dir.resolve("child.json"));
        for (String key : List.of("/nodes/producer/sent", "/nodes/producer/state", "/nodes/collector/received",
                "/nodes/collector/aggregate/sum", "/nodes/collector/state", "/wires/w-out-1/from", "/wires/w-in-2/to")) {
            assertEquals(in.at(key), child.at(key), key);
        }
        long collected = 0;
        for (int i = 1; i <= 3; i++) {
            long fromConsumer = child.at("/nodes/collector/per_sender/consumer-" + i + "-out").asLong();
            assertEquals(fromConsumer, child.at("/wires/w-out-" + i + "/messages").asLong());
            assertEquals(fromConsumer, child.at("/links/even-" + i + "/passed").asLong());
            assertEquals(child.at("/nodes/consumer-" + i + "-in/received").asLong(), child.at("/wires/w-in-" + i + "/messages").asLong());
            collected += fromConsumer;
        }
        assertEquals(10_000, collected);
    }

    private static JsonNode runReport(Path file, String mode, Path report) throws Exception {
        CliHarness r = CliHarness.run("run", file.toString(), "--mode", mode, "--duration", "60s", "--report", report.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(10_000, r.linesOf("collector").stream().filter(l -> l.startsWith("Received message: ")).count(),
                "every line the collector logged is printed, tagged with the node");
        return JSON.readTree(report.toFile());
    }

    @Test
    void childrenEndWhenTheAppIsKilledWithSigkill(@TempDir Path dir) throws Exception {
        int port = FreePorts.find();
        SocketNode pub = new SocketNode("pub", "", new dev.zmqstudio.model.SocketSpec(SocketType.PUB,
                List.of("tcp://127.0.0.1:" + port), SocketOptions.DEFAULTS), new Behaviour.Generator("tick {n}", 10, 0, List.of(), 1, false),
                Placement.DEFAULT, null);
        SocketNode sub = new SocketNode("sub", "", new dev.zmqstudio.model.SocketSpec(SocketType.SUB, List.of(),
                SocketOptions.DEFAULTS.withSubscriptions(List.of(""))), new Behaviour.Sink(true, null, null, null), Placement.DEFAULT, null);
        Topology t = new Topology("forever", "", Settings.DEFAULTS.withDefaultPlacement(Placement.CHILD_PROCESS),
                List.of(pub, sub), List.of(Wire.of("w1", "sub", "pub", "tcp://127.0.0.1:" + port)), List.of());
        Path file = dir.resolve("forever.json");
        TopologyFiles.save(t, file);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path temp = Files.createDirectory(dir.resolve("tmp"));
        Process app = new ProcessBuilder(java.toString(), "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"),
                "dev.zmqstudio.app.Main", "run", file.toString(), "--duration", "120s")
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        try {
            List<ProcessHandle> children = awaitChildren(app, 2, Duration.ofSeconds(60));
            awaitLine(dir.resolve("out.txt"), "[sub] Received message: tick", Duration.ofSeconds(60));
            app.destroyForcibly(); // SIGKILL: the app cannot tell its children anything
            app.waitFor();
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (children.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            for (ProcessHandle child : children) {
                assertFalse(child.isAlive(), "child " + child.pid() + " outlived the killed app");
            }
            try (var left = Files.list(temp)) {
                assertEquals(List.of(), left.filter(f -> f.toString().endsWith(".json")).toList(),
                        "no copy of the topology is left behind: children get it on their standard input");
            }
        } finally {
            app.destroyForcibly();
            app.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    /**
     * Each node id of a unit is its own argument: ids that look like the child's options, or like a list, cannot
     * change what a child runs. (Ids with commas are refused by validation.)
     */
    @Test
    void nodeIdsThatLookLikeOptionsRunInChildProcessesLikeAnyOther(@TempDir Path dir) throws Exception {
        int port = FreePorts.find();
        SocketNode gen = new SocketNode("--hub", "", new dev.zmqstudio.model.SocketSpec(SocketType.PUSH,
                List.of("tcp://127.0.0.1:" + port), SocketOptions.DEFAULTS), Behaviour.Generator.of("m {n}", 0, 500),
                Placement.DEFAULT, null);
        SocketNode sink = new SocketNode("--unit", "", new dev.zmqstudio.model.SocketSpec(SocketType.PULL, List.of(),
                SocketOptions.DEFAULTS), new Behaviour.Sink(false, null, null, null), Placement.DEFAULT, null);
        Topology t = new Topology("option-like ids", "", Settings.DEFAULTS, List.of(gen, sink),
                List.of(Wire.of("-x", "--unit", "--hub", "tcp://127.0.0.1:" + port)), List.of());
        Path file = dir.resolve("ids.json");
        TopologyFiles.save(t, file);
        Path report = dir.resolve("r.json");
        CliHarness r = CliHarness.run("run", file.toString(), "--mode", "child-process", "--duration", "60s", "--report", report.toString());
        assertEquals(0, r.exitCode(), r.err() + r.out());
        JsonNode rep = JSON.readTree(report.toFile());
        assertEquals(500, rep.at("/nodes/--hub/sent").asLong(), rep.toString());
        assertEquals(500, rep.at("/nodes/--unit/received").asLong(), rep.toString());
        assertEquals(500, rep.at("/wires/-x/messages").asLong(), rep.toString());
    }

    /**
     * A file in child-process mode starts its children while it is validated (see SpareChildren): one that turns out
     * invalid says why and leaves none of them behind.
     */
    @Test
    void anInvalidFileInChildProcessModeLeavesNoProcessBehind(@TempDir Path dir) throws Exception {
        Path file = pipelineOnFreePorts(dir);
        Files.writeString(file, Files.readString(file).replace("json.num % 2 == 0", "json.num %% 2"));
        assertEquals(5, dev.zmqstudio.runtime.engine.Engine.childProcessSizes(TopologyFiles.parse(Files.readString(file), "f")
                .mapNodes(n -> n.withPlacement(Placement.CHILD_PROCESS))).size(), "a file whose children start before it is found invalid");
        CliHarness r = CliHarness.run("run", file.toString(), "--mode", "child-process", "--duration", "60s");
        assertEquals(ExitCodes.VALIDATION_ERRORS, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("even-1"), r.err());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<ProcessHandle> spares = spares();
        while (!spares.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            spares = spares();
        }
        assertEquals(List.of(), spares.stream().map(ProcessHandle::pid).toList(), "children still waiting for nodes to run");
    }

    /** Our processes waiting to be told what to run (read from /proc: ProcessHandle cuts long command lines short). */
    private static List<ProcessHandle> spares() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).filter(p -> {
            try {
                String cmdline = Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
                return List.of(cmdline.split("\0")).contains(SpareChildren.ASSIGNMENT_OPTION);
            } catch (java.io.IOException e) {
                return false; // it has ended
            }
        }).toList();
    }

    private static List<ProcessHandle> awaitChildren(Process app, int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<ProcessHandle> children = app.children().toList();
            if (children.size() >= n) {
                return children;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the app did not start " + n + " child processes");
    }

    private static void awaitLine(Path out, String prefix, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(out) && Files.readAllLines(out).stream().anyMatch(l -> l.startsWith(prefix))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line '" + prefix + "' in " + Files.readString(out));
    }
}
