package dev.zmqstudio.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A wire reads the way its data goes, then says who binds: "puller -> pusher" was backwards for people. */
class WireReadingTest {

    private static Topology pullConnectsToBindingPush() {
        return new Topology("t", "", Settings.DEFAULTS, List.of(
                SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("x", 1, 0)),
                SocketNode.of("puller", SocketType.PULL, Behaviour.Sink.logging())),
                List.of(Wire.of("w1", "puller", "pusher", "tcp://127.0.0.1:6100")), List.of());
    }

    @Test
    void dataRunsFromTheBindingPushToTheConnectingPull() {
        Topology t = pullConnectsToBindingPush();
        Wire w = t.wire("w1").orElseThrow();
        Compatibility.Flow flow = WireReading.flow(t, w);
        assertEquals(Compatibility.Flow.TO_CONNECTOR, flow);
        assertEquals("pusher → puller, pusher binds", WireReading.of(w.from(), w.to(), flow, "→", "↔"));
        assertEquals("pusher -> puller", WireReading.ends(w.from(), w.to(), flow, "->", "<->"));
    }

    @Test
    void dataTowardsTheBinderReadsFromTheConnector() {
        assertEquals("producer -> worker, worker binds",
                WireReading.of("producer", "worker", Compatibility.Flow.TO_BINDER, "->", "<->"));
    }

    @Test
    void bothWaysReadsConnectorFirst() {
        assertEquals("client ↔ server, server binds", WireReading.of("client", "server", Compatibility.Flow.BOTH, "→", "↔"));
    }

    @Test
    void aWireToASideTheNodeLacksHasNoDirection() {
        Topology t = pullConnectsToBindingPush().withNode(DeviceNode.of("queue", DeviceType.QUEUE,
                "tcp://127.0.0.1:6101", "tcp://127.0.0.1:6102"));
        Wire toMain = Wire.of("w3", "puller", "queue", "tcp://127.0.0.1:6101"); // a device has frontend and backend
        assertEquals(Compatibility.Flow.NONE, WireReading.flow(t, toMain));
    }

    @Test
    void aWireWithAMissingEndHasNoDirection() {
        Topology t = pullConnectsToBindingPush();
        assertEquals(Compatibility.Flow.NONE, WireReading.flow(t, Wire.of("w2", "gone", "pusher", "tcp://127.0.0.1:6100")));
    }
}
