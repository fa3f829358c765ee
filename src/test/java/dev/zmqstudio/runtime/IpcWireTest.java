package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.child.ChildLaunch;
import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An ipc wire is counted like a tcp one, exactly, whichever end binds and whichever way the messages go. */
@Timeout(120)
class IpcWireTest {
    private static final Behaviour SINK = new Behaviour.Sink(false, null, null, null);

    /**
     * An ipc name whose loopback port (JeroMQ carries ipc over tcp, on a port derived from the name) is free now:
     * tests do not meet each other or another program there.
     */
    private static String freeIpc() {
        for (int attempt = 0; attempt < 50; attempt++) {
            String name = "zs-test-" + UUID.randomUUID();
            InetSocketAddress at = (InetSocketAddress) new zmq.io.net.ipc.IpcAddress(name).address();
            try (ServerSocket probe = new ServerSocket(at.getPort(), 1, at.getAddress())) {
                return "ipc://" + name;
            } catch (IOException taken) {
                // try another name
            }
        }
        throw new IllegalStateException("no free port for an ipc name");
    }

    private static Topology topology(List<dev.zmqstudio.model.Node> nodes, Wire wire) {
        return new Topology("ipc", "", Settings.DEFAULTS, nodes, List.of(wire), List.of());
    }

    @Test
    void messagesTowardsTheConnectingEndAreCounted() throws Exception {
        String ipc = freeIpc();
        Topology t = topology(List.of(
                SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("m {n}", 0, 20), ipc),
                SocketNode.of("puller", SocketType.PULL, SINK)), Wire.of("w1", "puller", "pusher", ipc));
        assertCountedExactly(t, "puller", 20, null);
    }

    @Test
    void messagesTowardsTheBindingEndAreCounted() throws Exception {
        String ipc = freeIpc();
        Topology t = topology(List.of(
                SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("m {n}", 0, 20)),
                SocketNode.of("puller", SocketType.PULL, SINK, ipc)), Wire.of("w1", "pusher", "puller", ipc));
        assertCountedExactly(t, "puller", 20, null);
    }

    @Test
    void requestsAndRepliesAreBothCounted() throws Exception {
        String ipc = freeIpc();
        Topology t = topology(List.of(
                SocketNode.of("client", SocketType.REQ, new Behaviour.Requester("Hello {n}", 0, 10, false)),
                SocketNode.of("server", SocketType.REP, new Behaviour.Replier("World", false), ipc)),
                Wire.of("w1", "client", "server", ipc));
        assertCountedExactly(t, "client", 20, null);
    }

    @Test
    void aReceiverInAChildProcessCountsItsIpcWireToo() throws Exception {
        String ipc = freeIpc();
        Topology t = topology(List.of(
                SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("m {n}", 0, 20), ipc),
                SocketNode.of("puller", SocketType.PULL, SINK).withPlacement(Placement.CHILD_PROCESS)),
                Wire.of("w1", "puller", "pusher", ipc));
        assertCountedExactly(t, "puller", 20, ChildTopologies.launch());
    }

    private static void assertCountedExactly(Topology t, String receiver, long messages, ChildLaunch children) throws Exception {
        try (EngineHarness h = new EngineHarness(t, children)) {
            EngineSnapshot s = h.awaitQuiet(Duration.ofSeconds(60), Duration.ofMillis(300));
            assertEquals(messages, s.wire("w1").messages(), "the wire's count");
            assertTrue(s.wire("w1").exact(), "counted, not estimated");
            long received = s.node(receiver).received();
            String sender = t.wires().getFirst().from().equals(receiver) ? t.wires().getFirst().to() : t.wires().getFirst().from();
            assertEquals(Map.of(sender, received), s.node(receiver).perSender(), "who sent what the receiver got");
        }
    }
}
