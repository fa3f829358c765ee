package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.Wire;

import java.util.Optional;

/** missing-node, self-wire and bad-side: each wire must join two existing nodes on sides they have. */
final class WireEndsRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (Wire wire : topology.topology().wires()) {
            Optional<Node> from = topology.node(wire.from());
            Optional<Node> to = topology.node(wire.to());
            if (from.isEmpty()) {
                missing(wire, "from", wire.from(), findings);
            }
            if (to.isEmpty()) {
                missing(wire, "to", wire.to(), findings);
            }
            if (wire.from().equals(wire.to())) {
                findings.error("self-wire", SubjectKind.WIRE, wire.id(),
                        "connects \"" + wire.from() + "\" to itself", "connect it to another node");
            }
            from.ifPresent(node -> checkSide(wire, node, wire.fromSide(), "fromSide", findings));
            to.ifPresent(node -> checkSide(wire, node, wire.toSide(), "toSide", findings));
        }
    }

    private static void missing(Wire wire, String end, String nodeId, Findings findings) {
        findings.error("missing-node", SubjectKind.WIRE, wire.id(),
                "its \"" + end + "\" node \"" + nodeId + "\" does not exist",
                "point it at an existing node, or delete the wire");
    }

    private static void checkSide(Wire wire, Node node, Side side, String field, Findings findings) {
        if (node.hasSide(side)) {
            return;
        }
        if (node.type().isDevice()) {
            findings.error("bad-side", SubjectKind.WIRE, wire.id(),
                    "attaches to the main socket of \"" + node.id() + "\", but a " + node.type()
                            + " device has only a frontend and a backend",
                    "set \"" + field + "\" to \"frontend\" or \"backend\"");
        } else {
            findings.error("bad-side", SubjectKind.WIRE, wire.id(),
                    "attaches to the " + side.key() + " of \"" + node.id() + "\", but a " + node.type()
                            + " socket node has one socket and no sides",
                    "remove \"" + field + "\"");
        }
    }
}
