package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.Problem.SubjectKind;

/**
 * exposed-bind: a tcp bind on anything but loopback lets any machine that reaches this one connect, with no
 * authentication, and send or read messages. A warning: sharing a socket on the LAN can be the point. External
 * nodes are skipped: their program binds, not the app; so are sockets whose wires are all secured with CURVE (the
 * server lets in only the clients whose keys it knows).
 */
final class ExposedBindRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (TopologyIndex.Bind bind : topology.binds()) {
            if (topology.isExternal(bind.node()) || securedServer(topology, bind)) {
                continue;
            }
            bind.endpoint().filter(Endpoint::isExposed).ifPresent(endpoint -> findings.warning("exposed-bind",
                    SubjectKind.NODE, bind.node().id(),
                    (bind.side() == Side.MAIN ? "" : "its " + bind.side().key() + " ") + "binds '" + bind.text()
                            + "': exposed to the network, unauthenticated (any machine that reaches this one may"
                            + " connect, send and receive)",
                    onAHost(topology, endpoint) ? "secure its wires with CURVE (\"curve\": true): peers on the"
                            + " other hosts then need its key to connect"
                            : "bind tcp://127.0.0.1:" + endpoint.port() + " unless other machines must connect,"
                            + " or secure its wires with CURVE (\"curve\": true)"));
        }
    }

    /** A bind on a host of the topology: other machines must connect, so only CURVE can fix it. */
    private static boolean onAHost(TopologyIndex topology, Endpoint endpoint) {
        return endpoint.transport() == dev.zmqstudio.model.Transport.TCP
                && dev.zmqstudio.model.Hosts.declared(topology.topology()).contains(endpoint.host());
    }

    private static boolean securedServer(TopologyIndex topology, TopologyIndex.Bind bind) {
        var wires = topology.topology().wires().stream()
                .filter(w -> w.to().equals(bind.node().id()) && w.toSide() == bind.side()).toList();
        return !wires.isEmpty() && wires.stream().allMatch(topology.topology()::secured);
    }
}
