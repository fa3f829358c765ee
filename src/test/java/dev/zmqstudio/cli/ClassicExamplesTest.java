package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.runtime.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classic systems of issue #6 run headless through the CLI and do what they are known for, with exact counts.
 * Each runs a copy of the example with its classic ports moved to free ones.
 */
@Timeout(90)
class ClassicExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(CliHarness cli, JsonNode report, FreePorts.Moved example) {
        List<String> lines(String node) {
            return cli.linesOf(node);
        }

        long at(String pointer) {
            JsonNode value = report.at(pointer);
            assertFalse(value.isMissingNode(), pointer + " is in the report");
            return value.asLong();
        }
    }

    private static Run run(String example, Path dir, String... extra) throws IOException {
        Path report = dir.resolve("report.json");
        FreePorts.Moved moved = FreePorts.example(example);
        Path file = Files.writeString(dir.resolve(example), moved.json());
        List<String> args = new ArrayList<>(List.of("run", file.toString(), "--duration", "40s",
                "--report", report.toString()));
        args.addAll(List.of(extra));
        CliHarness cli = CliHarness.run(args.toArray(String[]::new));
        assertEquals(0, cli.exitCode(), cli.err() + cli.out());
        return new Run(cli, JSON.readTree(report.toFile()), moved);
    }

    private static List<String> range(int count, String format) {
        return IntStream.range(0, count).mapToObj(n -> format.formatted(n)).toList();
    }

    private static List<String> startingWith(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }

    @Test
    void pairServerAndClientBothSendAndReceive(@TempDir Path dir) throws Exception {
        Run r = run("pair.json", dir);
        List<String> fromServer = range(5, "Server message to client%d");
        List<String> fromClient = range(5, "client message to server%d");
        assertEquals(fromServer, startingWith(r.lines("server"), "Sent: "));
        assertEquals(fromClient, startingWith(r.lines("server"), "Received message: "));
        assertEquals(fromClient, startingWith(r.lines("client"), "Sent: "));
        assertEquals(fromServer, startingWith(r.lines("client"), "Received message: "));
        for (String node : List.of("server", "client")) {
            assertEquals(5, r.at("/nodes/" + node + "/sent"));
            assertEquals(5, r.at("/nodes/" + node + "/received"));
        }
        assertEquals(10, r.at("/wires/w1/messages"), "five each way over the one PAIR connection");
    }

    @Test
    void reqRepRequestsAlternateBetweenTwoServersAndEveryReplyNamesItsPort(@TempDir Path dir) throws Exception {
        Run r = run("req-rep.json", dir);
        List<String> client = r.lines("client");
        assertEquals(20, client.size(), client.toString());
        Set<String> serverPorts = Set.of(Integer.toString(r.example().port(5556)), Integer.toString(r.example().port(5546)));
        List<String> replies = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            assertEquals("Sent request: Hello " + n, client.get(2 * n), "each request waits for its reply");
            String reply = client.get(2 * n + 1);
            assertTrue(reply.startsWith("Received reply: World from "), reply);
            String port = reply.substring("Received reply: World from ".length());
            assertTrue(serverPorts.contains(port), reply + " names one of the servers' ports " + serverPorts);
            replies.add(port);
        }
        for (int n = 1; n < 10; n++) {
            assertFalse(replies.get(n).equals(replies.get(n - 1)), "requests alternate between the servers: " + replies);
        }
        for (int classic : List.of(5556, 5546)) {
            String server = "server-" + classic;
            assertEquals(5, r.at("/nodes/" + server + "/received"));
            assertEquals(5, r.at("/nodes/" + server + "/sent"));
            assertEquals(5, r.at("/nodes/client/per_sender/" + server));
            assertTrue(r.lines(server).stream().filter(l -> l.startsWith("Sent reply: "))
                    .allMatch(l -> l.equals("Sent reply: World from " + r.example().port(classic))));
        }
    }

    @Test
    void queueDeviceAnswersEveryRequestAndSpreadsTheLoad(@TempDir Path dir) throws Exception {
        Run r = run("queue-device.json", dir);
        for (String client : List.of("client-1", "client-2")) {
            assertEquals(range(10, "Hello %d from " + client), startingWith(r.lines(client), "Sent request: "));
            List<String> replies = startingWith(r.lines(client), "Received reply: ");
            assertEquals(10, replies.size());
            assertTrue(replies.stream().allMatch(l -> l.matches("World from server-[12]")), replies.toString());
        }
        long server1 = r.at("/nodes/server-1/received");
        long server2 = r.at("/nodes/server-2/received");
        assertEquals(20, server1 + server2);
        assertTrue(server1 > 0 && server2 > 0, "the DEALER side spreads requests: " + server1 + " / " + server2);
        assertEquals(20, r.at("/nodes/queue/sides/frontend/received"));
        assertEquals(20, r.at("/nodes/queue/sides/backend/sent"));
        assertEquals(20, r.at("/nodes/queue/sides/backend/received"));
        assertEquals(20, r.at("/nodes/queue/sides/frontend/sent"));
        assertEquals(2 * server1, r.at("/wires/w-server-1/messages"), "requests and replies");
    }

    @Test
    void forwarderGivesTheSubscriberOnTopic9ExactlyTheTopic9Messages(@TempDir Path dir) throws Exception {
        Run r = run("forwarder-device.json", dir);
        Set<String> expected = new HashSet<>();
        IntStream.range(0, 30).filter(n -> n % 2 == 1).forEach(n -> expected.add("9 message " + n + " from publisher-1"));
        IntStream.range(0, 30).filter(n -> n % 2 == 0).forEach(n -> expected.add("9 message " + n + " from publisher-2"));
        List<String> got = startingWith(r.lines("subscriber"), "Received message: ");
        assertEquals(30, got.size(), got.toString());
        assertEquals(expected, new HashSet<>(got));
        assertEquals(30, r.at("/nodes/subscriber/received"));
        assertEquals(30, r.at("/nodes/forwarder/sides/frontend/received"), "the XSUB asked the publishers for topic 9 only");
        assertEquals(15, r.at("/wires/w-publisher-1/messages"));
        assertEquals(15, r.at("/wires/w-publisher-2/messages"));
        assertEquals(30, r.at("/wires/w-subscriber/messages"));
    }

    @Test
    void streamerWorkersShareEveryTask(@TempDir Path dir) throws Exception {
        Run r = run("streamer-device.json", dir);
        List<String> tasks = new ArrayList<>();
        for (String worker : List.of("worker-1", "worker-2")) {
            List<String> got = startingWith(r.lines(worker), "Received message: ");
            assertTrue(!got.isEmpty(), worker + " got tasks");
            assertEquals(got.size(), r.at("/nodes/" + worker + "/received"));
            tasks.addAll(got);
        }
        Set<String> expected = new HashSet<>(range(20, "Task %d from producer-1"));
        expected.addAll(range(20, "Task %d from producer-2"));
        assertEquals(40, tasks.size());
        assertEquals(expected, new HashSet<>(tasks));
        assertEquals(40, r.at("/nodes/streamer/sides/frontend/received"));
        assertEquals(40, r.at("/nodes/streamer/sides/backend/sent"));
    }

    @Test
    void ventilatorWorkersPublishPartialSumsThatTheSinkAddsUpToTheExactTotal(@TempDir Path dir) throws Exception {
        Run r = run("ventilator-workers-sink.json", dir);
        List<String> got = startingWith(r.lines("sink"), "Received message: ");
        assertEquals(100, got.size(), r.cli().out());
        Set<Integer> chunks = new HashSet<>();
        long total = 0;
        for (String line : got) {
            JsonNode partial = JSON.readTree(line);
            int chunk = partial.get("chunk").asInt();
            chunks.add(chunk);
            assertEquals(100L * 100 * chunk + 4950, partial.get("sum").asLong(), "sum of 100c..100c+99: " + line);
            assertTrue(partial.get("worker").asText().matches("worker-[123]"), line);
            total += partial.get("sum").asLong();
        }
        assertEquals(IntStream.range(0, 100).boxed().collect(java.util.stream.Collectors.toSet()), chunks);
        assertEquals(49_995_000L, total, "0 + 1 + ... + 9999");
        assertEquals(49_995_000L, r.at("/nodes/sink/aggregate/sum"));
        assertEquals(100, r.at("/nodes/sink/aggregate/count"));
        long perWorker = 0;
        for (int i = 1; i <= 3; i++) {
            long fromWorker = r.at("/nodes/sink/per_sender/worker-" + i + "-out");
            assertTrue(fromWorker > 0, "worker " + i + " took part");
            assertEquals(fromWorker, r.at("/links/sum-" + i + "/passed"));
            assertEquals(fromWorker, r.at("/wires/w-task-" + i + "/messages"));
            perWorker += fromWorker;
        }
        assertEquals(100, perWorker);
    }

    @Test
    void invoiceFilterRoutesValidAndInvalidInvoicesWithCountsThatAddUp(@TempDir Path dir) throws Exception {
        Run r = run("invoice-filter.json", dir);
        List<String> valid = startingWith(r.lines("valid"), "Valid invoice: ");
        List<String> invalid = startingWith(r.lines("invalid"), "Invalid invoice: ");
        assertEquals(30, valid.size(), "three in four are valid");
        assertEquals(10, invalid.size());
        Set<Integer> numbers = new HashSet<>();
        for (String v : valid) {
            assertTrue(JSON.readTree(v).get("valid").asBoolean(), v);
            numbers.add(JSON.readTree(v).get("invoice").asInt());
        }
        for (String v : invalid) {
            assertFalse(JSON.readTree(v).get("valid").asBoolean(), v);
            assertEquals(3, JSON.readTree(v).get("invoice").asInt() % 4, "every fourth invoice is invalid: " + v);
            numbers.add(JSON.readTree(v).get("invoice").asInt());
        }
        assertEquals(40, numbers.size(), "every invoice went one way or the other, once");
        assertEquals(40, r.at("/nodes/invoices/sent"));
        assertEquals(40, r.at("/nodes/filter/received"));
        assertEquals(30, r.at("/links/route-valid/passed"));
        assertEquals(10, r.at("/links/route-valid/filtered"));
        assertEquals(10, r.at("/links/route-invalid/passed"));
        assertEquals(30, r.at("/links/route-invalid/filtered"));
        assertEquals(30, r.at("/nodes/valid/received"));
        assertEquals(10, r.at("/nodes/invalid/received"));
    }

    @Test
    void centralizedAndDirectSubscribersRecordEveryMessagesLatencyAndCompareP50AndP99(@TempDir Path dir) throws Exception {
        Run r = run("pubsub-centralized-vs-direct.json", dir, "--output-dir", dir.toString());
        Pattern summary = Pattern.compile("recorded 400 rows to (.+); latency p50 (\\d+) us, p99 (\\d+) us");
        for (String path : List.of("broker", "direct")) {
            String node = "subscriber-" + path;
            Path csv = dir.resolve("latency-" + path + ".csv");
            List<String> rows = Files.readAllLines(csv);
            assertEquals("received_us,node,sender,topic,latency_us,size,payload,frames", rows.getFirst());
            assertEquals(401, rows.size(), "one row per message of both publishers");
            Map<String, Integer> perPublisherAndTopic = new TreeMap<>();
            List<Long> latencies = new ArrayList<>();
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split(",", 7);
                assertEquals(node, cells[1]);
                int framesCell = cells[6].lastIndexOf(",\"[");
                String payload = cells[6].substring(1, framesCell - 1).replace("\"\"", "\"");
                String frames = cells[6].substring(framesCell + 2, cells[6].length() - 1).replace("\"\"", "\"");
                assertEquals(List.of(payload), JSON.readValue(frames, List.class), "one frame: the payload");
                JsonNode json = JSON.readTree(payload.substring(payload.indexOf('{')));
                perPublisherAndTopic.merge(json.get("pub").asText() + "/" + cells[3], 1, Integer::sum);
                latencies.add(Long.parseLong(cells[4]));
            }
            assertEquals(Map.of("publisher-1/sports", 100, "publisher-1/weather", 100,
                    "publisher-2/sports", 100, "publisher-2/weather", 100), perPublisherAndTopic);
            assertTrue(latencies.stream().allMatch(l -> l >= 0), "latencies are measured");
            latencies.sort(null);
            Matcher logged = summary.matcher(r.lines(node).getLast());
            assertTrue(logged.matches(), r.lines(node).toString());
            assertEquals(csv.getFileName().toString(), Path.of(logged.group(1)).getFileName().toString());
            assertClose(latencies.get(199), Long.parseLong(logged.group(2)), "p50 of " + path);
            assertClose(latencies.get(395), Long.parseLong(logged.group(3)), "p99 of " + path);
        }
        assertEquals(400, r.at("/nodes/broker/sides/backend/sent"));
        assertEquals(200, r.at("/wires/w-direct-1/messages"));
        assertEquals(200, r.at("/wires/w-direct-2/messages"));
        assertEquals(400, r.at("/wires/w-broker-sub/messages"));
        for (String wire : List.of("w-direct-1", "w-pub-1-broker", "w-broker-sub")) {
            assertTrue(r.at("/wires/" + wire + "/latency_us/p99") >= r.at("/wires/" + wire + "/latency_us/p50"), wire);
        }
    }

    /** HdrHistogram keeps 3 significant digits, and a percentile may fall between two neighbouring rows. */
    private static void assertClose(long expected, long actual, String what) {
        assertTrue(Math.abs(expected - actual) <= Math.max(5, expected / 50), what + ": expected about " + expected + ", got " + actual);
    }
}
