package dev.zmqstudio.runtime.security;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.ChildTopologies;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A secured wire carries no plaintext: two runs (the pusher's and the puller's, each with the other as an external
 * node, as on two hosts) talk through a TCP relay that keeps every byte; the puller gets every message, the relay saw
 * none of their text. With the wire plain, the same relay sees it: the capture can tell.
 */
@Timeout(60)
class CurveWireTest {
    private static final String SECRET = "the secret payload";
    private static final int MESSAGES = 200;

    /** Copies bytes both ways between a client and the server at {@code serverPort}, keeping a copy of all of them. */
    private static final class Relay implements AutoCloseable {
        final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final ByteArrayOutputStream seen = new ByteArrayOutputStream();

        /** Each connection is relayed; one made before the server binds is closed, and ZeroMQ connects again. */
        Relay(int serverPort) throws IOException {
            Thread.ofPlatform().daemon().start(() -> {
                while (!listener.isClosed()) {
                    try {
                        Socket client = listener.accept();
                        Thread.ofPlatform().daemon().start(() -> relay(client, serverPort));
                    } catch (IOException e) {
                        return; // the run ended: the relay ends with it
                    }
                }
            });
        }

        private void relay(Socket client, int serverPort) {
            try (client; Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort)) {
                Thread back = Thread.ofPlatform().daemon().start(() -> pump(server, client));
                pump(client, server);
                back.join();
            } catch (IOException | InterruptedException e) {
                // the server is not there yet, or the run ended
            }
        }

        private void pump(Socket from, Socket to) {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (seen) {
                        seen.write(buffer, 0, n);
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // closed
            }
        }

        String captured() {
            synchronized (seen) {
                return seen.toString(StandardCharsets.ISO_8859_1);
            }
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }
    }

    /**
     * One run's half: the puller binds {@code endpoint} (the CURVE server), the pusher connects to it (the client), and
     * the other half's node is external. The connecting pusher queues its messages on its side of the wire, which
     * outlives a connection JeroMQ drops before its handshake: no message depends on the first connection.
     */
    private static Topology half(boolean pusherHere, String endpoint, boolean curve, Placement pullerPlacement) {
        SocketNode pusher = SocketNode.of("pusher", SocketType.PUSH,
                pusherHere ? new Behaviour.Generator(SECRET + " {n}", 0, MESSAGES, List.of(), 1, false) : Behaviour.Passive.INSTANCE);
        SocketNode puller = SocketNode.of("puller", SocketType.PULL, pusherHere ? Behaviour.Passive.INSTANCE
                : new Behaviour.Sink(false, null, null, null), endpoint);
        return new Topology(pusherHere ? "sender" : "receiver", "", null,
                List.of(pusherHere ? pusher : pusher.withPlacement(Placement.EXTERNAL),
                        pusherHere ? puller.withPlacement(Placement.EXTERNAL) : puller.withPlacement(pullerPlacement)),
                List.of(Wire.of("w", "pusher", "puller", endpoint).withCurve(curve)), List.of());
    }

    /** Runs both halves through a relay (the pusher connects to it, it connects to the puller); returns what it saw. */
    private static String runThroughRelay(Path dir, boolean curve, Placement pullerPlacement) throws Exception {
        String direct = "tcp://127.0.0.1:" + FreePorts.find();
        Topology receiver = half(false, direct, curve, pullerPlacement);
        if (curve) {
            KeyFolder.beside(dir).generate(KeyFolder.nodesNeedingKeys(receiver), false);
        }
        try (Relay relay = new Relay(Integer.parseInt(direct.substring(direct.lastIndexOf(':') + 1)))) {
            Topology sender = half(true, "tcp://127.0.0.1:" + relay.listener.getLocalPort(), curve, Placement.DEFAULT);
            EngineOptions options = EngineOptions.logTo(null).withCommandDir(dir).withOutputDir(dir)
                    .withChildren(ChildTopologies.launch());
            try (Engine receiving = new Engine(receiver, options); Engine sending = new Engine(sender, options)) {
                receiving.start();
                sending.start(); // its gate waits for its connection's handshake
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (receiving.snapshot().node("puller").received() < MESSAGES && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(10_000_000L);
                }
                assertEquals(MESSAGES, receiving.snapshot().node("puller").received(), () -> "every message arrived;"
                        + " sender " + sending.snapshot().nodes() + "; receiver " + receiving.snapshot().nodes());
            }
            return relay.captured();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Placement.class, names = {"IN_PROCESS", "CHILD_PROCESS"})
    void aSecuredWireCarriesEveryMessageAndNoPlaintext(Placement pullerPlacement, @TempDir Path dir) throws Exception {
        String seen = runThroughRelay(dir, true, pullerPlacement);
        assertTrue(seen.length() > MESSAGES * SECRET.length(), "the relay carried the messages: " + seen.length() + " bytes");
        assertFalse(seen.contains(SECRET), "no message text crossed the wire in the clear");
        assertFalse(seen.contains("PUSH"), "not even the socket type of the handshake");
    }

    @Test
    void thePlainWireShowsItsTextToTheSameRelay(@TempDir Path dir) throws Exception {
        assertTrue(runThroughRelay(dir, false, Placement.IN_PROCESS).contains(SECRET + " 7"), "the capture can see plaintext");
    }
}
