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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app against real libzmq 4.3 programs (Debian's python3-zmq), launched as command nodes through
 * {@code run --allow-commands}: each Python peer checks the bytes it gets and exits 0 only when all matched.
 * Skipped only when /usr/bin/python3 cannot import zmq (CI installs python3-zmq, so they run there).
 */
@Timeout(60)
class PythonPeersTest {
    private static final String PYTHON = PythonRuns.PYTHON;
    private static final List<String> SCRIPTS = List.of("peer.py", "pull.py", "pub.py", "req.py", "rep.py", "client.py");

    @BeforeAll
    static void needsPythonWithZmq() throws Exception {
        PythonRuns.assumePythonWithZmq();
    }

    private static PythonRuns.Outcome run(Path dir, Topology topology) throws IOException {
        return PythonRuns.run(dir, topology, "40s", SCRIPTS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Node python(String id, SocketType type, String script, int port, int count, String... binds) {
        return new SocketNode(id, "Python " + type, SocketSpec.of(type, binds), Behaviour.Passive.INSTANCE,
                Placement.EXTERNAL, null, Command.of(PYTHON, script, Integer.toString(port), Integer.toString(count)));
    }

    private static Topology topology(String name, List<Node> nodes, List<Wire> wires) {
        return new Topology(name, "interop test", null, nodes, wires, List.of());
    }

    @Test
    void appPushToPythonPullDeliversExactBytesAndExactCount(@TempDir Path dir) throws Exception {
        int port = freePort();
        String template = "Message {n}: caf\u00e9 \u0000\u0001 \u2713 \u65e5\u672c";
        PythonRuns.Outcome r = run(dir, topology("push-to-python", List.of(
                        SocketNode.of("pusher", SocketType.PUSH, new Behaviour.Generator(template, 0, 200, List.of(), 1, false)),
                        python("py-pull", SocketType.PULL, "pull.py", port, 200, "tcp://127.0.0.1:" + port)),
                List.of(Wire.of("w1", "pusher", "py-pull", "tcp://127.0.0.1:" + port))));
        byte[] first = "Message 0: caf\u00e9 \u0000\u0001 \u2713 \u65e5\u672c".getBytes(StandardCharsets.UTF_8);
        assertTrue(r.linesOf("py-pull").contains("first message bytes: " + HexFormat.of().formatHex(first)), r.out());
        assertEquals("OK 200 messages, byte-exact", r.linesOf("py-pull").getLast());
        assertEquals("finished", r.report().at("/nodes/py-pull/state").asText());
        assertEquals(200, r.at("/nodes/pusher/sent"));
        assertEquals(200, r.at("/wires/w1/messages"));
    }

    @Test
    void pythonPubToAppSubWithATopicFilter(@TempDir Path dir) throws Exception {
        int port = freePort();
        SocketNode sub = new SocketNode("sub", "", new SocketSpec(SocketType.SUB, List.of(),
                SocketOptions.DEFAULTS.withSubscriptions(List.of("alpha"))), Behaviour.Sink.logging(), null, null);
        PythonRuns.Outcome r = run(dir, topology("python-pub", List.of(
                        python("py-pub", SocketType.PUB, "pub.py", port, 100, "tcp://127.0.0.1:" + port), sub),
                List.of(Wire.of("w1", "sub", "py-pub", "tcp://127.0.0.1:" + port))));
        List<String> expected = IntStream.range(0, 50)
                .mapToObj(i -> "Received message: alpha " + 2 * i + " \u00fcn\u00efc\u00f6de").toList();
        assertEquals(expected, r.linesOf("sub"), "only alpha, in order, text intact");
        assertEquals(List.of("subscription: alpha", "OK published 100"), r.linesOf("py-pub"));
        assertEquals(50, r.at("/nodes/sub/received"));
        assertEquals(50, r.at("/wires/w1/messages"));
    }

    @Test
    void pythonReqToAppRepEchoesBinaryPayloadsByteForByte(@TempDir Path dir) throws Exception {
        int port = freePort();
        PythonRuns.Outcome r = run(dir, topology("python-req", List.of(
                        SocketNode.of("rep", SocketType.REP, new Behaviour.Replier("{msg}", false), "tcp://127.0.0.1:" + port),
                        python("py-req", SocketType.REQ, "req.py", port, 50)),
                List.of(Wire.of("w1", "py-req", "rep", "tcp://127.0.0.1:" + port))));
        assertEquals(List.of("OK 50 replies, byte-exact"), r.linesOf("py-req"));
        assertEquals(50, r.at("/nodes/rep/received"));
        assertEquals(50, r.at("/nodes/rep/sent"));
        assertEquals(100, r.at("/wires/w1/messages"), "50 requests and 50 replies on the external program's wire");
    }

    @Test
    void appReqToPythonRepGetsEveryReply(@TempDir Path dir) throws Exception {
        int port = freePort();
        PythonRuns.Outcome r = run(dir, topology("req-to-python", List.of(
                        SocketNode.of("req", SocketType.REQ, new Behaviour.Requester("Hello {n} \u2713", 0, 30, true)),
                        python("py-rep", SocketType.REP, "rep.py", port, 30, "tcp://127.0.0.1:" + port)),
                List.of(Wire.of("w1", "req", "py-rep", "tcp://127.0.0.1:" + port))));
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            expected.add("Sent request: Hello " + n + " \u2713");
            expected.add("Received reply: World " + n + " from python");
        }
        assertEquals(expected, r.linesOf("req"));
        assertEquals(List.of("OK answered 30"), r.linesOf("py-rep"));
        assertEquals(60, r.at("/wires/w1/messages"));
    }

    @Test
    void pythonClientThroughAnAppQueueToAppRepServers(@TempDir Path dir) throws Exception {
        int front = freePort();
        int back = freePort();
        Behaviour echo = new Behaviour.Replier("{msg}", false);
        PythonRuns.Outcome r = run(dir, topology("python-through-queue", List.of(
                        python("py-client", SocketType.REQ, "client.py", front, 40),
                        DeviceNode.of("queue", DeviceType.QUEUE, "tcp://127.0.0.1:" + front, "tcp://127.0.0.1:" + back),
                        SocketNode.of("server-1", SocketType.REP, echo),
                        SocketNode.of("server-2", SocketType.REP, echo)),
                List.of(new Wire("w-client", "py-client", Side.MAIN, "queue", Side.FRONTEND, "tcp://127.0.0.1:" + front),
                        new Wire("w-1", "server-1", Side.MAIN, "queue", Side.BACKEND, "tcp://127.0.0.1:" + back),
                        new Wire("w-2", "server-2", Side.MAIN, "queue", Side.BACKEND, "tcp://127.0.0.1:" + back))));
        assertEquals(List.of("OK 40 requests through the queue, byte-exact"), r.linesOf("py-client"));
        long one = r.at("/nodes/server-1/received");
        long two = r.at("/nodes/server-2/received");
        assertEquals(40, one + two);
        assertTrue(one > 0 && two > 0, "the queue spreads the load: " + one + " / " + two);
        assertEquals(40, r.at("/nodes/queue/sides/frontend/received"));
        assertEquals(40, r.at("/nodes/queue/sides/frontend/sent"));
        assertEquals(80, r.at("/wires/w-client/messages"));
        assertTrue(Arrays.asList("finished").contains(r.report().at("/nodes/py-client/state").asText()));
    }
}
