package dev.zmqstudio.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The machines a topology is placed on ({@link Node#host()}), and its endpoints as each place sees them. Endpoints
 * name hosts by those names ({@code tcp://h1:5601}): on one machine every such name means loopback; deployed, the
 * host that owns the name binds on every interface and the others reach it by the name (DNS, /etc/hosts, a
 * Kubernetes Service).
 */
public final class Hosts {
    /**
     * The environment variable a deployed host's telemetry endpoint may come from (the Compose and Kubernetes exports
     * set it; the host's {@code node} entry reads it): an empty value means none.
     */
    public static final String TELEMETRY_VARIABLE = "ZMQ_STUDIO_TELEMETRY";
    private static final String LOOPBACK = "127.0.0.1";
    private static final String EVERY_INTERFACE = "0.0.0.0";

    private Hosts() {
    }

    /** The host names nodes declare, in file order (not {@link Node#DEFAULT_HOST} unless a node names it). */
    public static Set<String> declared(Topology topology) {
        Set<String> hosts = new LinkedHashSet<>();
        topology.nodes().forEach(n -> {
            if (n.host() != null) {
                hosts.add(n.host());
            }
        });
        return hosts;
    }

    /** Whether nodes of the topology name hosts. */
    public static boolean placed(Topology topology) {
        return topology.nodes().stream().anyMatch(n -> n.host() != null);
    }

    /**
     * The hosts a deployment starts a {@code node} process on, in file order: every host of a node the app runs
     * (not external nodes, which are programs of their own), {@link Node#DEFAULT_HOST} for nodes naming none.
     */
    public static List<String> deployed(Topology topology) {
        Set<String> hosts = new LinkedHashSet<>();
        topology.nodes().stream().filter(Hosts::deploys).forEach(n -> hosts.add(n.hostOrDefault()));
        return List.copyOf(hosts);
    }

    /** Whether a deployment runs {@code node} (external nodes are programs of their own). */
    public static boolean deploys(Node node) {
        return node.placement() != Placement.EXTERNAL && !node.hasCommand();
    }

    /** The ids of the nodes a deployment runs on {@code host}. */
    public static List<String> nodesOn(Topology topology, String host) {
        return topology.nodes().stream().filter(n -> deploys(n) && n.hostOrDefault().equals(host)).map(Node::id).toList();
    }

    /** The topology as one machine runs it: every declared host name in an endpoint becomes 127.0.0.1. */
    public static Topology onOneMachine(Topology topology) {
        Set<String> hosts = declared(topology);
        if (hosts.isEmpty()) {
            return topology;
        }
        UnaryOperator<String> local = endpoint -> withHost(endpoint, hosts, LOOPBACK);
        return rewrite(topology, n -> true, local, local);
    }

    /**
     * The topology as host {@code host} runs it: its nodes' binds on a host name (its own, or a name the deployment
     * gives it, such as a Kubernetes Service) listen on every interface, since peers come from other machines;
     * connects keep their names, which the deployment resolves. Binds on addresses are left as written.
     */
    public static Topology asDeployedOn(Topology topology, String host) {
        UnaryOperator<String> bind = endpoint -> {
            String name = hostOf(endpoint);
            return name != null && isName(name) ? Endpoint.tcp(EVERY_INTERFACE, Endpoint.parse(endpoint).port()).toString()
                    : endpoint;
        };
        return rewrite(topology, n -> n.hostOrDefault().equals(host), bind, UnaryOperator.identity());
    }

    /** A host name, not an address, a wildcard or localhost. */
    public static boolean isName(String host) {
        return !host.equals("*") && !host.equalsIgnoreCase("localhost") && !isAddress(host);
    }

    /** An IPv4 address, or an IPv6 one in brackets, rather than a name. */
    public static boolean isAddress(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }

    /** The host part of a tcp endpoint, or null (ipc, inproc, or text that is no endpoint). */
    public static String hostOf(String endpoint) {
        try {
            Endpoint e = Endpoint.parse(endpoint);
            return e.transport() == Transport.TCP ? e.host() : null;
        } catch (EndpointSyntaxException e) {
            return null;
        }
    }

    private static String withHost(String endpoint, Set<String> names, String replacement) {
        String host = hostOf(endpoint);
        if (host == null || !names.contains(host)) {
            return endpoint;
        }
        return Endpoint.tcp(replacement, Endpoint.parse(endpoint).port()).toString();
    }

    private static Topology rewrite(Topology topology, java.util.function.Predicate<Node> whose,
                                    UnaryOperator<String> bind, UnaryOperator<String> connect) {
        List<Node> nodes = new ArrayList<>();
        for (Node node : topology.nodes()) {
            Node changed = node;
            if (whose.test(node)) {
                for (Side side : node.sides()) {
                    SocketSpec spec = changed.socket(side);
                    changed = changed.withSocket(side, spec.withBinds(spec.binds().stream().map(bind).toList()));
                }
            }
            nodes.add(changed);
        }
        List<Wire> wires = topology.wires().stream().map(w -> w.withEndpoint(connect.apply(w.endpoint()))).toList();
        return new Topology(topology.name(), topology.description(), topology.settings(), nodes, wires,
                topology.links(), topology.scenario());
    }
}
