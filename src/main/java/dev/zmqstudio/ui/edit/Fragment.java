package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Copied nodes with the wires and links among them (a wire to an uncopied node stays behind). */
public record Fragment(List<Node> nodes, List<Wire> wires, List<Link> links) {

    public Fragment {
        nodes = List.copyOf(nodes);
        wires = List.copyOf(wires);
        links = List.copyOf(links);
    }

    public static Fragment of(Topology topology, Collection<String> nodeIds) {
        Set<String> ids = Set.copyOf(nodeIds);
        return new Fragment(
                topology.nodes().stream().filter(n -> ids.contains(n.id())).toList(),
                topology.wires().stream().filter(w -> ids.contains(w.from()) && ids.contains(w.to())).toList(),
                topology.links().stream().filter(l -> ids.contains(l.from()) && ids.contains(l.to())).toList());
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}
