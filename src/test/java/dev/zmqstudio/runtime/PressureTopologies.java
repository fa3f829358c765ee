package dev.zmqstudio.runtime;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

import java.util.List;

/** Topologies whose queues fill up, for the engine's and the designer's pressure tests. */
public final class PressureTopologies {
    private PressureTopologies() {
    }

    /**
     * pub -> fast (a sink) and pub -> slow, where slow passes each message over a link to a PUSH whose peer never
     * connects: once the PUSH's queue is full, slow stops reading and its own queue fills.
     */
    public static Topology jammedSubscriber(int port, int sent) {
        return jammedSubscriber(port, sent, 0);
    }

    /** {@code padding}: bytes added to each message (over tcp, enough to fill the kernel's buffers too). */
    public static Topology jammedSubscriber(int port, int sent, int padding) {
        SocketOptions small = SocketOptions.DEFAULTS.withHwm(100, 100);
        SocketNode pub = SocketNode.of("pub", SocketType.PUB,
                new Behaviour.Generator("tick {n} " + "x".repeat(padding), 20_000, sent, List.of(), 1, false), "inproc://ticks");
        SocketNode fast = SocketNode.of("fast", SocketType.SUB, new Behaviour.Sink(false, "{msg}", null, null));
        SocketNode slow = SocketNode.of("slow", SocketType.SUB, Behaviour.Passive.INSTANCE);
        SocketNode jam = SocketNode.of("jam", SocketType.PUSH, Behaviour.Passive.INSTANCE);
        // fast never drops, even when this busy machine stalls it for a while: its queue takes the whole run.
        SocketOptions roomy = SocketOptions.DEFAULTS.withHwm(1_000, sent);
        fast = fast.withSocket(Side.MAIN, fast.socket(Side.MAIN).withOptions(roomy.withSubscriptions(List.of(""))));
        slow = slow.withSocket(Side.MAIN, slow.socket(Side.MAIN).withOptions(small.withSubscriptions(List.of(""))));
        jam = jam.withSocket(Side.MAIN, jam.socket(Side.MAIN).withOptions(small));
        return Topology.empty("pressure")
                .withNode(pub.withPosition(new Position(60, 200))).withNode(fast.withPosition(new Position(360, 80)))
                .withNode(slow.withPosition(new Position(360, 320))).withNode(jam.withPosition(new Position(600, 320)))
                .withNode(SocketNode.of("nobody", SocketType.PULL, Behaviour.Passive.INSTANCE, "tcp://127.0.0.1:" + port)
                        .withPlacement(Placement.EXTERNAL).withPosition(new Position(840, 320)))
                .withWire(Wire.of("to-fast", "fast", "pub", "inproc://ticks"))
                .withWire(Wire.of("to-slow", "slow", "pub", "inproc://ticks"))
                .withWire(Wire.of("to-nobody", "jam", "nobody", "tcp://127.0.0.1:" + port))
                .withLink(Link.of("pass", "slow", "jam"));
    }

}
