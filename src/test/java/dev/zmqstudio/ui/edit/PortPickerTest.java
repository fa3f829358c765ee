package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New binds' ports and the ports in use before a run, against a machine described in code. */
@Timeout(5)
class PortPickerTest {

    /** A machine where these ports (on any host) are held by other programs; it remembers what was asked. */
    private static final class Machine implements PortProbe {
        final Set<Integer> held;
        final List<String> asked = new ArrayList<>();

        Machine(Integer... held) {
            this.held = Set.of(held);
        }

        @Override
        public boolean isFree(String host, int port) {
            asked.add(host + ":" + port);
            return !held.contains(port);
        }
    }

    private static SocketNode socket(String id, SocketType type, String... binds) {
        return SocketNode.of(id, type, null, binds);
    }

    @Test
    void newBindsStartAboveTheExamplesClassicPorts() {
        assertEquals("tcp://127.0.0.1:5601", new PortPicker(Ports.FIRST_PORT, new Machine()).freshTcp(Topology.empty("")));
        assertEquals("tcp://127.0.0.1:5601", Ports.freshTcp(Topology.empty("")));
    }

    @Test
    void aNewBindSkipsPortsOfTheTopologyAndPortsHeldOnTheMachine() {
        Topology t = Topology.empty("").withNode(socket("a", SocketType.PULL, "tcp://*:5601"))
                .withNode(socket("b", SocketType.PUSH))
                .withWire(Wire.of("w", "b", "a", "tcp://127.0.0.1:5603"));
        Machine machine = new Machine(5602, 5604);
        assertEquals("tcp://127.0.0.1:5605", new PortPicker(Ports.FIRST_PORT, machine).freshTcp(t));
        assertEquals(List.of("127.0.0.1:5602", "127.0.0.1:5604", "127.0.0.1:5605"), machine.asked,
                "the machine is asked only about ports the topology leaves free, on the loopback");
    }

    @Test
    void busyBindsAreFoundWithDistinctFreePortsOnTheirOwnHost() {
        Topology t = Topology.empty("")
                .withNode(socket("pusher", SocketType.PUSH, "tcp://*:5555"))
                .withNode(new DeviceNode("queue", "", DeviceType.QUEUE, SocketSpec.of(SocketType.ROUTER, "tcp://127.0.0.1:5559"),
                        SocketSpec.of(SocketType.DEALER, "tcp://127.0.0.1:5560"), Placement.DEFAULT, Position.ORIGIN))
                .withNode(socket("quiet", SocketType.PULL, "tcp://127.0.0.1:7000", "inproc://x"))
                .withNode(socket("script", SocketType.PUB, "tcp://*:5556").withPlacement(Placement.EXTERNAL));
        List<PortMove> busy = BusyPorts.find(t, new PortPicker(5601, new Machine(5555, 5556, 5559, 5560, 5601)));
        assertEquals(List.of(
                new PortMove("pusher", Side.MAIN, "tcp://*:5555", "tcp://*:5602"),
                new PortMove("queue", Side.FRONTEND, "tcp://127.0.0.1:5559", "tcp://127.0.0.1:5603"),
                new PortMove("queue", Side.BACKEND, "tcp://127.0.0.1:5560", "tcp://127.0.0.1:5604")), busy,
                "an external node's port is its program's business, and is left out");
    }

    @Test
    void movingABindTakesItsWiresAlongInOneUndoableEdit() {
        Topology t = Topology.empty("")
                .withNode(socket("pusher", SocketType.PUSH, "tcp://*:5555", "tcp://127.0.0.1:7000"))
                .withNode(socket("a", SocketType.PULL)).withNode(socket("b", SocketType.PULL))
                .withNode(socket("c", SocketType.PULL))
                .withWire(Wire.of("wa", "a", "pusher", "tcp://127.0.0.1:5555"))
                .withWire(Wire.of("wb", "b", "pusher", "tcp://localhost:5555"))
                .withWire(Wire.of("wc", "c", "pusher", "tcp://127.0.0.1:7000"));
        Edit edit = BusyPorts.move(List.of(new PortMove("pusher", Side.MAIN, "tcp://*:5555", "tcp://*:5601")));
        Topology moved = edit.execute(t);
        assertEquals(List.of("tcp://*:5601", "tcp://127.0.0.1:7000"), moved.node("pusher").orElseThrow().socket(Side.MAIN).binds());
        assertEquals("tcp://127.0.0.1:5601", moved.wire("wa").orElseThrow().endpoint());
        assertEquals("tcp://localhost:5601", moved.wire("wb").orElseThrow().endpoint(), "each wire keeps its host");
        assertEquals("tcp://127.0.0.1:7000", moved.wire("wc").orElseThrow().endpoint(), "the other bind's wire stays");
        assertEquals("Move port 5555 of pusher to a free port", edit.description());
        assertEquals(t, edit.undo(moved));
        assertTrue(dev.zmqstudio.model.Validator.validate(moved).stream().noneMatch(p -> p.isError()));
    }
}
