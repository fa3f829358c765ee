package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.FreePorts;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class EngineTest {

    private static Topology topology(List<dev.zmqstudio.model.Node> nodes, List<Wire> wires, List<Link> links) {
        return new Topology("t", "", Settings.DEFAULTS, nodes, wires, links);
    }

    @Test
    void pushPullOverTcpDeliversEveryMessageInOrderAndCountsTheWire() throws Exception {
        int port = FreePorts.find();
        Topology t = topology(List.of(
                SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("Message {n}: Data from the pusher", 0, 50), "tcp://127.0.0.1:" + port),
                SocketNode.of("puller", SocketType.PULL, Behaviour.Sink.logging())),
                List.of(Wire.of("w1", "puller", "pusher", "tcp://127.0.0.1:" + port)), List.of());
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(10),
                    x -> x.node("puller").received() == 50 && x.wire("w1").latencyP50Micros() != null);
            assertEquals(50, s.node("pusher").sent());
            assertEquals(50, s.wire("w1").messages());
            assertTrue(s.wire("w1").exact());
            List<String> got = h.linesOf("puller");
            assertEquals("Received message: Message 0: Data from the pusher", got.getFirst());
            assertEquals("Received message: Message 49: Data from the pusher", got.get(49));
            assertEquals("Sent: Message 0: Data from the pusher", h.linesOf("pusher").getFirst());
        }
    }

    @Test
    void subFilteredOn10001GetsOnlyThoseMessagesAndAverages() throws Exception {
        int port = FreePorts.find();
        SocketNode pub = SocketNode.of("pub", SocketType.PUB,
                new Behaviour.Generator("{rand:9999..10004} {rand:-80..135}", 0, 3000, List.of(), 7, false), "tcp://127.0.0.1:" + port);
        SocketNode sub = new SocketNode("sub", "", new dev.zmqstudio.model.SocketSpec(SocketType.SUB, List.of(),
                SocketOptions.DEFAULTS.withSubscriptions(List.of("10001"))),
                new Behaviour.Sink(true, null, "num(words[1])", null), null, null);
        Topology t = topology(List.of(pub, sub), List.of(Wire.of("w1", "sub", "pub", "tcp://127.0.0.1:" + port)), List.of());
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitQuiet(Duration.ofSeconds(20), Duration.ofSeconds(1));
            List<String> got = h.linesOf("sub");
            assertTrue(got.size() > 300, "about a sixth of 3000: " + got.size() + " " + h.lines.stream().limit(5).toList() + s);
            assertTrue(got.stream().allMatch(l -> l.startsWith("Received message: 10001 ")), "only 10001: " + got.stream().filter(l -> !l.startsWith("Received message: 10001 ")).limit(5).toList());
            assertEquals(got.size(), s.node("sub").received());
            double expected = got.stream().mapToInt(l -> Integer.parseInt(l.split(" ")[3])).average().orElseThrow();
            assertEquals(expected, s.node("sub").aggregate().average(), 1e-9);
            assertEquals(got.size(), s.node("sub").aggregate().count());
        }
    }

    @Test
    void reqAlternatesBetweenTwoRepServersAndGetsEveryReply() throws Exception {
        int p1 = FreePorts.find();
        int p2 = FreePorts.find();
        Topology t = topology(List.of(
                SocketNode.of("client", SocketType.REQ, new Behaviour.Requester("Hello {n}", 0, 10, true)),
                SocketNode.of("server1", SocketType.REP, new Behaviour.Replier("World from {port}", true), "tcp://127.0.0.1:" + p1),
                SocketNode.of("server2", SocketType.REP, new Behaviour.Replier("World from {port}", true), "tcp://127.0.0.1:" + p2)),
                List.of(Wire.of("w1", "client", "server1", "tcp://127.0.0.1:" + p1),
                        Wire.of("w2", "client", "server2", "tcp://127.0.0.1:" + p2)), List.of());
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitQuiet(Duration.ofSeconds(10), Duration.ofSeconds(1));
            List<String> replies = h.linesOf("client").stream().filter(l -> l.startsWith("Received reply")).toList();
            assertEquals(10, replies.size());
            for (int i = 0; i < 10; i++) {
                assertEquals(replies.get(0).endsWith(p1 + "") == (i % 2 == 0),
                        replies.get(i).endsWith(p1 + ""), "alternates: " + replies);
            }
            assertEquals(5, s.node("server1").received());
            assertEquals(5, s.node("server2").received());
            assertEquals(10, s.wire("w1").messages(), "5 requests + 5 replies");
            assertEquals(Map.of("server1", 5L, "server2", 5L), s.node("client").perSender());
        }
    }

    @Test
    void pipelineThroughLinkedWorkersForwardsOnlyEvenNumbersWithCountsPerConsumer() throws Exception {
        int pIn = FreePorts.find();
        int pOut = FreePorts.find();
        var producer = SocketNode.of("producer", SocketType.PUSH,
                new Behaviour.Generator("{\"num\": {n}}", 0, 2000, List.of(), 1, false), "tcp://127.0.0.1:" + pIn);
        var collector = SocketNode.of("collector", SocketType.PULL, new Behaviour.Sink(false, null, "json.num", null), "tcp://127.0.0.1:" + pOut);
        var in1 = SocketNode.of("c1-in", SocketType.PULL, Behaviour.Passive.INSTANCE);
        var out1 = SocketNode.of("c1-out", SocketType.PUSH, Behaviour.Passive.INSTANCE);
        var in2 = SocketNode.of("c2-in", SocketType.PULL, Behaviour.Passive.INSTANCE);
        var out2 = SocketNode.of("c2-out", SocketType.PUSH, Behaviour.Passive.INSTANCE);
        Topology t = topology(List.of(producer, collector, in1, out1, in2, out2), List.of(
                Wire.of("w1", "c1-in", "producer", "tcp://127.0.0.1:" + pIn),
                Wire.of("w2", "c2-in", "producer", "tcp://127.0.0.1:" + pIn),
                Wire.of("w3", "c1-out", "collector", "tcp://127.0.0.1:" + pOut),
                Wire.of("w4", "c2-out", "collector", "tcp://127.0.0.1:" + pOut)),
                List.of(new Link("l1", "c1-in", "c1-out", "json.num % 2 == 0", null),
                        new Link("l2", "c2-in", "c2-out", "json.num % 2 == 0", null)));
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitQuiet(Duration.ofSeconds(20), Duration.ofSeconds(1));
            assertEquals(1000, s.node("collector").received());
            assertEquals(2000, s.wire("w1").messages() + s.wire("w2").messages());
            Map<String, Long> perSender = s.node("collector").perSender();
            assertEquals(1000, perSender.get("c1-out") + perSender.get("c2-out"));
            assertEquals(1000, s.wire("w1").messages(), "round-robin gives each consumer half the tasks");
            assertEquals(1000, s.wire("w2").messages());
            assertEquals(s.links().get("l1").passed(), perSender.get("c1-out"));
            assertEquals(s.links().get("l2").passed(), perSender.get("c2-out"));
            assertEquals(2000 - 1000, s.links().get("l1").filtered() + s.links().get("l2").filtered());
            assertEquals(999000.0, s.node("collector").aggregate().sum(), 1e-6, "sum of 0,2,...,1998");
        }
    }

    @Test
    void queueDeviceAnswersEveryRequestAndSpreadsTheLoad() throws Exception {
        int front = FreePorts.find();
        int back = FreePorts.find();
        Topology t = topology(List.of(
                DeviceNode.of("queue", DeviceType.QUEUE, "tcp://127.0.0.1:" + front, "tcp://127.0.0.1:" + back),
                SocketNode.of("client1", SocketType.REQ, new Behaviour.Requester("Hello {n}", 0, 20, true)),
                SocketNode.of("client2", SocketType.REQ, new Behaviour.Requester("Hi {n}", 0, 20, true)),
                SocketNode.of("server1", SocketType.REP, new Behaviour.Replier("World", false)),
                SocketNode.of("server2", SocketType.REP, new Behaviour.Replier("World", false))),
                List.of(new Wire("w1", "client1", null, "queue", dev.zmqstudio.model.Side.FRONTEND, "tcp://127.0.0.1:" + front),
                        new Wire("w2", "client2", null, "queue", dev.zmqstudio.model.Side.FRONTEND, "tcp://127.0.0.1:" + front),
                        new Wire("w3", "server1", null, "queue", dev.zmqstudio.model.Side.BACKEND, "tcp://127.0.0.1:" + back),
                        new Wire("w4", "server2", null, "queue", dev.zmqstudio.model.Side.BACKEND, "tcp://127.0.0.1:" + back)),
                List.of());
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitQuiet(Duration.ofSeconds(20), Duration.ofSeconds(1));
            assertEquals(20, h.linesOf("client1").stream().filter(l -> l.startsWith("Received reply: World")).count());
            assertEquals(20, h.linesOf("client2").stream().filter(l -> l.startsWith("Received reply: World")).count());
            assertEquals(40, s.node("server1").received() + s.node("server2").received());
            assertTrue(s.node("server1").received() > 0 && s.node("server2").received() > 0, "load spread");
            assertEquals(40, s.node("queue").sides().get("frontend").received());
            assertEquals(40, s.node("queue").sides().get("backend").sent());
            assertEquals(40, s.wire("w1").messages());
        }
    }

    @Test
    void workersThatPublishWhatTheirLinksHandThemLoseNothingToTheirSubscriber() throws Exception {
        int tasks = FreePorts.find();
        int results = FreePorts.find();
        var ventilator = SocketNode.of("ventilator", SocketType.PUSH,
                new Behaviour.Generator("{\"n\": {n}}", 0, 400, List.of(), 1, false), "tcp://127.0.0.1:" + tasks);
        var in = SocketNode.of("worker-in", SocketType.PULL, Behaviour.Passive.INSTANCE);
        var out = SocketNode.of("worker-out", SocketType.PUB, Behaviour.Passive.INSTANCE, "tcp://127.0.0.1:" + results);
        var sink = new SocketNode("sink", "", new dev.zmqstudio.model.SocketSpec(SocketType.SUB, List.of(),
                SocketOptions.DEFAULTS.withSubscriptions(List.of(""))), new Behaviour.Sink(false, null, "json.n", null), null, null);
        Topology t = topology(List.of(ventilator, in, out, sink),
                List.of(Wire.of("w1", "worker-in", "ventilator", "tcp://127.0.0.1:" + tasks),
                        Wire.of("w2", "sink", "worker-out", "tcp://127.0.0.1:" + results)),
                List.of(Link.of("l1", "worker-in", "worker-out")));
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitQuiet(Duration.ofSeconds(20), Duration.ofSeconds(1));
            assertEquals(400, s.node("sink").received());
            assertEquals(79800.0, s.node("sink").aggregate().sum(), 1e-9, "0 + 1 + ... + 399");
        }
    }
}
