package dev.zmqstudio.ui.bench;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.List;

/** Topologies the UI benchmark runs. */
final class BenchTopologies {
    private BenchTopologies() {
    }

    /** One PUSH at full speed to one PULL over inproc, {@code messages} 100-byte messages. */
    static Topology fullSpeed(long messages) {
        SocketOptions hwm = SocketOptions.DEFAULTS.withHwm(100_000, 100_000);
        return new Topology("full-speed", "", Settings.DEFAULTS, List.of(
                new SocketNode("pusher", "", new SocketSpec(SocketType.PUSH, List.of("inproc://bench"), hwm),
                        new Behaviour.Generator("x".repeat(100), 0, messages, List.of(), 1, false), null, new Position(200, 300)),
                new SocketNode("puller", "", new SocketSpec(SocketType.PULL, List.of(), hwm),
                        new Behaviour.Sink(false, null, null, null), null, new Position(600, 300))),
                List.of(Wire.of("w1", "puller", "pusher", "inproc://bench")), List.of());
    }

    /** {@code pairs} PUSH->PULL pairs in a grid, each sending {@code rate} messages a second, forever. */
    static Topology manyWires(int pairs, double rate) {
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        int columns = 10;
        for (int i = 0; i < pairs; i++) {
            double x = (i % columns) * 380;
            double y = (i / columns) * 110;
            String endpoint = "inproc://pair-" + i;
            nodes.add(new SocketNode("push-" + i, "", SocketSpec.of(SocketType.PUSH, endpoint),
                    new Behaviour.Generator("m {n}", rate, 0, List.of(), 1, false), null, new Position(x, y)));
            nodes.add(new SocketNode("pull-" + i, "", SocketSpec.of(SocketType.PULL),
                    new Behaviour.Sink(false, null, null, null), null, new Position(x + 190, y)));
            wires.add(Wire.of("w" + i, "pull-" + i, "push-" + i, endpoint));
        }
        return new Topology("many-wires", "", Settings.DEFAULTS, nodes, wires, List.of());
    }
}
