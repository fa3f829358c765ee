package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #18: every shipped example, run with {@code --record}, gives a recording whose {@code inspect --summary}
 * counts exactly the report's messages on every wire, and whose {@code inspect --wire} prints that many lines.
 */
@Timeout(120)
class RecordedExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SUMMARY_LINE = Pattern.compile("^(\\S+): (\\d+) messages, latency .*$");

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(CliHarness.example(""))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theRecordingCountsWhatTheReportCountsOnEveryWire(String example, @TempDir Path dir) throws Exception {
        recordAndCompare(example, dir);
    }

    /** Child processes send what they capture to the parent; a killed one's recording ends where its last report did. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"pipeline.json", "queue-device.json", "failover-drill.json"})
    void childProcessesAreRecordedToo(String example, @TempDir Path dir) throws Exception {
        recordAndCompare(example, dir, "--mode", "child-process");
    }

    /** Replayed to its end, the recording shows each wire's and each node's final counts as the report gave them. */
    private static void assertReplayEndsWithTheReportsCounts(String example, Path recording, JsonNode report) throws Exception {
        dev.zmqstudio.runtime.engine.EngineSnapshot end;
        try (dev.zmqstudio.record.Recording r = dev.zmqstudio.record.Recording.open(recording)) {
            dev.zmqstudio.record.ReplayTimeline timeline = dev.zmqstudio.record.ReplayTimeline.load(r);
            dev.zmqstudio.record.ReplayCursor cursor = new dev.zmqstudio.record.ReplayCursor(timeline);
            cursor.moveTo(timeline.endNanos(), null);
            end = cursor.snapshot();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = report.get("wires").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> w = it.next();
            assertEquals(w.getValue().get("messages").asLong(), end.wire(w.getKey()).messages(), example + " replayed, wire " + w.getKey());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = report.get("nodes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> n = it.next();
            if (end.node(n.getKey()) == null) {
                continue; // an external node: neither shows numbers for it
            }
            assertEquals(n.getValue().get("received").asLong(), end.node(n.getKey()).received(), example + " replayed, " + n.getKey() + " received");
            assertEquals(n.getValue().get("sent").asLong(), end.node(n.getKey()).sent(), example + " replayed, " + n.getKey() + " sent");
        }
    }

    private static void recordAndCompare(String example, Path dir, String... extra) throws Exception {
        Path report = dir.resolve("report.json");
        Path recording = dir.resolve("run.zsrec");
        List<String> args = new java.util.ArrayList<>(List.of("run", CliHarness.exampleOnFreePorts(example, dir).toString(),
                "--duration", "20s", "--report", report.toString(), "--record", recording.toString(), "--allow-commands",
                "--output-dir", dir.toString()));
        args.addAll(List.of(extra));
        CliHarness run = CliHarness.run(args.toArray(String[]::new));
        assertTrue(run.exitCode() == 0, example + ": " + run.err());
        JsonNode wires = JSON.readTree(report.toFile()).get("wires");

        CliHarness summary = CliHarness.run("inspect", recording.toString(), "--summary");
        assertEquals(0, summary.exitCode(), summary.err());
        Map<String, Long> recorded = new HashMap<>();
        for (String line : summary.outLines()) {
            Matcher m = SUMMARY_LINE.matcher(line);
            if (m.matches()) {
                recorded.put(m.group(1), Long.parseLong(m.group(2)));
            }
        }
        long total = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = wires.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> wire = it.next();
            long messages = wire.getValue().get("messages").asLong();
            assertEquals(messages, recorded.getOrDefault(wire.getKey(), -1L), example + ", wire " + wire.getKey() + ": " + summary.out());
            total += messages;
        }
        assertTrue(total > 0, example + " moved messages");
        assertTrue(run.out().contains("recording: "), run.out());
        JsonNode entry = JSON.readTree(report.toFile()).get("recording");
        assertEquals(recording.toString(), entry.get("file").asText());
        assertEquals(0, entry.get("lost").asLong(), "nothing lost");
        assertTrue(entry.get("recorded").asLong() >= total, "the report says how many it kept");

        assertReplayEndsWithTheReportsCounts(example, recording, JSON.readTree(report.toFile()));

        String busiest = recorded.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        CliHarness lines = CliHarness.run("inspect", recording.toString(), "--wire", busiest);
        assertEquals(0, lines.exitCode(), lines.err());
        List<String> printed = lines.outLines().stream().filter(l -> !l.isBlank()).toList();
        assertEquals((long) recorded.get(busiest), printed.size(), example + ": one line per message on " + busiest);
        assertTrue(printed.stream().allMatch(l -> l.contains("  " + busiest + "  ")), printed.getFirst());
    }
}
