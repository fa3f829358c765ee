package dev.zmqstudio.export;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.EndpointSyntaxException;
import dev.zmqstudio.model.Hosts;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.List;

/**
 * What keeps a valid topology from running as a deployment, where each host is a machine (a container, a pod) of
 * its own that finds the others by their host names: each problem says what and how to fix it.
 */
final class DeployProblems {
    private DeployProblems() {
    }

    static List<String> of(Topology t) {
        List<String> problems = new ArrayList<>();
        List<String> hosts = Hosts.deployed(t);
        if (hosts.isEmpty()) {
            problems.add("nothing to deploy: every node is a program of its own (external, or started by a command);"
                    + " a deployment runs the app's nodes, so give it at least one node the app runs");
            return problems;
        }
        for (Node n : t.nodes()) {
            if (Hosts.deploys(n)) {
                binds(n, hosts, problems);
            }
        }
        for (Wire w : t.wires()) {
            crossing(t, w, problems);
        }
        return problems;
    }

    private static void binds(Node n, List<String> hosts, List<String> problems) {
        String host = n.hostOrDefault();
        for (Side side : n.sides()) {
            for (String bind : n.socket(side).binds()) {
                Endpoint e = parse(bind);
                if (e == null || e.transport() != Transport.TCP || !e.isExposed() || e.isWildcard()) {
                    continue;
                }
                int port = e.port();
                if (Hosts.isAddress(e.host())) {
                    problems.add("node " + n.id() + " (host " + host + ") binds " + bind + ", an address of one machine;"
                            + " each host of a deployment has addresses of its own: bind tcp://" + host + ":" + port
                            + " (its host's name) or tcp://*:" + port);
                } else if (!e.host().equalsIgnoreCase(host) && contains(hosts, e.host())) {
                    problems.add("node " + n.id() + " runs on host " + host + " but binds " + bind + ", host "
                            + e.host() + "'s name: bind tcp://" + host + ":" + port + ", or place the node on host "
                            + e.host());
                }
            }
        }
    }

    /** A wire between nodes on two hosts must go over tcp to the binder's host name. */
    private static void crossing(Topology t, Wire w, List<String> problems) {
        Node from = t.node(w.from()).orElse(null);
        Node to = t.node(w.to()).orElse(null);
        if (from == null || to == null || !Hosts.deploys(from) || !Hosts.deploys(to)
                || from.hostOrDefault().equals(to.hostOrDefault())) {
            return;
        }
        Endpoint e = parse(w.endpoint());
        if (e == null) {
            return;
        }
        String binderHost = to.hostOrDefault();
        String what = "wire " + w.id() + ": " + from.id() + " (host " + from.hostOrDefault() + ") connects to "
                + w.endpoint() + ", but " + to.id() + " binds it on host " + binderHost + ", another machine";
        String port = e.transport() == Transport.TCP ? Integer.toString(e.port()) : "PORT";
        String fix = "connect to tcp://" + binderHost + ":" + port + " and bind tcp://" + binderHost + ":" + port
                + " (or tcp://*:" + port + ") on " + to.id() + sideOf(to, w.toSide());
        if (e.transport() != Transport.TCP) {
            problems.add(what + ", which " + e.transport().scheme() + " cannot reach: " + fix);
        } else if (!e.isExposed()) {
            problems.add(what + "; there " + e.host() + " is host " + from.hostOrDefault() + " itself: " + fix);
        } else if (!e.host().equalsIgnoreCase(binderHost)) {
            problems.add(what + "; a deployment names that machine " + binderHost + ", not " + e.host() + ": " + fix);
        }
    }

    private static String sideOf(Node n, Side side) {
        return n.sides().size() > 1 ? " (its " + side.key() + ")" : "";
    }

    private static boolean contains(List<String> hosts, String name) {
        return hosts.stream().anyMatch(h -> h.equalsIgnoreCase(name));
    }

    static Endpoint parse(String endpoint) {
        try {
            return endpoint == null ? null : Endpoint.parse(endpoint);
        } catch (EndpointSyntaxException e) {
            return null;
        }
    }
}
