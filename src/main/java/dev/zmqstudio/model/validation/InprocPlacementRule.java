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
 * inproc-cross-process: inproc is shared memory inside one ZeroMQ context, so both ends must run in the
 * app's own process. A child-process node runs alone and an external one is not ours at all.
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
            if (a != b || a != Placement.IN_PROCESS) {
                findings.pitfallError("inproc-cross-process", SubjectKind.WIRE, wire.id(),
                        "inproc cannot cross processes, but \"" + wire.from() + "\" runs " + a.key()
                                + " and \"" + wire.to() + "\" runs " + b.key(),
                        "use a tcp endpoint instead, or run both nodes in-process", Guide.UNICAST_TRANSPORTS);
            }
        }
    }

    private static boolean isInproc(Wire wire) {
        return EndpointCheck.of(wire.endpoint()) instanceof EndpointCheck.Valid(Endpoint endpoint)
                && endpoint.transport() == Transport.INPROC;
    }
}
