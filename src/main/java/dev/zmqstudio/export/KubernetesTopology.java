package dev.zmqstudio.export;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Hosts;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.List;

/**
 * The topology as the ConfigMap holds it: in a cluster a host's name resolves to nothing, a Service's does, so every
 * connect to a reachable bind of a deployed node goes to that bind's Service ({@code tcp://h1:5601} becomes
 * {@code tcp://generator-5601:5601}), and the bind itself names the Service too (a deployed host listens on every
 * interface for a bind on a name: {@link Hosts#asDeployedOn}). Binds on {@code *} stay; loopback connects stay
 * (they never leave their pod). Nodes, wires, links and everything else are as in the file.
 */
final class KubernetesTopology {
    private KubernetesTopology() {
    }

    static Topology of(DeploymentPlan plan, KubernetesNames names) {
        List<Node> nodes = new ArrayList<>();
        for (Node node : plan.topology.nodes()) {
            Node changed = node;
            for (Side side : node.sides()) {
                SocketSpec spec = changed.socket(side);
                List<String> binds = spec.binds().stream().map(b -> bind(plan, names, node, side, b)).toList();
                changed = changed.withSocket(side, spec.withBinds(binds));
            }
            nodes.add(changed);
        }
        List<Wire> wires = plan.topology.wires().stream().map(w -> connect(plan, names, w)).toList();
        Topology t = plan.topology;
        return new Topology(t.name(), t.description(), t.settings(), nodes, wires, t.links(), t.scenario());
    }

    private static String bind(DeploymentPlan plan, KubernetesNames names, Node node, Side side, String bind) {
        Endpoint e = DeployProblems.parse(bind);
        if (e == null || !Hosts.deploys(node) || e.isWildcard()) {
            return bind;
        }
        return plan.host(node.hostOrDefault()).binds().stream()
                .filter(b -> b.nodeId().equals(node.id()) && b.side() == side && b.endpoint().equals(bind))
                .findFirst().map(b -> Endpoint.tcp(names.service(b), b.port()).toString()).orElse(bind);
    }

    private static Wire connect(DeploymentPlan plan, KubernetesNames names, Wire wire) {
        Endpoint e = DeployProblems.parse(wire.endpoint());
        if (e == null || !e.isExposed()) {
            return wire;
        }
        return plan.bindOf(wire).map(b -> wire.withEndpoint(Endpoint.tcp(names.service(b), b.port()).toString()))
                .orElse(wire);
    }
}
