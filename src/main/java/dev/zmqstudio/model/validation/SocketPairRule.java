package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Wire;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** illegal-pair (the ZMTP table) and pair-peers (PAIR is exclusive to one peer). */
final class SocketPairRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (Wire wire : topology.soundWires()) {
            SocketType from = topology.typeAt(wire.from(), wire.fromSide());
            SocketType to = topology.typeAt(wire.to(), wire.toSide());
            Compatibility.whyNot(from, to).ifPresent(why -> findings.error("illegal-pair", SubjectKind.WIRE, wire.id(),
                    why, "connect \"" + wire.from() + "\" to a " + either(Compatibility.peersOf(from))
                            + ", or change the type of one end"));
        }
        for (Node node : topology.topology().nodes()) {
            if (node.type() == SocketType.PAIR) {
                List<String> wires = topology.topology().wiresOf(node.id()).stream().map(Wire::id).toList();
                if (wires.size() > 1) {
                    findings.pitfallError("pair-peers", SubjectKind.NODE, node.id(),
                            "a PAIR socket talks to exactly one peer, but it has " + wires.size() + " wires ("
                                    + String.join(", ", wires) + ")",
                            "keep one wire; for several peers use DEALER and ROUTER", Guide.PAIR_SOCKETS);
                }
            }
        }
    }

    private static String either(Set<SocketType> types) {
        EnumSet<SocketType> ordered = EnumSet.noneOf(SocketType.class);
        ordered.addAll(types);
        return TopologyIndex.either(List.copyOf(ordered));
    }
}
