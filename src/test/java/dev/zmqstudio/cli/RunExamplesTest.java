package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spine's examples run headless and produce what the classic systems are known for, on free ports. */
@Timeout(90)
class RunExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pushPullLogsEveryMessageInOrderOnBothSides(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r.json");
        CliHarness r = CliHarness.run("run", CliHarness.exampleOnFreePorts("push-pull.json", dir).toString(), "--duration", "20s",
                "--report", report.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> expected = IntStream.range(0, 10).mapToObj(n -> "Message " + n + ": Data from the pusher").toList();
        assertEquals(expected.stream().map(m -> "Sent: " + m).toList(), r.linesOf("pusher"));
        assertEquals(expected.stream().map(m -> "Received message: " + m).toList(), r.linesOf("puller"));
        JsonNode rep = JSON.readTree(report.toFile());
        assertEquals("PUSH", rep.at("/nodes/pusher/type").asText());
        assertEquals(10, rep.at("/nodes/pusher/sent").asLong());
        assertEquals("finished", rep.at("/nodes/pusher/state").asText());
        assertEquals(10, rep.at("/nodes/puller/received").asLong());
        assertEquals("puller", rep.at("/wires/w1/from").asText());
        assertEquals("pusher", rep.at("/wires/w1/to").asText());
        assertEquals(10, rep.at("/wires/w1/messages").asLong());
        assertTrue(rep.at("/wires/w1/latency_us/p50").asLong() > 0);
        assertTrue(r.out().contains("Summary after"), r.out());
        assertTrue(r.out().contains("  w1 (pusher -> puller, pusher binds; connected): 10 messages"),
                "the data direction, who binds, and the state it ran in (not what closing did to it): " + r.out());
    }

    @Test
    void theSlowSubscriberLosesWhatItsQueueCannotHoldAndTheReportCountsEveryDroppedTick(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r.json");
        CliHarness r = CliHarness.run("run", CliHarness.exampleOnFreePorts("slow-subscriber.json", dir).toString(), "--duration", "40s",
                "--report", report.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rep = JSON.readTree(report.toFile());
        assertEquals(20000, rep.at("/nodes/ticker/sent").asLong());
        assertEquals(20000, rep.at("/nodes/fast-client/received").asLong(), "the fast subscriber keeps up");
        assertTrue(rep.at("/wires/to-fast/dropped").isMissingNode(), "nothing dropped for the fast one");
        long slow = rep.at("/nodes/slow-client/received").asLong();
        assertTrue(slow > 1000 && slow < 15000, "2 ms a tick for about 10 s: " + slow);
        assertEquals(20000 - slow, rep.at("/wires/to-slow/dropped").asLong(), "once it has caught up, every missing tick was dropped");
        assertTrue(r.out().contains((20000 - slow) + " dropped at the high-water mark"), r.out());
    }

    @Test
    void weatherClientFilteredOn10001GetsOnlyThoseAndAveragesThem(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r.json");
        CliHarness r = CliHarness.run("run", CliHarness.exampleOnFreePorts("pubsub-weather.json", dir).toString(), "--report", report.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> got = r.linesOf("weather-client");
        assertTrue(got.size() > 350, "about a sixth of 3000 updates: " + got.size());
        assertTrue(got.stream().allMatch(l -> l.matches("Received message: 10001 -?\\d+")), "only zip 10001");
        JsonNode rep = JSON.readTree(report.toFile());
        assertEquals(3000, rep.at("/nodes/weather-server/sent").asLong());
        assertEquals(got.size(), rep.at("/nodes/weather-client/received").asLong());
        double average = got.stream().mapToInt(l -> Integer.parseInt(l.substring(l.lastIndexOf(' ') + 1))).average().orElseThrow();
        assertEquals(average, rep.at("/nodes/weather-client/aggregate/average").asDouble(), 1e-9);
        assertEquals(got.size(), rep.at("/wires/w1/messages").asLong());
    }

    @Test
    void pipelineCollectorGetsExactlyTheTenThousandEvenNumbersWithCountsPerConsumer(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r.json");
        CliHarness r = CliHarness.run("run", CliHarness.exampleOnFreePorts("pipeline.json", dir).toString(), "--duration", "30s",
                "--report", report.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<Integer> numbers = r.linesOf("collector").stream()
                .map(l -> JSONnum(l.substring("Received message: ".length()))).sorted().toList();
        assertEquals(IntStream.range(0, 10_000).map(i -> 2 * i).boxed().toList(), numbers);
        JsonNode rep = JSON.readTree(report.toFile());
        assertEquals(20_000, rep.at("/nodes/producer/sent").asLong());
        assertEquals(10_000, rep.at("/nodes/collector/received").asLong());
        assertEquals(99_990_000.0, rep.at("/nodes/collector/aggregate/sum").asDouble());
        long perConsumer = 0;
        for (int i = 1; i <= 3; i++) {
            long fromConsumer = rep.at("/nodes/collector/per_sender/consumer-" + i + "-out").asLong();
            // PUSH round-robins but skips a consumer whose queue is full, so the split is near, not exactly, even.
            assertTrue(fromConsumer > 1000, "round-robin spreads the work: consumer " + i + " sent " + fromConsumer);
            assertEquals(fromConsumer, rep.at("/links/even-" + i + "/passed").asLong());
            assertEquals(fromConsumer, rep.at("/wires/w-out-" + i + "/messages").asLong());
            perConsumer += fromConsumer;
        }
        assertEquals(10_000, perConsumer);
        assertNull(rep.at("/nodes/collector/error").textValue());
    }

    private static int JSONnum(String json) {
        try {
            return JSON.readTree(json).get("num").asInt();
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
