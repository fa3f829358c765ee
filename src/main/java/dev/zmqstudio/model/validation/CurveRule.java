package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.Wire;

import java.util.List;

/**
 * CURVE is a socket's mechanism, for all of its connections, as server (it binds) or client (it connects).
 * curve-mixed: a socket with secured and plain wires; curve-roles: one that binds a secured wire and connects another;
 * curve-inproc: "curve" on an inproc wire, which never leaves its process and is not encrypted.
 */
final class CurveRule implements Rule {

    @Override
    public void check(TopologyIndex index, Findings findings) {
        var topology = index.topology();
        for (Wire wire : topology.wires()) {
            if (wire.curve() && wire.endpoint() != null && wire.endpoint().startsWith("inproc://")) {
                findings.warning("curve-inproc", SubjectKind.WIRE, wire.id(), "it asks for CURVE but is inproc,"
                        + " which never leaves its process; it is not encrypted", "remove \"curve\", or use tcp");
            }
        }
        for (Node node : topology.nodes()) {
            if (index.isExternal(node)) {
                continue; // the program sets up its own socket
            }
            for (Side side : node.sides()) {
                List<Wire> wires = topology.wires().stream().filter(w -> w.from().equals(node.id()) && w.fromSide() == side
                        || w.to().equals(node.id()) && w.toSide() == side).filter(w -> !w.endpoint().startsWith("inproc://")).toList();
                List<Wire> secured = wires.stream().filter(topology::secured).toList();
                if (secured.isEmpty()) {
                    continue;
                }
                String who = TopologyIndex.describe(node, side);
                if (secured.size() < wires.size()) {
                    Wire plain = wires.stream().filter(w -> !topology.secured(w)).findFirst().orElseThrow();
                    findings.error("curve-mixed", SubjectKind.NODE, node.id(), who + " has wire " + secured.getFirst().id()
                            + " secured with CURVE and wire " + plain.id() + " plain; CURVE is set on a socket, for all"
                            + " its connections", "secure every wire of the socket, or none");
                } else if (secured.stream().anyMatch(w -> w.to().equals(node.id()))
                        && secured.stream().anyMatch(w -> w.from().equals(node.id()))) {
                    findings.error("curve-roles", SubjectKind.NODE, node.id(), who + " binds a secured wire and connects"
                            + " another; a CURVE socket is either the server (it binds) or a client (it connects)",
                            "let it only bind or only connect its secured wires");
                }
            }
        }
    }
}
