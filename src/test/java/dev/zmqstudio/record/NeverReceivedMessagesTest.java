package dev.zmqstudio.record;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.record.RecordedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A message sent and never received (its sender's process was killed with it queued) is on the recording; the run's
 * count of a wire counted by its receiving end left it out, so the summary, the replay and the listing do too.
 */
class NeverReceivedMessagesTest {
    private static final String TOPOLOGY = """
            {"format": 1, "name": "lost", "nodes": [
              {"id": "pusher", "type": "PUSH", "binds": [], "behaviour": {"kind": "passive"}},
              {"id": "puller", "type": "PULL", "binds": ["tcp://127.0.0.1:40001"], "behaviour": {"kind": "passive"}},
              {"id": "feeder", "type": "PUSH", "binds": [], "behaviour": {"kind": "passive"}},
              {"id": "outside", "type": "PULL", "binds": ["tcp://127.0.0.1:40002"], "behaviour": {"kind": "passive"},
               "placement": "external"}],
             "wires": [
              {"id": "w-in", "from": "pusher", "to": "puller", "endpoint": "tcp://127.0.0.1:40001"},
              {"id": "w-out", "from": "feeder", "to": "outside", "endpoint": "tcp://127.0.0.1:40002"}]}
            """;

    @Test
    void aReceiverCountedWireLeavesOutWhatWasNeverReceived(@TempDir Path dir) throws Exception {
        Topology topology = TopologyFiles.parse(TOPOLOGY, "lost.json");
        Path file = dir.resolve("lost.zsrec");
        List<RecordedMessage> messages = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            messages.add(message(i, "w-in", "pusher", "puller", i * 1_000_000L));
        }
        messages.add(message(4, "w-in", "pusher", "puller", -1)); // lost with its sender
        messages.add(message(5, "w-out", "feeder", "outside", -1)); // a program we do not run took these
        messages.add(message(6, "w-out", "feeder", "outside", -1));
        try (RecordingWriter writer = RecordingWriter.create(file, topology, TOPOLOGY, "test", "every message")) {
            writer.messages(messages);
            writer.finish(Map.of("recorded", "6", "lost", "0"));
        }

        try (Recording recording = Recording.open(file)) {
            Map<String, Long> summary = new java.util.HashMap<>();
            recording.summary().forEach(s -> summary.put(s.wire(), s.messages()));
            assertEquals(Map.of("w-in", 3L, "w-out", 2L), summary, "the pusher's wire counts at the puller, the feeder's as sent");

            ReplayTimeline timeline = ReplayTimeline.load(recording);
            ReplayCursor cursor = new ReplayCursor(timeline);
            cursor.moveTo(timeline.endNanos(), null);
            EngineSnapshot end = cursor.snapshot();
            assertEquals(3, end.wire("w-in").messages());
            assertEquals(2, end.wire("w-out").messages());
            assertEquals(4, end.node("pusher").sent(), "the lost one was sent all the same");

            CountedOnWire counted = CountedOnWire.of(recording.topology());
            List<String> lines = new ArrayList<>();
            recording.messages(new MessageQuery(null, null, null, -1, -1, 100), m -> lines.add(MessageText.line(m, counted)));
            assertEquals(2, lines.stream().filter(l -> l.endsWith("(received by none of the nodes we run)")).count(), String.join("\n", lines));
            assertEquals(1, lines.stream().filter(l -> l.contains("w-in") && l.endsWith("(never received: not in the wire's count)")).count(),
                    String.join("\n", lines));
        }
    }

    private static RecordedMessage message(long id, String wire, String sender, String receiver, long receivedNanos) {
        byte[] payload = ("task " + id).getBytes(StandardCharsets.UTF_8);
        return new RecordedMessage(id, wire, sender, receiver, id * 1_000L, receivedNanos, List.of(payload), 0);
    }
}
