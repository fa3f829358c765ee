package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Validator;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An external node is a peer we do not run: our side binds or connects as drawn, and counts stay exact. */
@Timeout(30)
class ExternalNodeTest {

    @Test
    void aProgramConnectingToOurBoundPushGetsEveryMessageByteForByteAndTheWireIsCounted() throws Exception {
        int port = FreePorts.find();
        String template = "Message {n}: caf\u00e9 \u2713";
        Topology t = Topology.empty("ext")
                .withNode(SocketNode.of("pusher", SocketType.PUSH, new Behaviour.Generator(template, 0, 100, List.of(), 1, false),
                        "tcp://127.0.0.1:" + port))
                .withNode(SocketNode.of("program", SocketType.PULL, Behaviour.Passive.INSTANCE).withPlacement(Placement.EXTERNAL))
                .withWire(Wire.of("w1", "program", "pusher", "tcp://127.0.0.1:" + port));
        assertEquals(List.of(), Validator.validate(t));
        // The program is already trying to connect when Run is pressed (see the note on the REP test).
        try (ZContext zmq = new ZContext()) {
            ZMQ.Socket pull = zmq.createSocket(org.zeromq.SocketType.PULL);
            pull.setReceiveTimeOut(10_000);
            pull.connect("tcp://127.0.0.1:" + port);
            try (EngineHarness h = new EngineHarness(t)) {
            for (int n = 0; n < 100; n++) {
                int number = n;
                assertArrayEquals(("Message " + n + ": caf\u00e9 \u2713").getBytes(StandardCharsets.UTF_8), pull.recv(),
                        () -> "message " + number + "; the engine saw: " + h.engine.snapshot());
            }
            pull.setReceiveTimeOut(200);
            assertNull(pull.recv(), "exactly 100");
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(10), x -> x.wire("w1").messages() == 100);
            assertEquals(100, s.node("pusher").sent());
            assertNull(s.node("program"), "an external node without a command is not ours to report");
            }
        }
    }

    @Test
    void aRequestFromAProgramConnectingToOurRepIsAnsweredAndCountedOnItsWire() throws Exception {
        int port = FreePorts.find();
        Topology t = Topology.empty("ext")
                .withNode(SocketNode.of("server", SocketType.REP, new Behaviour.Replier("{msg}", false), "tcp://127.0.0.1:" + port))
                .withNode(SocketNode.of("program", SocketType.REQ, Behaviour.Passive.INSTANCE).withPlacement(Placement.EXTERNAL))
                .withWire(Wire.of("w1", "program", "server", "tcp://127.0.0.1:" + port));
        assertEquals(List.of(), Validator.validate(t));
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        // The program is a plain JeroMQ client with the 30 s default handshake timeout; about one fresh JeroMQ
        // connection in fifty never starts its handshake (see ConnectHandshakeRecoveryTest). One already trying
        // to connect when the engine binds goes through JeroMQ's reconnect path, which does not meet it.
        try (ZContext zmq = new ZContext()) {
            ZMQ.Socket req = zmq.createSocket(org.zeromq.SocketType.REQ);
            req.setReceiveTimeOut(10_000);
            req.connect("tcp://127.0.0.1:" + port);
            try (EngineHarness h = new EngineHarness(t)) {
            for (int n = 0; n < 10; n++) {
                req.send(binary);
                assertArrayEquals(binary, req.recv(), "the echo is byte-exact");
            }
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(10), x -> x.wire("w1").messages() == 20);
            assertEquals(10, s.node("server").received());
            }
        }
    }
}
