package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@Timeout(5)
class WiringTest {

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (SocketType a : SocketType.values()) {
            for (SocketType b : SocketType.values()) {
                pairs.add(Arguments.of(a, b));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void theEditorAllowsExactlyTheZmtpPairs(SocketType a, SocketType b) {
        Topology t = Topology.empty("").withNode(SocketNode.of("a", a, null)).withNode(SocketNode.of("b", b, null));
        Wiring.Verdict v = Wiring.check(t, new NodeRef("a", Side.MAIN), "b", null);
        assertEquals(Compatibility.compatible(a, b), v.allowed());
        assertEquals(Compatibility.whyNot(a, b).orElse(null), v.refusal());
    }

    @Test
    void aDeviceTargetAttachesToTheCompatibleSide() {
        Topology t = Topology.empty("")
                .withNode(SocketNode.of("w", SocketType.PULL, null))
                .withNode(new DeviceNode("s", "", DeviceType.STREAMER, null, null, Placement.DEFAULT, Position.ORIGIN));
        assertEquals(Side.BACKEND, Wiring.check(t, new NodeRef("w", Side.MAIN), "s", null).targetSide());
        Topology withPush = t.withNode(SocketNode.of("p", SocketType.PUSH, null));
        assertEquals(Side.FRONTEND, Wiring.check(withPush, new NodeRef("p", Side.MAIN), "s", null).targetSide());
    }

    @Test
    void connectPicksTheFirstFreePortAndSwapMovesTheBind() {
        Topology t = Topology.empty("")
                .withNode(SocketNode.of("old", SocketType.PUB, null, "tcp://*:5555"))
                .withNode(SocketNode.of("push", SocketType.PUSH, null))
                .withNode(SocketNode.of("pull", SocketType.PULL, null));
        Topology wired = Wiring.connect(new NodeRef("push", Side.MAIN), "pull", Side.MAIN, Ports.freshTcp(t)).execute(t);
        assertEquals(List.of("tcp://127.0.0.1:5601"), wired.node("pull").orElseThrow().socket(Side.MAIN).binds());
        Wire wire = wired.wire("wire-1").orElseThrow();
        assertEquals("tcp://127.0.0.1:5601", wire.endpoint());
        Topology swapped = Wiring.swap("wire-1", "tcp://127.0.0.1:9999").execute(wired);
        assertEquals(List.of(), swapped.node("pull").orElseThrow().socket(Side.MAIN).binds());
        assertEquals(List.of("tcp://127.0.0.1:5601"), swapped.node("push").orElseThrow().socket(Side.MAIN).binds());
        assertEquals(new Wire("wire-1", "pull", Side.MAIN, "push", Side.MAIN, "tcp://127.0.0.1:5601"),
                swapped.wire("wire-1").orElseThrow());
    }

    @Test
    void aWildcardBindIsReachedThroughLocalhost() {
        Topology t = Topology.empty("")
                .withNode(SocketNode.of("pub", SocketType.PUB, null, "tcp://*:7000"))
                .withNode(SocketNode.of("sub", SocketType.SUB, null));
        Topology wired = Wiring.connect(new NodeRef("sub", Side.MAIN), "pub", Side.MAIN, "tcp://127.0.0.1:9999").execute(t);
        assertEquals("tcp://127.0.0.1:7000", wired.wire("wire-1").orElseThrow().endpoint());
        assertEquals(List.of("tcp://*:7000"), wired.node("pub").orElseThrow().socket(Side.MAIN).binds());
        assertNull(Wiring.check(wired, new NodeRef("sub", Side.MAIN), "pub", null).refusal());
    }
}
