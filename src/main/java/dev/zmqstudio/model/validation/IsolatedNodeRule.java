package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Topology;

/** isolated: a node with no wires and no links does nothing useful (often a leftover of editing). */
final class IsolatedNodeRule implements Rule {

    @Override
    public void check(TopologyIndex index, Findings findings) {
        Topology topology = index.topology();
        for (Node node : topology.nodes()) {
            if (topology.wiresOf(node.id()).isEmpty() && topology.linksOf(node.id()).isEmpty()) {
                findings.warning("isolated", SubjectKind.NODE, node.id(), "has no wires and no links",
                        "wire it to a peer, or delete it");
            }
        }
    }
}
