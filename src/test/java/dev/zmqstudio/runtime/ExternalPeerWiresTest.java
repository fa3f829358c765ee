package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.WireState;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A program that connects to one of our bound sockets: its wire's state follows our socket's monitor events. */
@Timeout(30)
class ExternalPeerWiresTest {

    @Test
    void aProgramPushingIntoOurPullIsPendingThenConnectedThenDisconnectedAndCountedByItsAddress() throws Exception {
        int port = FreePorts.find();
        Topology t = Topology.empty("ext")
                .withNode(SocketNode.of("puller", SocketType.PULL, new Behaviour.Sink(false, null, null, null),
                        "tcp://127.0.0.1:" + port))
                .withNode(SocketNode.of("program", SocketType.PUSH, Behaviour.Passive.INSTANCE).withPlacement(Placement.EXTERNAL))
                .withWire(Wire.of("w1", "program", "puller", "tcp://127.0.0.1:" + port));
        try (EngineHarness h = new EngineHarness(t); ZContext zmq = new ZContext()) {
            assertEquals(WireState.PENDING, h.engine.snapshot().wire("w1").state(), "nothing has connected yet");
            ZMQ.Socket push = ProgramSockets.create(zmq, org.zeromq.SocketType.PUSH);
            push.connect("tcp://127.0.0.1:" + port);
            for (int n = 0; n < 50; n++) {
                push.send("Message " + n);
            }
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(10), x -> x.wire("w1").messages() == 50);
            assertEquals(WireState.CONNECTED, s.wire("w1").state());
            assertTrue(s.wire("w1").exact());
            Map<String, Long> perSender = carriedSomething(s.node("puller").perSender());
            assertEquals(1, perSender.size(), perSender.toString());
            String address = perSender.keySet().iterator().next();
            assertTrue(address.matches("127\\.0\\.0\\.1:\\d+"), "the program goes by its address: " + address);
            assertEquals(50L, perSender.get(address));
            zmq.destroySocket(push);
            h.awaitSnapshot(Duration.ofSeconds(10), x -> x.wire("w1").state() == WireState.DISCONNECTED);
        }
    }

    @Test
    void aProgramConnectingToANodeInAChildProcessIsSeenThereAndReportedHere() throws Exception {
        int port = FreePorts.find();
        Topology t = Topology.empty("ext")
                .withNode(SocketNode.of("puller", SocketType.PULL, new Behaviour.Sink(false, null, null, null),
                        "tcp://127.0.0.1:" + port).withPlacement(Placement.CHILD_PROCESS))
                .withNode(SocketNode.of("program", SocketType.PUSH, Behaviour.Passive.INSTANCE).withPlacement(Placement.EXTERNAL))
                .withWire(Wire.of("w1", "program", "puller", "tcp://127.0.0.1:" + port));
        try (EngineHarness h = new EngineHarness(t, ChildTopologies.launch()); ZContext zmq = new ZContext()) {
            ZMQ.Socket push = ProgramSockets.create(zmq, org.zeromq.SocketType.PUSH);
            push.connect("tcp://127.0.0.1:" + port);
            for (int n = 0; n < 40; n++) {
                push.send("Message " + n);
            }
            // One condition: a snapshot reads the node's counts and the wire's a moment apart.
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(20), x -> x.wire("w1").messages() == 40
                    && x.wire("w1").state() == WireState.CONNECTED && x.node("puller").received() == 40);
            assertTrue(s.wire("w1").exact());
        }
    }

    @Test
    void ourOwnConnectionToTheSameSocketIsNotTakenForTheProgram() throws Exception {
        int port = FreePorts.find();
        Topology t = pullerOfOursAndAProgram(port);
        try (ZContext zmq = new ZContext()) {
            ZMQ.Socket push = ProgramSockets.create(zmq, org.zeromq.SocketType.PUSH);
            push.connect("tcp://127.0.0.1:" + port); // already trying when the run starts, as a program would be
            try (EngineHarness h = new EngineHarness(t)) {
                for (int n = 0; n < 30; n++) {
                    push.send("program " + n);
                }
                // One condition: a snapshot reads the per-sender counts, the node's and the wires' a moment apart.
                EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(10),
                        x -> x.node("puller").received() == 50 && x.wire("w-program").messages() == 30
                                && x.wire("w-ours").messages() == 20
                                && Long.valueOf(20).equals(x.node("puller").perSender().get("ours")));
                assertEquals(WireState.CONNECTED, s.wire("w-ours").state());
                assertEquals(WireState.CONNECTED, s.wire("w-program").state());
                assertTrue(h.linesOf("engine").isEmpty(), "the gate saw the program connect: " + h.lines);
            }
        }
    }

    /**
     * Our node that connects to the port was killed and stays down, so a new connection there cannot be its next one:
     * a program that connects meanwhile counts on its wire at once, while the run goes on.
     */
    @Test
    void aProgramConnectingWhileOurNodeOnThatPortIsKilledCountsOnItsWireAtOnce() throws Exception {
        int port = FreePorts.find();
        Topology t = pullerOfOursAndAProgram(port);
        try (ZContext zmq = new ZContext(); EngineHarness h = new EngineHarness(t)) {
            h.awaitSnapshot(Duration.ofSeconds(10), x -> x.wire("w-ours").messages() == 20);
            assertTrue(h.engine.killNode("ours"));
            ZMQ.Socket push = ProgramSockets.create(zmq, org.zeromq.SocketType.PUSH);
            push.connect("tcp://127.0.0.1:" + port);
            for (int n = 0; n < 30; n++) {
                push.send("program " + n);
            }
            h.awaitSnapshot(Duration.ofSeconds(10), x -> x.wire("w-program").messages() == 30
                    && x.wire("w-program").state() == dev.zmqstudio.runtime.engine.WireState.CONNECTED);
            h.engine.stop();
            EngineSnapshot s = h.engine.snapshot();
            assertEquals(30, s.wire("w-program").messages(), s.wires().toString());
            assertEquals(20, s.wire("w-ours").messages());
            assertEquals(50, s.node("puller").received());
        }
    }

    /** As above at a ROUTER: the program's requests and what it replied to them count on the program's wire at once. */
    @Test
    void ourRoutersRepliesToAProgramThatAskedWhileOurClientWasKilledCountOnItsWireAtOnce() throws Exception {
        int port = FreePorts.find();
        Topology t = echoServerOf(port,
                SocketNode.of("ours", SocketType.REQ, new Behaviour.Requester("ours {n}", 50, 0, false)), "w-ours",
                programNode("program"), "w-program");
        try (ZContext zmq = new ZContext(); EngineHarness h = new EngineHarness(t)) {
            h.awaitSnapshot(Duration.ofSeconds(10), x -> x.node("ours").received() >= 5);
            assertTrue(h.engine.killNode("ours"));
            h.awaitSnapshot(Duration.ofSeconds(10), x -> x.node("ours").state() == dev.zmqstudio.runtime.engine.NodeState.STOPPED);
            ask(zmq, port, "alice", 3);
            h.awaitSnapshot(Duration.ofSeconds(10), x -> x.wire("w-program").messages() == 6);
            h.engine.stop();
            EngineSnapshot s = h.engine.snapshot();
            assertEquals(6, s.wire("w-program").messages(), "3 requests and the 3 replies: " + s.wires());
            assertEquals(s.node("server").received() + s.node("server").sent() - 6, s.wire("w-ours").messages());
        }
    }

    @Test
    void programsAskingOurRouterGoByTheIdentityTheyGaveAndWhatItRepliesToEachIsCountedExactly() throws Exception {
        int port = FreePorts.find();
        Topology t = echoServerOf(port, programNode("program-a"), "w-a", programNode("program-b"), "w-b");
        try (EngineHarness h = new EngineHarness(t); ZContext zmq = new ZContext()) {
            ask(zmq, port, "alice", 3);
            ask(zmq, port, "bob", 5);
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(10), x -> x.node("server").sent() == 8);
            assertEquals(Map.of("alice", 3L, "bob", 5L), carriedSomething(s.node("server").perSender()));
            List<Long> perWire = List.of(s.wire("w-a").messages(), s.wire("w-b").messages());
            assertTrue(perWire.equals(List.of(6L, 10L)) || perWire.equals(List.of(10L, 6L)),
                    "each program's requests and the replies routed to it: " + s.wires());
            assertTrue(s.wire("w-a").exact() && s.wire("w-b").exact(), "a ROUTER knows whom it replies to");
        }
    }

    /** A PULL on {@code port} that "ours" (20 messages) and a program we do not run both push to. */
    private static Topology pullerOfOursAndAProgram(int port) {
        return Topology.empty("ext")
                .withNode(SocketNode.of("puller", SocketType.PULL, new Behaviour.Sink(false, null, null, null),
                        "tcp://127.0.0.1:" + port))
                .withNode(SocketNode.of("ours", SocketType.PUSH, new Behaviour.Generator("ours {n}", 0, 20, List.of(), 1, false)))
                .withNode(SocketNode.of("program", SocketType.PUSH, Behaviour.Passive.INSTANCE).withPlacement(Placement.EXTERNAL))
                .withWire(Wire.of("w-ours", "ours", "puller", "tcp://127.0.0.1:" + port))
                .withWire(Wire.of("w-program", "program", "puller", "tcp://127.0.0.1:" + port));
    }

    /** A ROUTER echo server on {@code port} that two REQ nodes connect to, over the wires named after each. */
    private static Topology echoServerOf(int port, SocketNode first, String firstWire, SocketNode second, String secondWire) {
        return Topology.empty("ext")
                .withNode(SocketNode.of("server", SocketType.ROUTER, new Behaviour.Replier("{msg}", false),
                        "tcp://127.0.0.1:" + port))
                .withNode(first)
                .withNode(second)
                .withWire(Wire.of(firstWire, first.id(), "server", "tcp://127.0.0.1:" + port))
                .withWire(Wire.of(secondWire, second.id(), "server", "tcp://127.0.0.1:" + port));
    }

    /** A REQ program we do not run. */
    private static SocketNode programNode(String id) {
        return SocketNode.of(id, SocketType.REQ, Behaviour.Passive.INSTANCE).withPlacement(Placement.EXTERNAL);
    }

    /** The senders that sent something: a connection given up on before its handshake is listed with 0. */
    private static Map<String, Long> carriedSomething(Map<String, Long> perSender) {
        Map<String, Long> out = new java.util.HashMap<>(perSender);
        out.values().removeIf(n -> n == 0);
        return out;
    }

    private static void ask(ZContext zmq, int port, String identity, int requests) {
        ZMQ.Socket req = ProgramSockets.create(zmq, org.zeromq.SocketType.REQ);
        req.setIdentity(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        req.setReceiveTimeOut(10_000);
        req.connect("tcp://127.0.0.1:" + port);
        for (int n = 0; n < requests; n++) {
            req.send(identity + " " + n);
            assertEquals(identity + " " + n, req.recvStr(), "the echo");
        }
    }
}
