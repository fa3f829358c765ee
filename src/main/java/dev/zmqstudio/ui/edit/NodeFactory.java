package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.NodeType;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;

import java.util.List;
import java.util.Locale;

/** New nodes from the palette: auto-named (pub-1, pull-2, ...) with a behaviour that suits the socket type. */
public final class NodeFactory {

    private NodeFactory() {
    }

    public static Node create(Topology topology, NodeType type, Position position) {
        String id = topology.freshId(type.name().toLowerCase(Locale.ROOT));
        if (type instanceof DeviceType device) {
            return new DeviceNode(id, "", device, null, null, Placement.DEFAULT, position);
        }
        SocketType socket = (SocketType) type;
        SocketOptions options = socket == SocketType.SUB
                ? SocketOptions.DEFAULTS.withSubscriptions(List.of("")) : SocketOptions.DEFAULTS;
        return new SocketNode(id, "", new SocketSpec(socket, List.of(), options), behaviourFor(socket),
                Placement.DEFAULT, position);
    }

    static Behaviour behaviourFor(SocketType type) {
        return switch (type) {
            case PUSH, PUB, PAIR -> Behaviour.Generator.of("Message {n} from {node}", 1, 0);
            case PULL, SUB -> Behaviour.Sink.logging();
            case REQ, DEALER -> new Behaviour.Requester("Hello {n}", 1, 0, true);
            case REP, ROUTER -> new Behaviour.Replier("World ({msg})", true);
            case XPUB, XSUB -> Behaviour.Passive.INSTANCE;
        };
    }
}
