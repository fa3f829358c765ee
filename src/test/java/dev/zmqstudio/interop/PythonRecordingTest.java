package dev.zmqstudio.interop;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Command;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.record.MessageQuery;
import dev.zmqstudio.record.Recording;
import dev.zmqstudio.runtime.record.RecordedMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #18: what our sockets exchange with real libzmq programs is recorded too, byte for byte: what a Python
 * publisher sends our subscriber (its sender is the external node, its send time unknown), and what our generator
 * pushes to a Python puller (its receipt unknown, its receiver the external node).
 */
@Timeout(90)
class PythonRecordingTest {
    @BeforeAll
    static void needsPythonWithZmq() throws Exception {
        PythonRuns.assumePythonWithZmq();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Node python(String id, SocketType type, List<String> binds, String... args) {
        List<String> command = new ArrayList<>(List.of(PythonRuns.PYTHON));
        command.addAll(List.of(args));
        return new SocketNode(id, "Python " + type, new SocketSpec(type, binds, SocketOptions.DEFAULTS),
                Behaviour.Passive.INSTANCE, Placement.EXTERNAL, null, Command.of(command.toArray(String[]::new)));
    }

    private static List<RecordedMessage> recorded(Path file) throws Exception {
        List<RecordedMessage> all = new ArrayList<>();
        try (Recording r = Recording.open(file)) {
            r.messages(MessageQuery.ALL, all::add);
        }
        return all;
    }

    @Test
    void aPythonPublishersEnvelopesAreRecordedFrameByFrame(@TempDir Path dir) throws Exception {
        int port = freePort();
        String tcp = "tcp://127.0.0.1:" + port;
        SocketNode sub = new SocketNode("sub", "", new SocketSpec(SocketType.SUB, List.of(),
                SocketOptions.DEFAULTS.withSubscriptions(List.of("B", "C"))), Behaviour.Sink.logging(), null, null);
        Topology t = new Topology("recorded-python-pub", "interop test", null, List.of(
                python("py-pub", SocketType.PUB, List.of(tcp), "envpub.py", Integer.toString(port), "30"), sub),
                List.of(Wire.of("w1", "sub", "py-pub", tcp)), List.of());
        Path file = dir.resolve("run.zsrec");
        PythonRuns.Outcome r = PythonRuns.run(dir, t, "60s", List.of("peer.py", "envpub.py"), "--record", file.toString());
        assertEquals(60, r.at("/wires/w1/messages"));

        List<RecordedMessage> messages = recorded(file);
        assertEquals(60, messages.size());
        for (int n = 0; n < 30; n++) {
            RecordedMessage b = messages.get(2 * n);
            RecordedMessage c = messages.get(2 * n + 1);
            assertEquals("w1", b.wire());
            assertEquals("py-pub", b.sender());
            assertEquals("sub", b.receiver());
            assertEquals(-1, b.sentNanos(), "a program we do not run: its send time is not known");
            assertTrue(b.receivedNanos() > 0);
            assertArrayEquals("B".getBytes(StandardCharsets.UTF_8), b.frames().get(0));
            assertArrayEquals(("We would like to see this " + n).getBytes(StandardCharsets.UTF_8), b.frames().get(1));
            assertArrayEquals(new byte[] {(byte) 0xFF, 0x00, (byte) n}, c.frames().get(1), "binary frames exact");
        }
    }

    @Test
    void whatWePushToAPythonPullerIsRecordedAsSentToIt(@TempDir Path dir) throws Exception {
        int port = freePort();
        String tcp = "tcp://127.0.0.1:" + port;
        String template = "Message {n}: caf\u00e9 \u0000\u0001 \u2713 \u65e5\u672c";
        Topology t = new Topology("recorded-push-to-python", "interop test", null, List.of(
                SocketNode.of("pusher", SocketType.PUSH, new Behaviour.Generator(template, 0, 200, List.of(), 1, false)),
                python("py-pull", SocketType.PULL, List.of(tcp), "pull.py", Integer.toString(port), "200")),
                List.of(Wire.of("w1", "pusher", "py-pull", tcp)), List.of());
        Path file = dir.resolve("run.zsrec");
        PythonRuns.Outcome r = PythonRuns.run(dir, t, "40s", List.of("peer.py", "pull.py"), "--record", file.toString());
        assertEquals("OK 200 messages, byte-exact", r.linesOf("py-pull").getLast());

        List<RecordedMessage> messages = recorded(file);
        assertEquals(200, messages.size());
        for (int n = 0; n < 200; n++) {
            RecordedMessage m = messages.get(n);
            assertEquals("w1", m.wire());
            assertEquals("pusher", m.sender());
            assertEquals("py-pull", m.receiver());
            assertEquals(-1, m.receivedNanos(), "a program we do not run: its receipt time is not known");
            assertArrayEquals(("Message " + n + ": caf\u00e9 \u0000\u0001 \u2713 \u65e5\u672c").getBytes(StandardCharsets.UTF_8),
                    m.frames().getFirst());
        }
    }
}
