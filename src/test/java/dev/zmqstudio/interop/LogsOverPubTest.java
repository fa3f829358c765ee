package dev.zmqstudio.interop;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Command;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.FreePorts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Logging over PUB with real pyzmq (Debian's python3-zmq, libzmq 4.3): Python's own log watcher,
 * {@code python3 -m zmq.log}, prints the lines a run publishes; a program logging through pyzmq's
 * {@code PUBHandler} has its lines shown under its node, with their levels.
 */
@Timeout(90)
class LogsOverPubTest {

    @BeforeAll
    static void needsPythonWithZmq() throws Exception {
        PythonRuns.assumePythonWithZmq();
    }

    @Test
    void pythonsLogWatcherPrintsEveryLineThePubLoggerExamplePublishes(@TempDir Path dir) throws Exception {
        FreePorts.Moved example = FreePorts.example("pub-logger.json");
        Topology topology = TopologyFiles.parse(example.json(), "pub-logger.json");
        String publisher = topology.settings().logPublisher();
        // zmq.log subscribes to everything (""); declared, so the run waits for it as for the diagram's own logger.
        SocketNode watcher = new SocketNode("zmq-log", "python3 -m zmq.log", new SocketSpec(SocketType.SUB, List.of(),
                new SocketOptions(1000, 1000, List.of(""), null)), Behaviour.Passive.INSTANCE, Placement.EXTERNAL, null,
                Command.of(PythonRuns.PYTHON, "-m", "zmq.log", publisher));
        topology = topology.withNode(watcher)
                .withWire(new Wire("w-watch", "zmq-log", null, "log-publisher", null, publisher, null));

        PythonRuns.Outcome run = PythonRuns.run(dir, topology, "60s", List.of());

        List<String> printed = run.linesOf("zmq-log");
        assertEquals(20, printed.stream().filter(l -> l.matches("zmq-studio\\.INFO\\.worker-1 \\| done \\{\"job\": \\d+, .*")).count(),
                "the INFO lines of worker-1, as zmq.log prints them:\n" + run.out());
        assertEquals(20, printed.stream().filter(l -> l.matches("zmq-studio\\.WARNING\\.worker-2 \\| slow job \\{\"job\": \\d+, .*")).count(),
                "the WARNING lines of worker-2 (the 'warning: ' prefix is the level, not the text):\n" + run.out());
        assertEquals(40, printed.size(), "zmq.log's own output is not published again (it would loop):\n" + run.out());
        assertEquals(40, run.at("/log_publisher/published"));
        assertEquals(0, run.at("/log_publisher/dropped"));
        assertEquals(20, run.at("/nodes/logger/counts_by/INFO"), "the diagram's logger counts the same lines per level");
        assertEquals(20, run.at("/nodes/logger/counts_by/WARNING"));
    }

    @Test
    void aPubHandlerProgramsLinesShowUnderItsNodeWithTheirLevels(@TempDir Path dir) throws Exception {
        String logs = "tcp://127.0.0.1:" + FreePorts.find();
        String port = logs.substring(logs.lastIndexOf(':') + 1);
        SocketNode billing = new SocketNode("billing", "Billing service", new SocketSpec(SocketType.PUB, List.of(),
                SocketOptions.DEFAULTS), Behaviour.Passive.INSTANCE, Placement.EXTERNAL, null,
                Command.of(PythonRuns.PYTHON, "pubhandler_app.py", port, "5"), null, logs);
        Topology topology = new Topology("pubhandler", "a program's log PUB", null, List.of(billing), List.of(), List.of());

        PythonRuns.Outcome run = PythonRuns.run(dir, topology, "60s", List.of("peer.py", "pubhandler_app.py"));

        List<String> lines = run.linesOf("billing");
        IntStream.rangeClosed(1, 5).forEach(n -> assertTrue(lines.contains("charged invoice " + n),
                "INFO lines are shown as they are: " + lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("warning: ") && l.endsWith("card of customer 7 expires soon")),
                "a WARNING line is a warning: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("error: ") && l.contains("invoice 99 was refused")),
                "an ERROR line is an error: " + lines);
        assertTrue(lines.contains("OK logged 7 lines"), "the program's stdout too: " + lines);
    }
}
