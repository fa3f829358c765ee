package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.runtime.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * topologies/pub-logger.json on free ports: the run publishes its nodes' log lines, and the diagram's logger, wired to
 * the external node that stands for the log publisher, counts every one of them per level, wherever the nodes run.
 */
@Timeout(90)
class PubLoggerExampleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode runAndReport(Path file, Path dir, int expectedExit, CliHarness[] printed) throws Exception {
        Path report = dir.resolve("report.json");
        CliHarness r = CliHarness.run("run", file.toString(), "--duration", "60s", "--report", report.toString());
        printed[0] = r;
        assertEquals(expectedExit, r.exitCode(), r.err() + r.out());
        return JSON.readTree(report.toFile());
    }

    private static void assertEveryLineCountedPerLevel(JsonNode report, String out) {
        assertEquals(20, report.at("/nodes/worker-1/received").asLong(), out);
        assertEquals(20, report.at("/nodes/worker-2/received").asLong(), out);
        assertEquals(40, report.at("/log_publisher/published").asLong(), "one published line per job: " + out);
        assertEquals(40, report.at("/nodes/log-publisher/sent").asLong(), "the node standing for it sends what it published");
        assertEquals(40, report.at("/wires/w3/messages").asLong(), out);
        assertEquals(0, report.at("/log_publisher/dropped").asLong(), out);
        assertEquals(40, report.at("/nodes/logger/received").asLong(), "the logger gets every published line: " + out);
        assertEquals(80, report.at("/nodes/logger/frames_received").asLong(), "each line is [topic][text]");
        assertEquals(20, report.at("/nodes/logger/counts_by/INFO").asLong(), "worker-1's lines: " + out);
        assertEquals(20, report.at("/nodes/logger/counts_by/WARNING").asLong(), "worker-2's 'warning: ' lines: " + out);
        assertEquals(2, report.at("/nodes/logger/counts_by").size(), "no other level: " + report.at("/nodes/logger"));
    }

    @Test
    void theLoggerCountsEveryPublishedLinePerLevel(@TempDir Path dir) throws Exception {
        CliHarness[] r = new CliHarness[1];
        JsonNode report = runAndReport(CliHarness.exampleOnFreePorts("pub-logger.json", dir), dir, 0, r);
        assertEveryLineCountedPerLevel(report, r[0].out());
        assertTrue(r[0].out().contains("counts by INFO 20, WARNING 20"), "the summary shows the counts: " + r[0].out());
        assertTrue(r[0].out().contains("40 lines published, 0 dropped"), r[0].out());
    }

    @Test
    void linesOfNodesInChildProcessesArePublishedByTheMainProcess(@TempDir Path dir) throws Exception {
        Path file = CliHarness.exampleOnFreePorts("pub-logger.json", dir);
        Files.writeString(file, Files.readString(file).replace("\"placement\": \"in-process\"", "\"placement\": \"child-process\""));
        CliHarness[] r = new CliHarness[1];
        JsonNode report = runAndReport(file, dir, 0, r);
        assertEveryLineCountedPerLevel(report, r[0].out());
    }

    @Test
    void aLogPublisherThatCannotBindIsAnErrorAndTheNodesStillRun(@TempDir Path dir) throws Exception {
        FreePorts.Moved example = FreePorts.example("pub-logger.json");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // The log publisher's address, and the node standing for it, on a port something else holds.
            Path file = Files.writeString(dir.resolve("pub-logger.json"),
                    example.json().replace(":" + example.port(5565) + "\"", ":" + taken.getLocalPort() + "\""));
            CliHarness[] r = new CliHarness[1];
            JsonNode report = runAndReport(file, dir, ExitCodes.NODE_FAILED, r);
            assertTrue(r[0].out().contains("[engine] error: the log publisher cannot bind tcp://127.0.0.1:" + taken.getLocalPort()),
                    r[0].out());
            assertTrue(report.at("/log_publisher/error").asText().startsWith("the log publisher cannot bind"), report.toString());
            assertEquals(20, report.at("/nodes/worker-1/received").asLong(), "the nodes ran: " + r[0].out());
            assertEquals(0, report.at("/nodes/logger/received").asLong());
            assertEquals("error", report.at("/nodes/log-publisher/state").asText(), "the node standing for it failed");
        }
    }
}
