package dev.zmqstudio.io;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
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

import java.util.ArrayList;
import java.util.List;

/** Topologies for io tests, built in code so that nothing but the model decides what they mean. */
final class SampleTopologies {

    private SampleTopologies() {
    }

    static Topology pushPull() {
        SocketNode pusher = new SocketNode("pusher", "Pusher", SocketSpec.of(SocketType.PUSH, "tcp://*:5555"),
                Behaviour.Generator.of("Message {n}: Data from the pusher", 1, 10),
                Placement.DEFAULT, new Position(120, 80));
        SocketNode puller = new SocketNode("puller", "Puller", SocketSpec.of(SocketType.PULL),
                Behaviour.Sink.logging(), Placement.DEFAULT, new Position(360, 80));
        return new Topology("push-pull", "Pusher binds tcp 5555; the puller logs.", Settings.DEFAULTS,
                List.of(pusher, puller), List.of(Wire.of("w1", "puller", "pusher", "tcp://127.0.0.1:5555")), List.of());
    }

    /** One node of every type, every behaviour, non-default options and settings, sides and links. */
    static Topology everything() {
        List<Node> nodes = new ArrayList<>();
        int x = 0;
        for (SocketType type : SocketType.values()) {
            nodes.add(new SocketNode(type.name().toLowerCase(), "A " + type, SocketSpec.of(type, "tcp://*:" + (6000 + x)),
                    Behaviour.Passive.INSTANCE, Placement.DEFAULT, new Position(x * 10.5, -x)));
            x++;
        }
        nodes.add(new SocketNode("gen", "", new SocketSpec(SocketType.PUB, List.of("tcp://*:7001", "inproc://gen"),
                new SocketOptions(50, 60, List.of(), "gen-id")),
                new Behaviour.Generator("{topic} {rand:1..9} \"quoted\" \\ tab\t", 2.5, 100, List.of("a", "b"), -7, false),
                Placement.IN_PROCESS, new Position(1.25, 2)));
        nodes.add(new SocketNode("sink", "Sink ünïcode ✓", new SocketSpec(SocketType.SUB, List.of(),
                SocketOptions.DEFAULTS.withSubscriptions(List.of("", "10001"))),
                new Behaviour.Sink(false, "got {msg}", "json.num", "out.csv", 2.5),
                Placement.CHILD_PROCESS, Position.ORIGIN));
        nodes.add(new SocketNode("plain-sink", "", SocketSpec.of(SocketType.PULL), Behaviour.Sink.logging(),
                Placement.EXTERNAL, Position.ORIGIN));
        nodes.add(new SocketNode("server", "", SocketSpec.of(SocketType.REP, "tcp://*:7002"),
                new Behaviour.Replier("World {msg}", true), Placement.DEFAULT, Position.ORIGIN));
        nodes.add(new SocketNode("client", "", SocketSpec.of(SocketType.REQ),
                new Behaviour.Requester("Hello {n}", 0.5, 3, false), Placement.DEFAULT, Position.ORIGIN));
        nodes.add(new DeviceNode("queue", "Queue", DeviceType.QUEUE,
                new SocketSpec(SocketType.ROUTER, List.of("tcp://*:5559"), SocketOptions.DEFAULTS.withHwm(10, 20)),
                SocketSpec.of(SocketType.DEALER, "tcp://*:5560"), Placement.DEFAULT, new Position(300, 80)));
        nodes.add(DeviceNode.of("forwarder", DeviceType.FORWARDER, "tcp://*:5561", "tcp://*:5562"));
        nodes.add(new DeviceNode("streamer", "", DeviceType.STREAMER, null, null, Placement.CHILD_PROCESS, null));
        List<Wire> wires = List.of(
                Wire.of("w1", "client", "queue", "tcp://127.0.0.1:5559"),
                new Wire("w2", "client", Side.MAIN, "queue", Side.FRONTEND, "tcp://127.0.0.1:5559"),
                new Wire("w3", "queue", Side.BACKEND, "server", Side.MAIN, "tcp://localhost:7002"),
                new Wire("w4", "forwarder", Side.FRONTEND, "gen", Side.MAIN, "inproc://gen"));
        List<Link> links = List.of(
                new Link("l1", "sink", "gen", "json.num % 2 == 0", "msg"),
                Link.of("l2", "pull", "push"),
                new Link("l3", "sub", "pub", null, "msg.toUpperCase()"));
        return new Topology("everything", "Every node type.\nSecond line.",
                new Settings(false, Placement.CHILD_PROCESS), nodes, wires, links);
    }
}
