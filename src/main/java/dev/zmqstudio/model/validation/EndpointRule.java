package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Wire;

import java.util.List;
import java.util.Optional;

/**
 * endpoint-syntax and port-range for binds and wires; connect-wildcard, not-bound and both-connect for wires: a
 * wire must connect to an address its {@code to} side actually binds (both-connect: it binds nothing at all).
 */
final class EndpointRule implements Rule {

    private static final String SYNTAX_FIX = "write it as tcp://host:port, ipc://path or inproc://name";
    private static final String RANGE_FIX = "use a port from 1 to 65535";

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (TopologyIndex.Bind bind : topology.binds()) {
            reportUnparsable(bind.check(), SubjectKind.NODE, bind.node().id(), findings);
        }
        for (Wire wire : topology.topology().wires()) {
            EndpointCheck check = EndpointCheck.of(wire.endpoint());
            reportUnparsable(check, SubjectKind.WIRE, wire.id(), findings);
            if (check instanceof EndpointCheck.Valid(Endpoint endpoint)) {
                checkReachable(topology, wire, endpoint, findings);
            }
        }
    }

    private static void reportUnparsable(EndpointCheck check, SubjectKind kind, String id, Findings findings) {
        switch (check) {
            case EndpointCheck.Invalid invalid -> findings.error("endpoint-syntax", kind, id, invalid.message(), SYNTAX_FIX);
            case EndpointCheck.PortOutOfRange range -> findings.error("port-range", kind, id, range.message(), RANGE_FIX);
            case EndpointCheck.Valid valid -> {
            }
        }
    }

    private static void checkReachable(TopologyIndex topology, Wire wire, Endpoint endpoint, Findings findings) {
        if (endpoint.isWildcard()) {
            findings.error("connect-wildcard", SubjectKind.WIRE, wire.id(),
                    "connects to '" + wire.endpoint() + "', but a wildcard host means every interface and can only be bound",
                    "connect to " + endpoint.connectAddress());
            return;
        }
        Optional<Node> to = topology.node(wire.to());
        if (to.isEmpty() || !to.get().hasSide(wire.toSide())) {
            return;
        }
        List<String> bound = to.get().socket(wire.toSide()).binds();
        boolean reached = topology.binds().stream()
                .filter(b -> b.node() == to.get() && b.side() == wire.toSide())
                .flatMap(b -> b.endpoint().stream())
                .anyMatch(endpoint::reaches);
        if (!reached && bound.isEmpty()) {
            String where = TopologyIndex.describe(to.get(), wire.toSide());
            findings.pitfallError("both-connect", SubjectKind.WIRE, wire.id(),
                    "both ends connect: \"" + wire.from() + "\" connects to '" + wire.endpoint() + "', but " + where
                            + " binds nothing, so there is nothing to connect to",
                    "add '" + suggestedBind(endpoint) + "' to the binds of " + where, Guide.PLUGGING_SOCKETS);
        } else if (!reached) {
            String where = TopologyIndex.describe(to.get(), wire.toSide());
            findings.error("not-bound", SubjectKind.WIRE, wire.id(),
                    "connects to '" + wire.endpoint() + "', which " + where + " does not bind; "
                            + "it binds " + String.join(", ", bound),
                    "connect to one of the endpoints " + where + " binds");
        }
    }

    /** What the binder should bind so that this connect reaches it: the same address (not a wildcard, see exposed-bind). */
    private static String suggestedBind(Endpoint endpoint) {
        return endpoint.toString();
    }
}
