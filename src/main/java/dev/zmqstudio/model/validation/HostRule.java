package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Hosts;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Printable;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.model.Wire;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * bad-host, host-loopback, host-transport, host-mismatch, link-across-hosts: once nodes name hosts, the file
 * describes several machines. A host name is a DNS label (it is a Compose service's and a Kubernetes Service's name);
 * a connect to another host cannot go to loopback, nor over inproc or ipc (one process, one machine); a connect
 * that names a host must name the host its binder is on; linked sockets share a process, so a host.
 */
final class HostRule implements Rule {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    @Override
    public void check(TopologyIndex index, Findings findings) {
        Topology topology = index.topology();
        for (Node node : topology.nodes()) {
            if (node.host() != null && !LABEL.matcher(node.host()).matches()) {
                findings.fieldError("bad-host", SubjectKind.NODE, node.id(), "host",
                        "the host name \"" + Printable.escape(node.host()) + "\" is not a DNS name: 1 to 63 letters,"
                                + " digits or '-', not starting or ending with '-'",
                        "rename the host, e.g. to \"" + suggest(node.host()) + "\"");
            }
        }
        if (!Hosts.placed(topology)) {
            return;
        }
        Set<String> hosts = Hosts.declared(topology);
        for (Wire wire : topology.wires()) {
            Optional<Node> from = index.node(wire.from());
            Optional<Node> to = index.node(wire.to());
            if (from.isPresent() && to.isPresent() && Hosts.deploys(from.get()) && Hosts.deploys(to.get())) {
                checkWire(wire, from.get(), to.get(), hosts, findings);
            }
        }
        for (Link link : topology.links()) {
            Optional<Node> from = index.node(link.from());
            Optional<Node> to = index.node(link.to());
            if (from.isPresent() && to.isPresent() && !from.get().hostOrDefault().equals(to.get().hostOrDefault())) {
                findings.error("link-across-hosts", SubjectKind.LINK, link.id(), "linked sockets share one process, but \""
                                + link.from() + "\" is on host " + from.get().hostOrDefault() + " and \"" + link.to()
                                + "\" on host " + to.get().hostOrDefault(),
                        "put both nodes on one host");
            }
        }
    }

    private static void checkWire(Wire wire, Node connector, Node binder, Set<String> hosts, Findings findings) {
        String here = connector.hostOrDefault();
        String there = binder.hostOrDefault();
        if (!(EndpointCheck.of(wire.endpoint()) instanceof EndpointCheck.Valid(Endpoint endpoint))) {
            return; // EndpointRule says what is wrong with it
        }
        String across = "\"" + connector.id() + "\" on host " + here + " connects to \"" + binder.id() + "\" on host " + there;
        if (!here.equals(there) && endpoint.transport() != Transport.TCP) {
            findings.error("host-transport", SubjectKind.WIRE, wire.id(), across + " over " + endpoint.transport().scheme()
                            + ", which never leaves one machine",
                    "use tcp://" + there + ":PORT and bind \"" + binder.id() + "\" on it");
        } else if (!here.equals(there) && !endpoint.isExposed() && endpoint.transport() == Transport.TCP) {
            findings.error("host-loopback", SubjectKind.WIRE, wire.id(), across + " at " + wire.endpoint()
                            + ", which is loopback: on its own machine that reaches no other host",
                    "connect to tcp://" + there + ":" + endpoint.port() + " and bind \"" + binder.id() + "\" on tcp://"
                            + there + ":" + endpoint.port() + " (or tcp://*:" + endpoint.port() + ")");
        } else if (endpoint.transport() == Transport.TCP && hosts.contains(endpoint.host()) && !endpoint.host().equals(there)) {
            findings.error("host-mismatch", SubjectKind.WIRE, wire.id(), "it connects to host " + endpoint.host() + ", but \""
                            + binder.id() + "\", which binds it, is on host " + there,
                    "connect to tcp://" + there + ":" + endpoint.port() + ", or move \"" + binder.id() + "\" to host "
                            + endpoint.host());
        }
    }

    private static String suggest(String host) {
        String s = host.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("^-+|-+$", "");
        s = s.isEmpty() ? "host" : s;
        return s.length() > 63 ? s.substring(0, 63).replaceAll("-+$", "") : s;
    }
}
