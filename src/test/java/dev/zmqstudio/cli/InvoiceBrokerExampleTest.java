package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * topologies/invoice-broker.json on free ports: every invoice ends up in exactly one output topic, counted exactly,
 * also when the broker's process is killed (SIGKILL) in the middle and restarted.
 */
@Timeout(120)
class InvoiceBrokerExampleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Outcome(CliHarness run, JsonNode report) {
    }

    private static Outcome run(Path dir, String scenario) throws Exception {
        Path file = CliHarness.exampleOnFreePorts("invoice-broker.json", dir);
        if (scenario != null) {
            ObjectNode t = (ObjectNode) JSON.readTree(file.toFile());
            t.set("scenario", JSON.readTree(scenario));
            Files.writeString(file, t.toPrettyString());
        }
        Path report = dir.resolve("report.json");
        CliHarness r = CliHarness.run("run", file.toString(), "--duration", "90s", "--output-dir",
                dir.resolve("out").toString(), "--report", report.toString());
        assertEquals(0, r.exitCode(), r.err() + r.out());
        return new Outcome(r, JSON.readTree(report.toFile()));
    }

    /** Every invoice id 0..99 once: 75 valid (not every fourth), 25 invalid, whatever was redelivered. */
    private static void assertEveryInvoiceOnceInOneOutput(Outcome o) {
        String out = o.run().out();
        JsonNode nodes = o.report().at("/nodes");
        assertEquals(100, nodes.at("/invoices/queue/published").asLong(), out);
        assertEquals(100, nodes.at("/filter/queue/consumed").asLong(), "the filter handled each invoice once: " + out);
        assertEquals(75, nodes.at("/valid/queue/consumed").asLong(), out);
        assertEquals(25, nodes.at("/invalid/queue/consumed").asLong(), out);
        assertEquals(0, nodes.at("/valid/queue/lag").asLong());
        List<Integer> valid = ids(o.run().linesOf("valid"), "Valid invoice: ");
        List<Integer> invalid = ids(o.run().linesOf("invalid"), "Invalid invoice: ");
        assertEquals(IntStream.range(0, 100).filter(i -> i % 4 != 3).boxed().toList(), valid.stream().sorted().toList(), out);
        assertEquals(IntStream.range(0, 100).filter(i -> i % 4 == 3).boxed().toList(), invalid.stream().sorted().toList(), out);
        assertEquals(0, nodes.at("/broker/queue/topics/Valid Invoices/consumers/valid/lag").asLong(), "the valid reader caught up");
    }

    private static List<Integer> ids(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix))
                .map(l -> Integer.parseInt(l.replaceAll(".*\"id\": (\\d+),.*", "$1"))).toList();
    }

    @Test
    void everyInvoiceIsInExactlyOneOutputTopic(@TempDir Path dir) throws Exception {
        Outcome o = run(dir, null);
        assertEveryInvoiceOnceInOneOutput(o);
        JsonNode topics = o.report().at("/nodes/broker/queue/topics");
        assertEquals(100, topics.at("/All Invoices/next").asLong());
        assertEquals(75, topics.at("/Valid Invoices/depth").asLong());
        assertEquals(25, topics.at("/Invalid Invoices/depth").asLong());
        assertTrue(Files.isRegularFile(dir.resolve("out").resolve("invoice-broker.db")), "the store is in the output folder");
    }

    @ParameterizedTest(name = "broker killed at {0}")
    @ValueSource(strings = {"0.3s", "1s", "1.8s"})
    void killingTheBrokersProcessLosesNothing(String killAt, @TempDir Path dir) throws Exception {
        double at = Double.parseDouble(killAt.replace("s", ""));
        Outcome o = run(dir, "[{\"at\": \"" + killAt + "\", \"kill\": \"broker\"}, {\"at\": \"" + (at + 0.7) + "s\", \"restart\": \"broker\"}]");
        assertTrue(o.run().out().contains("[broker] process ") && o.run().out().contains("killed (Kill node): stopped, exit code 137"),
                "SIGKILL, as kill -9: " + o.run().out());
        assertEveryInvoiceOnceInOneOutput(o);
        JsonNode nodes = o.report().at("/nodes");
        long redelivered = nodes.at("/filter/queue/redelivered").asLong() + nodes.at("/valid/queue/redelivered").asLong()
                + nodes.at("/invalid/queue/redelivered").asLong();
        long stored = o.report().at("/nodes/broker/queue/topics/All Invoices/next").asLong();
        assertEquals(stored - 100, nodes.at("/filter/queue/redelivered").asLong(),
                "what was stored twice (a resend of a message stored before the kill) is what the filter dropped");
        assertTrue(redelivered >= 0 && o.run().out().contains("[scenario]"), o.run().out());
    }
}
