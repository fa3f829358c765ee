package dev.zmqstudio.cli;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.List;

/** Topologies for {@code bench --spawn}, on free loopback ports. */
final class SpawnTopologies {
    private SpawnTopologies() {
    }

    /** One PULL sink in a child process: the smallest child. */
    static Topology singleChild() {
        SocketNode sink = SocketNode.of("sink", SocketType.PULL, new Behaviour.Sink(false, null, null, null),
                "tcp://127.0.0.1:" + FreePort.find()).withPlacement(Placement.CHILD_PROCESS);
        return new Topology("spawn", "", Settings.DEFAULTS, List.of(sink), List.of(), List.of());
    }

    /**
     * topologies/pipeline.json on free ports: a producer of {@code messages} numbers, 3 workers passing the even ones,
     * a collector that logs each and sums them; every node placed by default.
     */
    static Topology pipelineExample(long messages) {
        return pipeline(3, messages, Placement.DEFAULT, Placement.DEFAULT).mapNodes(n -> n.id().equals("collector")
                && n instanceof SocketNode s ? s.withBehaviour(new Behaviour.Sink(true, "Received message: {msg}", "json.num", null)) : n);
    }

    /**
     * The pipeline example with {@code consumers} workers: producer -> workers (PULL, even numbers only, PUSH) ->
     * collector; producer and collector in {@code ends}, each worker in {@code workers}.
     */
    static Topology pipeline(int consumers, long messages, Placement ends, Placement workers) {
        String in = "tcp://127.0.0.1:" + FreePort.find();
        String out = "tcp://127.0.0.1:" + FreePort.find();
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        nodes.add(SocketNode.of("producer", SocketType.PUSH, new Behaviour.Generator("{\"num\": {n}}", 0, messages, List.of(), 1, false),
                in).withPlacement(ends));
        nodes.add(SocketNode.of("collector", SocketType.PULL, new Behaviour.Sink(false, null, "json.num", null), out)
                .withPlacement(ends));
        for (int i = 1; i <= consumers; i++) {
            nodes.add(SocketNode.of("consumer-" + i + "-in", SocketType.PULL, Behaviour.Passive.INSTANCE).withPlacement(workers));
            nodes.add(SocketNode.of("consumer-" + i + "-out", SocketType.PUSH, Behaviour.Passive.INSTANCE).withPlacement(workers));
            wires.add(Wire.of("w-in-" + i, "consumer-" + i + "-in", "producer", in));
            wires.add(Wire.of("w-out-" + i, "consumer-" + i + "-out", "collector", out));
            links.add(Link.of("even-" + i, "consumer-" + i + "-in", "consumer-" + i + "-out").withExpressions("json.num % 2 == 0", null));
        }
        return new Topology("pipeline-" + consumers, "", Settings.DEFAULTS, nodes, wires, links);
    }
}
