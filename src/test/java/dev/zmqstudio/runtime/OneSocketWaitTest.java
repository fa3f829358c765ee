package dev.zmqstudio.runtime;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.engine.EngineHarness;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A node with one socket and something to send on a schedule waits for messages on its socket, up to the next send
 * (not through a poller): its sends keep their schedule while it waits, and what it receives meanwhile is handled.
 */
@Timeout(60)
class OneSocketWaitTest {

    @Test
    void aDealerSendingAtARateKeepsSendingWhileItWaitsAndGetsEveryReply() throws Exception {
        String endpoint = "tcp://127.0.0.1:" + FreePorts.find();
        Topology t = new Topology("dealer-router", "", Settings.DEFAULTS, List.of(
                SocketNode.of("server", SocketType.ROUTER, new Behaviour.Replier("ack {msg}", false), endpoint),
                SocketNode.of("client", SocketType.DEALER, new Behaviour.Generator("job {n}", 200, 60, List.of(), 1, true))),
                List.of(Wire.of("w", "client", "server", endpoint)), List.of());
        try (EngineHarness h = new EngineHarness(t)) {
            EngineSnapshot s = h.awaitSnapshot(Duration.ofSeconds(30), snap -> snap.node("client").received() == 60);
            assertEquals(60, s.node("client").sent());
            assertEquals(60, h.linesOf("client").stream().filter(l -> l.startsWith("Received message: ack job")).count(),
                    "each reply handled (logged), not only counted: " + h.linesOf("client"));
            assertEquals(60, s.node("server").received());
            assertEquals(60, s.node("server").sent());
        }
    }

    @Test
    void aRequesterAtARateHasEachRequestAnswered() throws Exception {
        String endpoint = "inproc://answers-" + FreePorts.find();
        Topology t = new Topology("req-rep", "", Settings.DEFAULTS, List.of(
                SocketNode.of("server", SocketType.REP, new Behaviour.Replier("answer {msg}", true), endpoint),
                SocketNode.of("client", SocketType.REQ, new Behaviour.Requester("question {n}", 100, 20, true))),
                List.of(Wire.of("w", "client", "server", endpoint)), List.of());
        try (EngineHarness h = new EngineHarness(t)) {
            h.awaitSnapshot(Duration.ofSeconds(30), snap -> snap.node("client").received() == 20);
            List<String> replies = h.linesOf("client").stream().filter(l -> l.contains("answer question")).toList();
            assertEquals(20, replies.size(), h.linesOf("client").toString());
        }
    }
}
