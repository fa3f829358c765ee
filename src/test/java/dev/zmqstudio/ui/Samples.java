package dev.zmqstudio.ui;

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

/** Topologies built in code for tests (no JSON involved). */
final class Samples {

    private Samples() {
    }

    static SocketNode socket(String id, SocketType type, Behaviour b, double x, double y, String... binds) {
        return new SocketNode(id, "", SocketSpec.of(type, binds), b, Placement.DEFAULT, new Position(x, y));
    }

    /** A bit of everything: pipeline through a streamer, pub-sub, request-reply through a queue, a link. */
    static Topology showcase() {
        List<Node> nodes = List.of(
                socket("ventilator", SocketType.PUSH, Behaviour.Generator.of("Task {n}", 2, 0), 40, 60),
                new DeviceNode("streamer", "", DeviceType.STREAMER, SocketSpec.of(SocketType.PULL, "tcp://127.0.0.1:5557"),
                        SocketSpec.of(SocketType.PUSH, "tcp://127.0.0.1:5558"), Placement.DEFAULT, new Position(320, 60)),
                socket("worker-1", SocketType.PULL, Behaviour.Passive.INSTANCE, 640, 0),
                socket("worker-2", SocketType.PULL, Behaviour.Passive.INSTANCE, 640, 120),
                socket("results", SocketType.PUSH, Behaviour.Passive.INSTANCE, 900, 60),
                socket("weather", SocketType.PUB, Behaviour.Generator.of("{rand:10000..10010} {rand:-20..40}", 10, 0),
                        40, 300, "tcp://127.0.0.1:5556"),
                new SocketNode("zip-10001", "Zip 10001", new SocketSpec(SocketType.SUB, List.of(),
                        SocketOptions.DEFAULTS.withSubscriptions(List.of("10001"))), Behaviour.Sink.logging(),
                        Placement.DEFAULT, new Position(380, 260)),
                socket("all-zips", SocketType.SUB, Behaviour.Sink.logging(), 380, 380),
                socket("client", SocketType.REQ, new Behaviour.Requester("Hello {n}", 1, 10, true), 40, 560),
                new DeviceNode("queue", "", DeviceType.QUEUE, SocketSpec.of(SocketType.ROUTER, "tcp://127.0.0.1:5559"),
                        SocketSpec.of(SocketType.DEALER, "tcp://127.0.0.1:5560"), Placement.DEFAULT, new Position(320, 560)),
                socket("server-1", SocketType.REP, new Behaviour.Replier("World", true), 660, 500),
                socket("server-2", SocketType.REP, new Behaviour.Replier("World", true), 660, 620));
        List<Wire> wires = List.of(
                new Wire("w-vent", "ventilator", Side.MAIN, "streamer", Side.FRONTEND, "tcp://127.0.0.1:5557"),
                new Wire("w-work-1", "worker-1", Side.MAIN, "streamer", Side.BACKEND, "tcp://127.0.0.1:5558"),
                new Wire("w-work-2", "worker-2", Side.MAIN, "streamer", Side.BACKEND, "tcp://127.0.0.1:5558"),
                Wire.of("w-zip", "zip-10001", "weather", "tcp://127.0.0.1:5556"),
                Wire.of("w-all", "all-zips", "weather", "tcp://127.0.0.1:5556"),
                new Wire("w-client", "client", Side.MAIN, "queue", Side.FRONTEND, "tcp://127.0.0.1:5559"),
                new Wire("w-s1", "server-1", Side.MAIN, "queue", Side.BACKEND, "tcp://127.0.0.1:5560"),
                new Wire("w-s2", "server-2", Side.MAIN, "queue", Side.BACKEND, "tcp://127.0.0.1:5560"));
        List<Link> links = List.of(new Link("l-result", "worker-1", "results", "msg.length() > 3", null));
        return new Topology("showcase", "", Settings.DEFAULTS, nodes, wires, links);
    }

    /** {@code n} PUSH/PULL pairs in a grid, each pair wired. */
    static Topology grid(int n) {
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        for (int i = 0; i < n / 2; i++) {
            double x = (i % 10) * 420;
            double y = (i / 10) * 100;
            nodes.add(socket("push-" + i, SocketType.PUSH, Behaviour.Passive.INSTANCE, x, y));
            nodes.add(socket("pull-" + i, SocketType.PULL, Behaviour.Passive.INSTANCE, x + 220, y, "tcp://127.0.0.1:" + (6000 + i)));
            wires.add(Wire.of("wire-" + i, "push-" + i, "pull-" + i, "tcp://127.0.0.1:" + (6000 + i)));
        }
        return new Topology("grid", "", Settings.DEFAULTS, nodes, wires, List.of());
    }
}
