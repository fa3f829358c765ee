package dev.zmqstudio.runtime.broker;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests a client may get wrong are answered ERR and the broker goes on; envelopes of every client shape come back. */
@Timeout(60)
class BrokerRequestsTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> ask(ZMQ.Socket s, String... frames) {
        ZMsg msg = new ZMsg();
        for (String f : frames) {
            msg.add(f);
        }
        msg.send(s);
        ZMsg reply = ZMsg.recvMsg(s);
        assertTrue(reply != null, "an answer to " + List.of(frames));
        return reply.stream().map(f -> new String(f.getData(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void theEnvelopeEndsAfterTheIdentityOrAtTheDelimiterACommandFollows() {
        byte[] id = {0, 1, 2};
        assertEquals(1, BrokerActivity.bodyStart(List.of(id, b("PUB"), b("t"), new byte[0], b("k"))), "a DEALER, empty payload");
        assertEquals(2, BrokerActivity.bodyStart(List.of(id, new byte[0], b("PUB"), b("t"), b("x"))), "a REQ");
        assertEquals(3, BrokerActivity.bodyStart(List.of(id, b("proxy-id"), new byte[0], b("REG"), b("c"), b("t"))),
                "a REQ behind a ROUTER-DEALER proxy");
        assertEquals(1, BrokerActivity.bodyStart(List.of(id, b("HELLO"))), "no command: answered ERR after the identity");
    }

    @Test
    void badRequestsAreRefusedOneByOneAndTheBrokerGoesOn(@TempDir Path dir) throws Exception {
        String endpoint = "tcp://127.0.0.1:" + FreePorts.find();
        Topology t = Topology.empty("b").withNode(SocketNode.of("broker", SocketType.ROUTER, Behaviour.Broker.of(), endpoint));
        try (Engine engine = new Engine(t, EngineOptions.logTo(null).withOutputDir(dir)); ZContext zmq = new ZContext(1)) {
            engine.start();
            ZMQ.Socket client = dev.zmqstudio.runtime.ProgramSockets.create(zmq, org.zeromq.SocketType.DEALER);
            client.setReceiveTimeOut(10_000);
            client.connect(endpoint);
            assertEquals(List.of("REG", "c", "t", "0"), ask(client, "REG", "c", "t"));
            List<String> wait = ask(client, "FETCH", "c", "t", "1", "soon");
            assertEquals("ERR", wait.getFirst());
            assertEquals("waitMs must be a whole number, not 'soon'", wait.get(1));
            assertEquals("ERR", ask(client, "FETCH", "c", "t", "1", "99999999").getFirst(), "past the longest wait");
            List<String> long1 = ask(client, "PUB", "x".repeat(300), "payload");
            assertEquals(List.of("ERR", "the topic must be 1 to 255 bytes, not 300"), long1);
            assertEquals(List.of("ERR", "expected PUB topic payload [key] (3 or 4 frames), got 2 frames"), ask(client, "PUB", "t"));
            assertEquals(List.of("ACK", "t", "0", "k"), ask(client, "PUB", "t", "", "k"), "an empty payload is a message");
            assertEquals(List.of("MSGS", "t", "1", "0", ""), ask(client, "FETCH", "c", "t", "10"));

            // A REQ behind a ROUTER-DEALER proxy: two identities and the delimiter come back around the reply.
            ZMQ.Socket front = dev.zmqstudio.runtime.ProgramSockets.create(zmq, org.zeromq.SocketType.ROUTER);
            int frontPort = front.bindToRandomPort("tcp://127.0.0.1");
            ZMQ.Socket back = dev.zmqstudio.runtime.ProgramSockets.create(zmq, org.zeromq.SocketType.DEALER);
            back.connect(endpoint);
            Thread proxy = Thread.ofPlatform().daemon().start(() -> {
                try {
                    ZMQ.proxy(front, back, null);
                } catch (RuntimeException e) {
                    // the context closed
                }
            });
            ZMQ.Socket req = dev.zmqstudio.runtime.ProgramSockets.create(zmq, org.zeromq.SocketType.REQ);
            req.setReceiveTimeOut(10_000);
            req.connect("tcp://127.0.0.1:" + frontPort);
            assertEquals(List.of("ACK", "t", "1"), ask(req, "PUB", "t", "through a proxy"));
            assertTrue(proxy.isAlive());
        }
    }
}
