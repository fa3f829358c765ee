package dev.zmqstudio.ui.run;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.model.WireFaults;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An edit made while running applies live only when all it changed is wires' faults. */
class LiveFaultsTest {
    private static final Topology T = Topology.empty("t")
            .withNode(SocketNode.of("a", SocketType.PUSH, Behaviour.Passive.INSTANCE, "tcp://127.0.0.1:7001"))
            .withNode(SocketNode.of("b", SocketType.PULL, Behaviour.Passive.INSTANCE))
            .withWire(Wire.of("w1", "b", "a", "tcp://127.0.0.1:7001").withFaults(WireFaults.NONE));

    @Test
    void aFaultChangeIsLiveAndAnyOtherEditIsNot() {
        Topology cut = T.replaceWire(T.wire("w1").orElseThrow().withFaults(WireFaults.NONE.withCut(true)));
        assertEquals(Map.of("w1", WireFaults.NONE.withCut(true)), LiveFaults.changedFaults(T, cut));
        Map<String, WireFaults> removed = new HashMap<>();
        removed.put("w1", null);
        assertEquals(removed, LiveFaults.changedFaults(T, T.replaceWire(T.wire("w1").orElseThrow().withFaults(null))));
        assertNull(LiveFaults.changedFaults(T, cut.withName("renamed")), "a fault and something else: next Run");
        assertNull(LiveFaults.changedFaults(T, T.replaceWire(T.wire("w1").orElseThrow().withEndpoint("tcp://127.0.0.1:7002"))));
        assertNull(LiveFaults.changedFaults(T, T), "nothing changed");
    }
}
