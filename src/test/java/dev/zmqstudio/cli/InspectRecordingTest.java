package dev.zmqstudio.cli;

import dev.zmqstudio.record.MessageQuery;
import dev.zmqstudio.record.Recording;
import dev.zmqstudio.runtime.record.RecordedMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #18: what a recording holds, and what inspect and export print from it. */
@Timeout(120)
class InspectRecordingTest {
    private static final int COUNT = 200;

    @TempDir
    static Path dir;
    static Path recording;

    @BeforeAll
    static void recordOnce() throws Exception {
        recording = dir.resolve("run.zsrec");
        RecordingFiles.record(RecordingFiles.throughAStreamer(dir, COUNT, 2000), recording);
    }

    @Test
    void everyFrameIsKeptByteForByteAndEachHopThroughTheDevicePointsAtTheMessageItForwarded() throws Exception {
        List<RecordedMessage> all = new ArrayList<>();
        try (Recording r = Recording.open(recording)) {
            assertTrue(r.complete());
            assertEquals(0, r.lost());
            r.messages(MessageQuery.ALL, all::add);
        }
        List<RecordedMessage> in = all.stream().filter(m -> "in".equals(m.wire())).toList();
        List<RecordedMessage> out = all.stream().filter(m -> "out".equals(m.wire())).toList();
        assertEquals(COUNT, in.size());
        assertEquals(COUNT, out.size());
        for (int n = 0; n < COUNT; n++) {
            RecordedMessage m = in.get(n);
            assertEquals("gen", m.sender());
            assertEquals("dev", m.receiver());
            assertArrayEquals("job".getBytes(StandardCharsets.UTF_8), m.frames().get(0));
            assertArrayEquals(("payload " + n).getBytes(StandardCharsets.UTF_8), m.frames().get(1), "in order, message " + n);
            assertTrue(m.sentNanos() >= 0 && m.sentNanos() <= m.receivedNanos(), "sent, then received");
        }
        Map<Long, RecordedMessage> byId = new HashMap<>();
        all.forEach(m -> byId.put(m.id(), m));
        for (RecordedMessage m : out) {
            assertEquals("dev", m.sender());
            assertEquals("sink", m.receiver());
            RecordedMessage before = byId.get(m.causedBy());
            assertTrue(before != null && "in".equals(before.wire()), "each hop out of the device names the message it forwarded");
            assertArrayEquals(before.frames().get(1), m.frames().get(1));
            assertTrue(before.receivedNanos() <= m.sentNanos(), "forwarded after it came in");
        }
    }

    @Test
    void inspectPrintsOneLinePerMessageAndFiltersByWireNodeTextAndTime() {
        CliHarness all = CliHarness.run("inspect", recording.toString());
        assertEquals(0, all.exitCode(), all.err());
        assertEquals(2 * COUNT, nonBlank(all).size());
        assertTrue(nonBlank(all).getFirst().matches("\\d+\\.\\d{6} s  in  gen -> dev  12 B  \\[job]\\[payload 0]  \\(\\d+ us\\)"),
                nonBlank(all).getFirst());

        long sevens = IntStream.range(0, COUNT).filter(n -> ("payload " + n).contains("payload 7")).count();
        CliHarness grep = CliHarness.run("inspect", recording.toString(), "--grep", "payload 7", "--wire", "out");
        assertEquals(sevens, nonBlank(grep).size(), grep.out());
        assertTrue(nonBlank(grep).stream().allMatch(l -> l.contains("  out  dev -> sink  ") && l.contains("[payload 7")));

        CliHarness node = CliHarness.run("inspect", recording.toString(), "--node", "sink");
        assertEquals(COUNT, nonBlank(node).size());

        List<Double> times = nonBlank(all).stream().map(l -> Double.parseDouble(l.substring(0, l.indexOf(' ')))).toList();
        double from = times.get(COUNT / 2);
        double to = times.get(COUNT);
        CliHarness window = CliHarness.run("inspect", recording.toString(), "--from", from + "s", "--to", to + "s");
        List<Double> shown = nonBlank(window).stream().map(l -> Double.parseDouble(l.substring(0, l.indexOf(' ')))).toList();
        assertTrue(shown.size() >= COUNT / 2, "every message from the middle to the end of the first half: " + shown.size());
        assertTrue(shown.size() < 2 * COUNT, "not every message");
        assertTrue(shown.stream().allMatch(t -> t >= from && t <= to), "only messages in the window");
    }

    @Test
    void aTimeCopiedFromTheListingFindsItsMessagesAsFromAndAsTo() {
        List<String> all = nonBlank(CliHarness.run("inspect", recording.toString()));
        String line = all.get(all.size() / 2);
        String shown = line.substring(0, line.indexOf(' '));
        CliHarness at = CliHarness.run("inspect", recording.toString(), "--from", shown + "s", "--to", shown + "s");
        List<String> found = nonBlank(at);
        assertTrue(found.contains(line), "the message shown at " + shown + " s is found by --from and --to " + shown + "s: "
                + found);
        assertEquals(all.stream().filter(l -> l.startsWith(shown + " s ")).toList(), found,
                "every message shown at that microsecond, and only those");
    }

    @Test
    void summaryGivesEachWiresCountAndLatency() {
        CliHarness summary = CliHarness.run("inspect", recording.toString(), "--summary");
        assertEquals(0, summary.exitCode(), summary.err());
        assertTrue(summary.out().contains("in: " + COUNT + " messages, latency p50 "), summary.out());
        assertTrue(summary.out().contains("out: " + COUNT + " messages, latency p50 "), summary.out());
    }

    @Test
    void exportWritesMessagesEventsAndWiresAsCsv(@TempDir Path out) throws Exception {
        Path folder = out.resolve("csv");
        CliHarness export = CliHarness.run("export", recording.toString(), "--to", "csv", "-o", folder.toString());
        assertEquals(0, export.exitCode(), export.err());
        List<String> messages = Files.readAllLines(folder.resolve("messages.csv"));
        assertEquals("id,time_s,wire,sender,receiver,sent_ns,received_ns,latency_us,frame_count,size,frames,caused_by",
                messages.getFirst());
        assertEquals(2 * COUNT + 1, messages.size());
        assertTrue(messages.stream().anyMatch(l -> l.contains(",in,gen,dev,") && l.contains(",2,12,[job][payload 0],")), messages.get(1));
        List<String> wires = Files.readAllLines(folder.resolve("wires.csv"));
        assertTrue(wires.contains("in," + COUNT + "," + COUNT + "," + wires.get(1).split(",")[3] + "," + wires.get(1).split(",")[4]));
        List<String> events = Files.readAllLines(folder.resolve("events.csv"));
        assertTrue(events.stream().anyMatch(l -> l.contains(",node-state,gen,,finished")), String.join("\n", events));
        assertTrue(events.stream().anyMatch(l -> l.contains(",wire-state,,in,connected")), String.join("\n", events));
    }

    @Test
    void onlyTheChosenWiresAndOneInNAreKeptWhenAsked(@TempDir Path out) throws Exception {
        Path chosen = out.resolve("chosen.zsrec");
        RecordingFiles.record(RecordingFiles.throughAStreamer(out, COUNT, 2000), chosen, "--record-wires", "out", "--record-every", "10");
        CliHarness summary = CliHarness.run("inspect", chosen.toString(), "--summary");
        assertTrue(summary.out().contains("in: 0 messages"), summary.out());
        assertTrue(summary.out().contains("out: " + COUNT / 10 + " messages"), summary.out());
        assertTrue(summary.out().contains("wires out, one message in 10"), summary.out());
        CliHarness lines = CliHarness.run("inspect", chosen.toString());
        assertTrue(nonBlank(lines).getFirst().contains("[payload 0]"), "the first, then every tenth");
        assertTrue(nonBlank(lines).get(1).contains("[payload 10]"), nonBlank(lines).get(1));
    }

    private static List<String> nonBlank(CliHarness r) {
        return r.outLines().stream().filter(l -> !l.isBlank()).toList();
    }
}
