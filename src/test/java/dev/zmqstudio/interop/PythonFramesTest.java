package dev.zmqstudio.interop;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Command;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Multi-frame messages between the app and real libzmq 4.3 programs (Debian's python3-zmq), launched as command
 * nodes: pub-sub envelopes both ways, three-frame requests through our QUEUE to Python and to our REP workers, Python
 * DEALERs to our ROUTER replier. Each Python peer checks every frame it gets and exits 0 only when all matched; the
 * app's log and report must show the same frames and counts.
 */
@Timeout(90)
class PythonFramesTest {
    private static final String PYTHON = PythonRuns.PYTHON;
    private static final List<String> SCRIPTS = List.of("peer.py", "frames_peer.py", "envsub.py", "envpub.py",
            "qclient.py", "qworker.py", "dealer.py");

    @BeforeAll
    static void needsPythonWithZmq() throws Exception {
        PythonRuns.assumePythonWithZmq();
    }

    private static PythonRuns.Outcome run(Path dir, Topology topology) throws IOException {
        return PythonRuns.run(dir, topology, "60s", SCRIPTS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Node python(String id, SocketType type, List<String> binds, String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON));
        command.addAll(List.of(args));
        return new SocketNode(id, "Python " + type, new SocketSpec(type, binds, SocketOptions.DEFAULTS),
                Behaviour.Passive.INSTANCE, Placement.EXTERNAL, null, Command.of(command.toArray(String[]::new)));
    }

    private static Topology topology(String name, List<Node> nodes, List<Wire> wires) {
        return new Topology(name, "interop test", null, nodes, wires, List.of());
    }

    private static String tcp(int port) {
        return "tcp://127.0.0.1:" + port;
    }

    @Test
    void aPythonSubscriberReadsOurGeneratorsEnvelopesAsTwoFrames(@TempDir Path dir) throws Exception {
        int port = freePort();
        // The first B goes out 200 ms after the gate opens: time for the subscription to follow the handshake.
        Behaviour.Generator envelopes = new Behaviour.Generator(null,
                List.of("{topic}", "{cycle:We don't want to see this|We would like to see this} {n} \u2713"), 5, 20,
                List.of("A", "B"), 1, false);
        PythonRuns.Outcome r = run(dir, topology("envelopes-to-python", List.of(
                        SocketNode.of("publisher", SocketType.PUB, envelopes),
                        python("py-sub", SocketType.SUB, List.of(tcp(port)), "envsub.py", Integer.toString(port), "10")),
                List.of(Wire.of("w1", "publisher", "py-sub", tcp(port)))));
        assertEquals(List.of("[B] We would like to see this 1 \u2713", "OK 10 envelopes, byte-exact"), r.linesOf("py-sub"));
        assertEquals("finished", r.report().at("/nodes/py-sub/state").asText());
        assertEquals(20, r.at("/nodes/publisher/sent"));
        assertEquals(40, r.at("/nodes/publisher/frames_sent"));
    }

    @Test
    void ourSinkLogsEveryFrameOfAPythonPublishersEnvelopes(@TempDir Path dir) throws Exception {
        int port = freePort();
        SocketNode sub = new SocketNode("sub", "", new SocketSpec(SocketType.SUB, List.of(),
                SocketOptions.DEFAULTS.withSubscriptions(List.of("B", "C"))), Behaviour.Sink.logging(), null, null);
        PythonRuns.Outcome r = run(dir, topology("envelopes-from-python", List.of(
                        python("py-pub", SocketType.PUB, List.of(tcp(port)), "envpub.py", Integer.toString(port), "30"), sub),
                List.of(Wire.of("w1", "sub", "py-pub", tcp(port)))));
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            expected.add("Received message: [B][We would like to see this " + n + "]");
            expected.add("Received message: [C][0xFF00" + HexFormat.of().withUpperCase().toHexDigits((byte) n) + "]");
        }
        assertEquals(expected, r.linesOf("sub"), "both frames of every B and C envelope, in order; no A");
        assertEquals(List.of("subscriptions: B C", "OK published 30 rounds"), r.linesOf("py-pub"));
        assertEquals(60, r.at("/nodes/sub/received"));
        assertEquals(120, r.at("/nodes/sub/frames_received"));
        assertEquals(60, r.at("/wires/w1/messages"));
    }

    @Test
    void pythonClientsThroughOurQueueToPythonWorkersKeepEveryFrame(@TempDir Path dir) throws Exception {
        int front = freePort();
        int back = freePort();
        PythonRuns.Outcome r = run(dir, topology("queue-to-python-workers", List.of(
                        python("client-1", SocketType.REQ, List.of(), "qclient.py", Integer.toString(front), "25", "one"),
                        python("client-2", SocketType.REQ, List.of(), "qclient.py", Integer.toString(front), "25", "two"),
                        DeviceNode.of("queue", DeviceType.QUEUE, tcp(front), tcp(back)),
                        python("worker-1", SocketType.REP, List.of(), "qworker.py", Integer.toString(back)),
                        python("worker-2", SocketType.REP, List.of(), "qworker.py", Integer.toString(back))),
                List.of(new Wire("w-c1", "client-1", Side.MAIN, "queue", Side.FRONTEND, tcp(front)),
                        new Wire("w-c2", "client-2", Side.MAIN, "queue", Side.FRONTEND, tcp(front)),
                        new Wire("w-1", "worker-1", Side.MAIN, "queue", Side.BACKEND, tcp(back)),
                        new Wire("w-2", "worker-2", Side.MAIN, "queue", Side.BACKEND, tcp(back)))));
        for (String client : List.of("client-1", "client-2")) {
            assertEquals(List.of("OK 25 three-frame requests through the queue, byte-exact"), r.linesOf(client));
        }
        long served = 0;
        for (String worker : List.of("worker-1", "worker-2")) {
            String line = r.linesOf(worker).getLast();
            assertTrue(line.matches("OK served \\d+"), line);
            served += Long.parseLong(line.substring("OK served ".length()));
        }
        assertEquals(50, served, "every request reached one worker, once");
        assertEquals(50, r.at("/nodes/queue/sides/frontend/received"));
        assertEquals(50, r.at("/nodes/queue/sides/backend/sent"));
        assertEquals(50, r.at("/nodes/queue/sides/backend/received"));
        assertEquals(50, r.at("/nodes/queue/sides/frontend/sent"));
        // ROUTER frontend: [identity][][binary][name n][] in and out; DEALER backend: the same five frames.
        assertEquals(4 * 50 * 5, r.at("/nodes/queue/frames_received") + r.at("/nodes/queue/frames_sent"));
    }

    @Test
    void pythonClientsThroughOurQueueToOurRepGetEveryFrameEchoed(@TempDir Path dir) throws Exception {
        int front = freePort();
        int back = freePort();
        Behaviour echo = new Behaviour.Replier("{msg}", true);
        PythonRuns.Outcome r = run(dir, topology("queue-to-our-rep", List.of(
                        python("client-1", SocketType.REQ, List.of(), "qclient.py", Integer.toString(front), "20", "one"),
                        python("client-2", SocketType.REQ, List.of(), "qclient.py", Integer.toString(front), "20", "two"),
                        DeviceNode.of("queue", DeviceType.QUEUE, tcp(front), tcp(back)),
                        SocketNode.of("rep", SocketType.REP, echo)),
                List.of(new Wire("w-c1", "client-1", Side.MAIN, "queue", Side.FRONTEND, tcp(front)),
                        new Wire("w-c2", "client-2", Side.MAIN, "queue", Side.FRONTEND, tcp(front)),
                        new Wire("w-rep", "rep", Side.MAIN, "queue", Side.BACKEND, tcp(back)))));
        for (String client : List.of("client-1", "client-2")) {
            assertEquals(List.of("OK 20 three-frame requests through the queue, byte-exact"), r.linesOf(client));
        }
        List<String> requests = r.linesOf("rep").stream().filter(l -> l.startsWith("Received request: ")).toList();
        assertEquals(40, requests.size());
        String binary = "0x" + HexFormat.of().withUpperCase().formatHex(IntStream.range(0, 256).collect(
                java.io.ByteArrayOutputStream::new, (b, i) -> b.write(i), (a, b) -> { }).toByteArray());
        assertTrue(requests.contains("Received request: [" + binary + "30][one 0][]"),
                "the REP sees the request's three frames, the envelope kept by its socket: " + requests.getFirst());
        assertEquals(40, r.at("/nodes/rep/received"));
        assertEquals(40, r.at("/nodes/rep/sent"));
        assertEquals(120, r.at("/nodes/rep/frames_received"));
        assertEquals(120, r.at("/nodes/rep/frames_sent"));
        assertEquals(80, r.at("/wires/w-rep/messages"), "40 requests and 40 replies");
    }

    @Test
    void pythonDealersToOurRouterReplierKeepTheirIdentities(@TempDir Path dir) throws Exception {
        int port = freePort();
        String named = HexFormat.of().formatHex("py-dealer".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PythonRuns.Outcome r = run(dir, topology("dealers-to-router", List.of(
                        SocketNode.of("router", SocketType.ROUTER, new Behaviour.Replier("{msg}", true), tcp(port)),
                        python("named", SocketType.DEALER, List.of(), "dealer.py", Integer.toString(port), "15", named, "delimited"),
                        python("binary", SocketType.DEALER, List.of(), "dealer.py", Integer.toString(port), "15", "00a1b2c3d4", "bare")),
                List.of(Wire.of("w1", "named", "router", tcp(port)), Wire.of("w2", "binary", "router", tcp(port)))));
        assertEquals(List.of("OK 15 delimited requests, identity " + named + " kept"), r.linesOf("named"));
        assertEquals(List.of("OK 15 bare requests, identity 00a1b2c3d4 kept"), r.linesOf("binary"));
        List<String> router = r.linesOf("router");
        assertTrue(router.contains("Received request: [0x00A1B2C3D4][hello 3]"), router.toString());
        assertTrue(router.contains("Sent reply: [0x00A1B2C3D4][hello 3]"), router.toString());
        assertTrue(router.stream().anyMatch(l -> l.startsWith("Received request: [py-dealer][][hello 7][0x000102")), router.toString());
        assertTrue(router.stream().anyMatch(l -> l.startsWith("Sent reply: [py-dealer][][hello 7][0x000102")), router.toString());
        assertEquals(30, r.at("/nodes/router/received"));
        assertEquals(30, r.at("/nodes/router/sent"));
        assertEquals(15 * 4 + 15 * 2, r.at("/nodes/router/frames_received"), "[py-dealer][][hello][binary] and [id][hello]");
        assertEquals(15 * 4 + 15 * 2, r.at("/nodes/router/frames_sent"));
    }
}
