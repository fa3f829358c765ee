package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** topologies/pubsub-envelope.json (the Guide's psenvpub/psenvsub), its classic port 5563 moved to a free one. */
@Timeout(60)
class PubsubEnvelopeExampleTest {

    private static Path onAFreePort(Path dir) throws Exception {
        String json = Files.readString(CliHarness.example("pubsub-envelope.json"));
        assertTrue(json.contains("tcp://127.0.0.1:5563\""), "the example binds the Guide's port on 127.0.0.1");
        try (ServerSocket free = new ServerSocket(0)) {
            json = json.replace(":5563\"", ":" + free.getLocalPort() + "\"");
        }
        Path file = dir.resolve("pubsub-envelope.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void theSubscriberGetsOnlyTheBEnvelopesAndLogsBothFramesOfEach(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        CliHarness r = CliHarness.run("run", onAFreePort(dir).toString(), "--duration", "40s", "--report", report.toString());
        assertEquals(0, r.exitCode(), r.err() + r.out());
        List<String> sent = r.linesOf("publisher");
        assertEquals(12, sent.size(), r.out());
        assertEquals("Sent: [A][We don't want to see this]", sent.getFirst());
        assertEquals("Sent: [B][We would like to see this]", sent.get(1));
        assertEquals(Collections.nCopies(6, "Received message: [B][We would like to see this]"), r.linesOf("subscriber"));
        JsonNode rep = new ObjectMapper().readTree(report.toFile());
        assertEquals(12, rep.at("/nodes/publisher/sent").asLong(), "counts stay per message");
        assertEquals(24, rep.at("/nodes/publisher/frames_sent").asLong());
        assertEquals(6, rep.at("/nodes/subscriber/received").asLong());
        assertEquals(12, rep.at("/nodes/subscriber/frames_received").asLong());
        assertEquals(0, rep.at("/nodes/subscriber/frames_sent").asLong());
        assertEquals(6, rep.at("/wires/w1/messages").asLong());
        assertTrue(r.out().contains("frames: sent 24, received 0"), "the summary shows frames where they differ: " + r.out());
    }

    @Test
    void itValidatesWithoutWarnings(@TempDir Path dir) throws Exception {
        CliHarness r = CliHarness.run("validate", onAFreePort(dir).toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("0 error(s), 0 warning(s)"), "the B subscription matches the topic frame: " + r.out());
    }
}
