package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.model.Wire;

import java.util.Optional;

/**
 * inproc-cross-process: inproc is shared memory inside one ZeroMQ context, so both ends must run in one process:
 * the app's own, or one named child process ({@code process}). A child-process node without a process name runs
 * alone, and an external one is not ours at all.
 */
final class InprocPlacementRule implements Rule {

    @Override
    public void check(TopologyIndex index, Findings findings) {
        Topology topology = index.topology();
        for (Wire wire : topology.wires()) {
            Optional<Node> from = index.node(wire.from());
            Optional<Node> to = index.node(wire.to());
            if (from.isEmpty() || to.isEmpty() || !isInproc(wire)) {
                continue;
            }
            Placement a = topology.placementOf(from.get());
            Placement b = topology.placementOf(to.get());
            boolean oneProcess = a == b && (a == Placement.IN_PROCESS
                    || (a == Placement.CHILD_PROCESS && from.get().process() != null
                    && from.get().process().equals(to.get().process())));
            if (!oneProcess) {
                findings.pitfallError("inproc-cross-process", SubjectKind.WIRE, wire.id(),
                        "inproc cannot cross processes, but \"" + wire.from() + "\" runs " + where(topology, from.get())
                                + " and \"" + wire.to() + "\" runs " + where(topology, to.get()),
                        "use a tcp endpoint instead, or run both nodes in-process or in one named process",
                        Guide.UNICAST_TRANSPORTS);
            }
        }
    }

    /** "in-process", "child-process", "external", or "in process \"workers\"". */
    static String where(Topology topology, Node node) {
        Placement p = topology.placementOf(node);
        return node.process() != null && p == Placement.CHILD_PROCESS ? "in process \"" + node.process() + "\"" : p.key();
    }

    private static boolean isInproc(Wire wire) {
        return EndpointCheck.of(wire.endpoint()) instanceof EndpointCheck.Valid(Endpoint endpoint)
                && endpoint.transport() == Transport.INPROC;
    }
}
