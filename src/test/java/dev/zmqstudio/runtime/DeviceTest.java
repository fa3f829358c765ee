package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.behaviour.CsvRecorder;
import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class DeviceTest {

    private static SocketNode sub(String id, String topic, String record) {
        return new SocketNode(id, "", new SocketSpec(SocketType.SUB, List.of(), SocketOptions.DEFAULTS.withSubscriptions(List.of(topic))),
                new Behaviour.Sink(true, null, null, record), null, null);
    }

    @Test
    void forwarderPassesOnlyTopic9ToTheSubscriberFilteringOn9AndCountsBothSides(@TempDir Path dir) throws Exception {
        int front = FreePorts.find();
        int back = FreePorts.find();
        Path csv = dir.resolve("latency.csv");
        Topology t = new Topology("fwd", "", Settings.DEFAULTS, List.of(
                DeviceNode.of("forwarder", DeviceType.FORWARDER, "tcp://127.0.0.1:" + front, "tcp://127.0.0.1:" + back),
                SocketNode.of("pub1", SocketType.PUB, new Behaviour.Generator("{topic} {\"sent_us\": {time_us}, \"n\": {n}}", 0, 100,
                        List.of("8", "9"), 1, false)),
                SocketNode.of("pub2", SocketType.PUB, new Behaviour.Generator("{topic} {\"sent_us\": {time_us}, \"n\": {n}}", 0, 100,
                        List.of("9", "7"), 1, false)),
                sub("sub9", "9", "latency.csv")),
                List.of(new Wire("w1", "pub1", null, "forwarder", Side.FRONTEND, "tcp://127.0.0.1:" + front),
                        new Wire("w2", "pub2", null, "forwarder", Side.FRONTEND, "tcp://127.0.0.1:" + front),
                        new Wire("w3", "sub9", null, "forwarder", Side.BACKEND, "tcp://127.0.0.1:" + back)),
                List.of());
        try (EngineHarness h = new EngineHarness(t, null, dir)) {
            EngineSnapshot s = h.awaitQuiet(Duration.ofSeconds(20), Duration.ofSeconds(1));
            List<String> got = h.linesOf("sub9");
            assertEquals(100, got.size(), "50 topic-9 messages from each publisher, none lost thanks to the gate");
            assertTrue(got.stream().allMatch(l -> l.startsWith("Received message: 9 ")), got.toString());
            assertEquals(100, s.node("forwarder").sides().get("frontend").received(), "the XSUB only asked for topic 9");
            assertEquals(100, s.node("forwarder").sides().get("backend").sent());
            assertEquals(50, s.wire("w1").messages());
            assertEquals(50, s.wire("w2").messages());
            assertEquals(100, s.wire("w3").messages());
        }
        List<String> rows = Files.readAllLines(csv);
        assertEquals(CsvRecorder.HEADER, rows.getFirst());
        assertEquals(101, rows.size());
        String[] first = rows.get(1).split(",", 6);
        assertEquals("sub9", first[1]);
        assertEquals("forwarder", first[2], "the sender of the last hop");
        assertEquals("9", first[3]);
        assertTrue(Long.parseLong(first[4]) >= 0, "latency from the payload's sent_us: " + rows.get(1));
    }

    @Test
    void streamerSharesTasksBetweenItsWorkers() throws Exception {
        int front = FreePorts.find();
        int back = FreePorts.find();
        Topology t = new Topology("str", "", Settings.DEFAULTS, List.of(
                DeviceNode.of("streamer", DeviceType.STREAMER, "tcp://127.0.0.1:" + front, "tcp://127.0.0.1:" + back),
                SocketNode.of("producer1", SocketType.PUSH, new Behaviour.Generator("a {n}", 0, 300, List.of(), 1, false)),
                SocketNode.of("producer2", SocketType.PUSH, new Behaviour.Generator("b {n}", 0, 300, List.of(), 1, false)),
                SocketNode.of("worker1", SocketType.PULL, new Behaviour.Sink(false, null, null, null)),
                SocketNode.of("worker2", SocketType.PULL, new Behaviour.Sink(false, null, null, null))),
                List.of(new Wire("w1", "producer1", null, "streamer", Side.FRONTEND, "tcp://127.0.0.1:" + front),
                        new Wire("w2", "producer2", null, "streamer", Side.FRONTEND, "tcp://127.0.0.1:" + front),
                        new Wire("w3", "worker1", null, "streamer", Side.BACKEND, "tcp://127.0.0.1:" + back),
                        new Wire("w4", "worker2", null, "streamer", Side.BACKEND, "tcp://127.0.0.1:" + back)),
                List.of());
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitQuiet(Duration.ofSeconds(20), Duration.ofSeconds(1));
            long w1 = s.node("worker1").received();
            long w2 = s.node("worker2").received();
            assertEquals(600, w1 + w2);
            assertTrue(w1 > 0 && w2 > 0, "both workers got tasks: " + w1 + " / " + w2);
            assertEquals(w1, s.wire("w3").messages());
            assertEquals(600, s.node("streamer").sides().get("frontend").received());
            assertEquals(600, s.node("streamer").sides().get("backend").sent());
        }
    }

    /** A QUEUE over tcp, in the run's context (its traffic is lockstep round trips): every request answered. */
    @Test
    void queueAnswersEveryRequestOfItsClientsAndSpreadsThemOverItsWorkers() throws Exception {
        String front = "tcp://127.0.0.1:" + FreePorts.find();
        String back = "tcp://127.0.0.1:" + FreePorts.find();
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        nodes.add(DeviceNode.of("queue", DeviceType.QUEUE, front, back));
        for (int w = 1; w <= 2; w++) {
            nodes.add(SocketNode.of("worker" + w, SocketType.REP, new Behaviour.Replier("done {msg}", false)));
            wires.add(new Wire("ww" + w, "worker" + w, null, "queue", Side.BACKEND, back));
        }
        for (int c = 1; c <= 4; c++) {
            nodes.add(SocketNode.of("client" + c, SocketType.REQ, new Behaviour.Requester("job " + c + "-{n}", 0, 100, false)));
            wires.add(new Wire("wc" + c, "client" + c, null, "queue", Side.FRONTEND, front));
        }
        Topology t = new Topology("queue", "", Settings.DEFAULTS, nodes, wires, List.of());
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(30), snap -> IntStream.rangeClosed(1, 4)
                    .allMatch(c -> snap.node("client" + c).received() == 100));
            for (int c = 1; c <= 4; c++) {
                assertEquals(100, s.node("client" + c).sent(), "client" + c);
                assertEquals(200, s.wire("wc" + c).messages(), "wire wc" + c + " counts each request and its reply");
            }
            long w1 = s.node("worker1").received();
            long w2 = s.node("worker2").received();
            assertEquals(400, w1 + w2);
            assertTrue(w1 > 0 && w2 > 0, "both workers answered: " + w1 + " / " + w2);
            assertEquals(400, s.node("queue").sides().get("frontend").received());
            assertEquals(400, s.node("queue").sides().get("backend").received());
        }
    }

    /**
     * Inproc reaches only sockets of the same ZeroMQ context: a device with an inproc side shares the run's, while
     * one reached only over tcp has its own (docs/decisions/device-speed.md).
     */
    @Test
    void streamerFedOverInprocAndDrainedOverTcpPassesEveryTask() throws Exception {
        String front = "inproc://tasks-" + FreePorts.find();
        String back = "tcp://127.0.0.1:" + FreePorts.find();
        Topology t = new Topology("mixed", "", Settings.DEFAULTS, List.of(
                DeviceNode.of("streamer", DeviceType.STREAMER, front, back),
                SocketNode.of("producer", SocketType.PUSH, new Behaviour.Generator("t {n}", 0, 500, List.of(), 1, false)),
                SocketNode.of("worker", SocketType.PULL, new Behaviour.Sink(false, null, null, null))),
                List.of(new Wire("in", "producer", null, "streamer", Side.FRONTEND, front),
                        new Wire("out", "worker", null, "streamer", Side.BACKEND, back)),
                List.of());
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(30), snap -> snap.node("worker").received() == 500);
            assertEquals(500, s.wire("in").messages());
            assertEquals(500, s.wire("out").messages());
            assertEquals(500, s.node("streamer").sides().get("backend").sent());
        }
    }
}
