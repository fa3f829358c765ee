package dev.zmqstudio.io;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** What a hand-written file means when it leaves things out. */
class ReaderDefaultsTest {

    private static final String DESIGN_EXAMPLE = """
            {
              "format": 1,
              "name": "push-pull",
              "description": "Pusher binds tcp 5555 and sends one message a second; the puller logs them.",
              "settings": { "waitForConnections": true, "placement": "in-process" },
              "nodes": [
                {
                  "id": "pusher",
                  "type": "PUSH",
                  "label": "Pusher",
                  "binds": ["tcp://*:5555"],
                  "options": { "sendHwm": 1000, "receiveHwm": 1000, "subscriptions": ["10001"], "identity": "a" },
                  "behaviour": { "kind": "generator", "template": "Message {n}: Data from the pusher", "rate": 1, "count": 10, "topics": [], "seed": 1, "log": true },
                  "placement": "default",
                  "layout": { "x": 120, "y": 80 }
                },
                {
                  "id": "queue", "type": "QUEUE", "label": "Queue",
                  "frontend": { "binds": ["tcp://*:5559"], "options": { } },
                  "backend": { "binds": ["tcp://*:5560"] },
                  "placement": "default", "layout": { "x": 300, "y": 80 }
                }
              ],
              "wires": [ { "id": "w1", "from": "puller", "to": "pusher", "endpoint": "tcp://127.0.0.1:5555" },
                         { "id": "w2", "from": "client", "to": "queue", "toSide": "frontend", "endpoint": "tcp://127.0.0.1:5559" } ],
              "links": [ { "id": "l1", "from": "worker-in", "to": "worker-out", "filter": "json.num % 2 == 0", "transform": "msg" } ]
            }
            """;

    @Test
    void readsTheExampleOfTheFormatDescription() throws Exception {
        Topology t = TopologyFiles.parse(DESIGN_EXAMPLE, "example.json");
        SocketNode pusher = new SocketNode("pusher", "Pusher",
                new SocketSpec(SocketType.PUSH, List.of("tcp://*:5555"), new SocketOptions(1000, 1000, List.of("10001"), "a")),
                Behaviour.Generator.of("Message {n}: Data from the pusher", 1, 10), Placement.DEFAULT, new Position(120, 80));
        DeviceNode queue = new DeviceNode("queue", "Queue", DeviceType.QUEUE,
                SocketSpec.of(SocketType.ROUTER, "tcp://*:5559"), SocketSpec.of(SocketType.DEALER, "tcp://*:5560"),
                Placement.DEFAULT, new Position(300, 80));
        assertEquals(new Topology("push-pull",
                "Pusher binds tcp 5555 and sends one message a second; the puller logs them.", Settings.DEFAULTS,
                List.of(pusher, queue),
                List.of(Wire.of("w1", "puller", "pusher", "tcp://127.0.0.1:5555"),
                        new Wire("w2", "client", Side.MAIN, "queue", Side.FRONTEND, "tcp://127.0.0.1:5559")),
                List.of(new Link("l1", "worker-in", "worker-out", "json.num % 2 == 0", "msg"))), t);
    }

    @Test
    void fillsEveryOptionalFieldWithItsDefault() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": 1, "nodes": [{"id": "s", "type": "SUB"}, {"id": "f", "type": "FORWARDER"}]}""", "min.json");
        assertEquals(new Topology("", "", Settings.DEFAULTS,
                List.of(new SocketNode("s", "", SocketSpec.of(SocketType.SUB), Behaviour.Passive.INSTANCE,
                                Placement.DEFAULT, Position.ORIGIN),
                        new DeviceNode("f", "", DeviceType.FORWARDER,
                                SocketSpec.of(SocketType.XSUB), SocketSpec.of(SocketType.XPUB), Placement.DEFAULT, Position.ORIGIN)),
                List.of(), List.of()), t.mapNodes(n -> n.withPosition(Position.ORIGIN)));
        assertNotEquals(t.nodes().get(0).position(), t.nodes().get(1).position(),
                "nodes without a layout are placed apart (FlowLayoutTest), not on one spot");
    }

    @Test
    void fillsBehaviourDefaults() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": 1, "nodes": [
                  {"id": "g", "type": "PUB", "behaviour": {"kind": "generator", "template": "x"}},
                  {"id": "k", "type": "PULL", "behaviour": {"kind": "sink"}},
                  {"id": "r", "type": "REP", "behaviour": {"kind": "replier", "template": "y"}},
                  {"id": "q", "type": "REQ", "behaviour": {"kind": "requester", "template": "z"}},
                  {"id": "p", "type": "PAIR", "behaviour": {"kind": "passive"}}]}""", "b.json");
        assertEquals(List.of(
                        new Behaviour.Generator("x", 0, 0, List.of(), 1, true),
                        new Behaviour.Sink(true, "Received message: {msg}", null, null),
                        new Behaviour.Replier("y", true),
                        new Behaviour.Requester("z", 0, 0, true),
                        Behaviour.Passive.INSTANCE),
                t.nodes().stream().map(n -> ((SocketNode) n).behaviour()).toList());
    }

    @Test
    void fillsEachOptionFieldSeparately() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": 1, "nodes": [{"id": "s", "type": "SUB", "options": {"receiveHwm": 5}, "layout": {"y": 2.5}}]}""",
                "o.json");
        SocketNode node = (SocketNode) t.nodes().getFirst();
        assertEquals(new SocketOptions(1000, 5, List.of(), null), node.socket().options());
        assertEquals(new Position(0, 2.5), node.position());
    }

    @Test
    void ignoresSchemaReferenceAndLeadingByteOrderMark() throws Exception {
        Topology t = TopologyFiles.parse("\uFEFF{\"$schema\": \"./topology.schema.json\", \"format\": 1, \"nodes\": []}", "s.json");
        assertEquals(Topology.empty(""), t);
    }

    @Test
    void acceptsAnExplicitMainSideAndWholeNumbersWrittenWithAFraction() throws Exception {
        Topology t = TopologyFiles.parse("""
                {"format": 1.0, "nodes": [{"id": "g", "type": "PUSH",
                  "behaviour": {"kind": "generator", "template": "x", "count": 2.0}}],
                 "wires": [{"id": "w", "from": "a", "fromSide": "main", "to": "g", "endpoint": "e"}]}""", "m.json");
        assertEquals(Side.MAIN, t.wires().getFirst().fromSide());
        assertEquals(2, ((Behaviour.Generator) ((SocketNode) t.nodes().getFirst()).behaviour()).count());
    }
}
