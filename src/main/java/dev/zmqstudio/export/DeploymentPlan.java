package dev.zmqstudio.export;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Hosts;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A topology as a deployment sees it, whatever the engine: one machine per deployed host ({@link Hosts#deployed}),
 * named by {@link DnsNames}, running the host's nodes; the tcp binds other machines may reach (not loopback); which
 * hosts connect to which; and what the deployment leaves out. Refused with {@link NotDeployableException} when a
 * wire between hosts could not connect ({@link DeployProblems}).
 */
final class DeploymentPlan {
    /**
     * A tcp bind of a deployed node that other machines may reach. {@code fromOutside}: a program the deployment does
     * not run may connect to it (an external node's wire reaches it, or no wire does: it is there for programs
     * outside the diagram).
     */
    record Bind(String nodeId, Side side, String endpoint, int port, boolean fromOutside) {
    }

    /** A deployed host: its name in the topology, its name in the deployment, its nodes and reachable binds. */
    record Host(String name, String dnsName, List<String> nodeIds, List<Bind> binds) {
    }

    final Topology topology;
    final List<Host> hosts = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    private DeploymentPlan(Topology topology) {
        this.topology = topology;
        DnsNames names = new DnsNames();
        for (String host : Hosts.deployed(topology)) {
            List<String> nodes = Hosts.nodesOn(topology, host);
            List<Bind> binds = new ArrayList<>();
            nodes.forEach(id -> binds.addAll(reachableBinds(topology.node(id).orElseThrow())));
            hosts.add(new Host(host, names.claim(host), nodes, binds));
        }
        noteWhatIsLeftOut();
    }

    static DeploymentPlan of(Topology topology) throws NotDeployableException {
        List<String> problems = DeployProblems.of(topology);
        if (!problems.isEmpty()) {
            throw new NotDeployableException(problems);
        }
        return new DeploymentPlan(topology);
    }

    Host host(String name) {
        return hosts.stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    /** The reachable bind of a deployed node that {@code wire} connects to, if it connects to one. */
    Optional<Bind> bindOf(Wire wire) {
        Endpoint connect = DeployProblems.parse(wire.endpoint());
        if (connect == null) {
            return Optional.empty();
        }
        return hosts.stream().flatMap(h -> h.binds().stream())
                .filter(b -> b.nodeId().equals(wire.to()) && b.side() == wire.toSide())
                .filter(b -> connect.reaches(Endpoint.parse(b.endpoint())))
                .findFirst();
    }

    /** The other hosts whose binds the nodes of {@code host} connect to, in host order. */
    List<String> hostsReachedFrom(String host) {
        Set<String> reached = new LinkedHashSet<>();
        for (Wire w : topology.wires()) {
            Node from = topology.node(w.from()).orElse(null);
            Node to = topology.node(w.to()).orElse(null);
            if (from != null && to != null && Hosts.deploys(from) && Hosts.deploys(to)
                    && from.hostOrDefault().equals(host) && !to.hostOrDefault().equals(host)) {
                reached.add(to.hostOrDefault());
            }
        }
        return hosts.stream().map(Host::name).filter(reached::contains).toList();
    }

    private List<Bind> reachableBinds(Node node) {
        List<Bind> binds = new ArrayList<>();
        for (Side side : node.sides()) {
            for (String bind : node.socket(side).binds()) {
                Endpoint e = DeployProblems.parse(bind);
                if (e != null && e.transport() == Transport.TCP && e.isExposed()) {
                    binds.add(new Bind(node.id(), side, bind, e.port(), reachedFromOutside(node, side, e)));
                }
            }
        }
        return binds;
    }

    private boolean reachedFromOutside(Node node, Side side, Endpoint bind) {
        List<Wire> wires = wiresTo(node, side, bind);
        return wires.isEmpty() || wires.stream().anyMatch(w -> !topology.node(w.from()).map(Hosts::deploys).orElse(false));
    }

    private List<Wire> wiresTo(Node node, Side side, Endpoint bind) {
        return topology.wires().stream().filter(w -> w.to().equals(node.id()) && w.toSide() == side)
                .filter(w -> {
                    Endpoint connect = DeployProblems.parse(w.endpoint());
                    return connect != null && connect.reaches(bind);
                }).toList();
    }

    private void noteWhatIsLeftOut() {
        for (Node n : topology.nodes()) {
            if (!Hosts.deploys(n)) {
                notes.add("node " + n.id() + " is a program of its own (" + (n.hasCommand() ? "started by a command"
                        : "external") + "): not deployed; start it yourself where it reaches the hosts");
            } else {
                loopbackBindsForOutsiders(n);
            }
        }
        if (topology.settings().logPublisher() != null) {
            notes.add("the log publisher (" + topology.settings().logPublisher() + ") is not part of the deployment:"
                    + " each host prints its nodes' log lines");
        }
    }

    private void loopbackBindsForOutsiders(Node n) {
        for (Side side : n.sides()) {
            for (String bind : n.socket(side).binds()) {
                Endpoint e = DeployProblems.parse(bind);
                if (e == null || e.transport() != Transport.TCP || e.isExposed()) {
                    continue;
                }
                wiresTo(n, side, e).stream().map(Wire::from).filter(id -> !topology.node(id).map(Hosts::deploys).orElse(true))
                        .forEach(outsider -> notes.add("node " + n.id() + " binds " + bind + ", which only its own host"
                                + " reaches, so " + outsider + " (not deployed) cannot connect to it: bind tcp://"
                                + n.hostOrDefault() + ":" + e.port() + " or tcp://*:" + e.port()));
            }
        }
    }
}
