package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

import java.util.Optional;

/**
 * Decides what dropping a wire from one socket onto a node means: which side of the target it attaches to, whether
 * ZeroMQ allows the pair, and which endpoint the new connection uses. The dragged-from socket connects; the target
 * binds.
 */
public final class Wiring {

    /** The outcome of a wiring attempt: a side to attach to, or the reason why not. */
    public record Verdict(Side targetSide, String refusal) {
        public boolean allowed() {
            return refusal == null;
        }
    }

    private Wiring() {
    }

    /**
     * Checks a wire from {@code source} to {@code target}; {@code preferredSide} is the target handle under the
     * pointer, or null to pick the first compatible side.
     */
    public static Verdict check(Topology topology, NodeRef source, String target, Side preferredSide) {
        Node from = topology.node(source.nodeId()).orElseThrow();
        Node to = topology.node(target).orElse(null);
        if (to == null) {
            return new Verdict(null, "There is no node " + target);
        }
        if (to.id().equals(from.id())) {
            return new Verdict(null, "A socket cannot connect to its own node");
        }
        SocketType fromType = from.socket(source.side()).type();
        String firstRefusal = null;
        for (Side side : to.sides()) {
            if (preferredSide != null && to.hasSide(preferredSide) && side != preferredSide) {
                continue;
            }
            Optional<String> why = Compatibility.whyNot(fromType, to.socket(side).type());
            if (why.isEmpty()) {
                return new Verdict(side, null);
            }
            if (firstRefusal == null) {
                firstRefusal = why.get();
            }
        }
        return new Verdict(null, firstRefusal);
    }

    /**
     * The edit connecting {@code source} to {@code target}'s side; reuses a bind of the target or adds
     * {@code freshBind}, chosen beforehand (see {@link PortPicker}) so that redo gives the same port.
     */
    public static Edit connect(NodeRef source, String target, Side targetSide, String freshBind) {
        return new Edit("Connect " + source.nodeId() + " to " + target, t -> {
            Node to = t.node(target).orElseThrow();
            SocketSpec spec = to.socket(targetSide);
            String bind = spec.binds().isEmpty() ? null : spec.binds().getFirst();
            Topology result = t;
            if (bind == null) {
                bind = freshBind;
                result = result.replaceNode(to.withSocket(targetSide, spec.withBinds(java.util.List.of(bind))));
            }
            Wire wire = new Wire(result.freshId("wire"), source.nodeId(), source.side(), target, targetSide,
                    Ports.connectAddress(bind));
            return result.withWire(wire);
        });
    }

    /**
     * Swaps who binds and who connects; the old binder's endpoint moves over when no other wire uses it, else the
     * connector binds {@code freshBind}.
     */
    public static Edit swap(String wireId, String freshBind) {
        return new Edit("Swap bind/connect", t -> {
            Wire wire = t.wire(wireId).orElseThrow();
            Node binder = t.node(wire.to()).orElseThrow();
            Node connector = t.node(wire.from()).orElseThrow();
            SocketSpec bindSpec = binder.socket(wire.toSide());
            String reached = bindSpec.binds().stream().filter(b -> Ports.reaches(wire.endpoint(), b)).findFirst().orElse(null);
            boolean shared = t.wires().stream().anyMatch(w -> !w.id().equals(wireId) && w.to().equals(binder.id())
                    && w.toSide() == wire.toSide() && reached != null && Ports.reaches(w.endpoint(), reached));
            Topology result = t;
            String newBind;
            if (reached != null && !shared) {
                newBind = reached;
                result = result.replaceNode(binder.withSocket(wire.toSide(),
                        bindSpec.withBinds(bindSpec.binds().stream().filter(b -> !b.equals(reached)).toList())));
            } else {
                newBind = freshBind;
            }
            Node freshConnector = result.node(connector.id()).orElseThrow();
            SocketSpec cSpec = freshConnector.socket(wire.fromSide());
            java.util.List<String> binds = new java.util.ArrayList<>(cSpec.binds());
            binds.add(newBind);
            result = result.replaceNode(freshConnector.withSocket(wire.fromSide(), cSpec.withBinds(binds)));
            return result.replaceWire(wire.swapped(Ports.connectAddress(newBind)));
        });
    }
}
