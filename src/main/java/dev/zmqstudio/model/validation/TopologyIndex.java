package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A topology with the lookups the rules share: nodes by id (the first wins on duplicates) and parsed binds. */
final class TopologyIndex {

    /** One endpoint a node binds on one side. */
    record Bind(Node node, Side side, String text, EndpointCheck check) {
        Optional<Endpoint> endpoint() {
            return check instanceof EndpointCheck.Valid(Endpoint endpoint) ? Optional.of(endpoint) : Optional.empty();
        }
    }

    private final Topology topology;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Bind> binds = new ArrayList<>();

    TopologyIndex(Topology topology) {
        this.topology = topology;
        for (Node node : topology.nodes()) {
            nodes.putIfAbsent(node.id(), node);
            for (Side side : node.sides()) {
                for (String text : node.socket(side).binds()) {
                    binds.add(new Bind(node, side, text, EndpointCheck.of(text)));
                }
            }
        }
    }

    Topology topology() {
        return topology;
    }

    /** A program outside the app: its socket, options and behaviour are the program's business. */
    boolean isExternal(Node node) {
        return topology.placementOf(node) == Placement.EXTERNAL;
    }

    Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    List<Bind> binds() {
        return binds;
    }

    /** Both ends exist, have the named sides and differ: the wire can be judged on its socket types. */
    boolean isSound(Wire wire) {
        Optional<Node> from = node(wire.from());
        Optional<Node> to = node(wire.to());
        return from.isPresent() && to.isPresent() && !wire.from().equals(wire.to())
                && from.get().hasSide(wire.fromSide()) && to.get().hasSide(wire.toSide());
    }

    /** Sound wires only. */
    List<Wire> soundWires() {
        return topology.wires().stream().filter(this::isSound).toList();
    }

    SocketType typeAt(String nodeId, Side side) {
        return nodes.get(nodeId).socket(side).type();
    }

    /** Sound wires attached to {@code side} of {@code nodeId}. */
    List<Wire> wiresAt(String nodeId, Side side) {
        return soundWires().stream()
                .filter(w -> w.from().equals(nodeId) && w.fromSide() == side
                        || w.to().equals(nodeId) && w.toSide() == side)
                .toList();
    }

    /** How messages name a node's side: "pusher" for a socket node, "the backend of queue" for a device. */
    static String describe(Node node, Side side) {
        return side == Side.MAIN ? "\"" + node.id() + "\"" : "the " + side.key() + " of \"" + node.id() + "\"";
    }

    /** "SUB or XSUB", "PUB, PUSH or REQ": types in enum order. */
    static String either(List<SocketType> types) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                sb.append(i == types.size() - 1 ? " or " : ", ");
            }
            sb.append(types.get(i));
        }
        return sb.toString();
    }
}
