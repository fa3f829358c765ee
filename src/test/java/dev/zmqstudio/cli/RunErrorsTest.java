package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.runtime.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An expression that fails is counted on its node, reported with its first failure, and fails the run (exit 3). */
@Timeout(180)
class RunErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"in-process", "child-process"})
    void aSinkWhoseAggregateFailsOnEveryMessageCountsEachAndTheRunExits3(String mode, @TempDir Path dir) throws Exception {
        int port = FreePorts.find();
        Path file = Files.writeString(dir.resolve("failing.json"), """
                {
                  "format": 1,
                  "nodes": [
                    { "id": "pusher", "type": "PUSH", "binds": ["tcp://127.0.0.1:%d"],
                      "behaviour": { "kind": "generator", "template": "m {n}", "count": 20, "rate": 0, "log": false } },
                    { "id": "sink", "type": "PULL",
                      "behaviour": { "kind": "sink", "log": false, "aggregate": "n / 0" } }
                  ],
                  "wires": [ { "id": "w1", "from": "sink", "to": "pusher", "endpoint": "tcp://127.0.0.1:%d" } ]
                }
                """.formatted(port, port));
        Path report = dir.resolve("report.json");
        CliHarness r = CliHarness.run("run", file.toString(), "--mode", mode, "--duration", "60s", "--report", report.toString());

        assertEquals(ExitCodes.NODE_FAILED, r.exitCode(), r.out() + r.err());
        JsonNode sink = JSON.readTree(report.toFile()).at("/nodes/sink");
        assertEquals(20, sink.at("/received").asLong());
        assertEquals(20, sink.at("/errors/count").asLong(), "one error per message");
        String first = "aggregate of node sink 'n / 0' failed on message 'm 0': division by zero (line 1, column 5)";
        assertEquals(first, sink.at("/errors/first").asText());
        JsonNode pusher = JSON.readTree(report.toFile()).at("/nodes/pusher");
        assertEquals(0, pusher.at("/errors/count").asLong());
        assertTrue(pusher.at("/errors/first").isNull());

        List<String> errorLines = r.linesOf("sink").stream().filter(l -> l.startsWith("error: ")).toList();
        assertEquals("error: " + first, errorLines.getFirst(), "the first failure is logged in full");
        assertTrue(errorLines.size() <= 3, "the rest are counted, not logged one by one: " + errorLines);
        assertTrue(errorLines.getLast().contains("(20 in all)"), errorLines.getLast());
        assertTrue(r.out().contains("errors: 20, the first: " + first), r.out());
    }

    @Test
    void aTransformThatFailsOnSomeMessagesCountsThoseOnItsNodeAndPassesTheOthers(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("some.json"), """
                {
                  "format": 1,
                  "nodes": [
                    { "id": "source", "type": "PUSH", "binds": ["inproc://in"],
                      "behaviour": { "kind": "generator", "template": "m {n}", "count": 20, "rate": 0, "log": false } },
                    { "id": "worker-in", "type": "PULL" },
                    { "id": "worker-out", "type": "PUSH", "binds": ["inproc://out"] },
                    { "id": "sink", "type": "PULL", "behaviour": { "kind": "sink", "log": false } }
                  ],
                  "wires": [
                    { "id": "w1", "from": "worker-in", "to": "source", "endpoint": "inproc://in" },
                    { "id": "w2", "from": "sink", "to": "worker-out", "endpoint": "inproc://out" }
                  ],
                  "links": [ { "id": "l1", "from": "worker-in", "to": "worker-out", "transform": "n % 4 == 0 ? num(msg) / 0 : msg" } ]
                }
                """);
        Path report = dir.resolve("report.json");
        CliHarness r = CliHarness.run("run", file.toString(), "--duration", "60s", "--report", report.toString());

        assertEquals(ExitCodes.NODE_FAILED, r.exitCode(), r.out() + r.err());
        JsonNode root = JSON.readTree(report.toFile());
        assertEquals(5, root.at("/nodes/worker-in/errors/count").asLong(), "messages 0, 4, 8, 12 and 16 failed:\n" + r.out());
        assertTrue(root.at("/nodes/worker-in/errors/first").asText()
                .startsWith("transform of link l1 'n % 4 == 0 ? num(msg) / 0 : msg' failed on message 'm 0'"), root.toString());
        assertEquals(15, root.at("/links/l1/passed").asLong());
        assertEquals(15, root.at("/nodes/sink/received").asLong(), "the others went on");
        assertEquals(0, root.at("/nodes/sink/errors/count").asLong());
    }
}
