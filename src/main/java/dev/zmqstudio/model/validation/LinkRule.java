package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.Topology;

import java.util.Optional;

/**
 * missing-node, link-source, link-target and link-placement: a link hands what one socket receives to
 * another socket of the same process, which sends it.
 */
final class LinkRule implements Rule {

    @Override
    public void check(TopologyIndex index, Findings findings) {
        Topology topology = index.topology();
        for (Link link : topology.links()) {
            Optional<Node> from = index.node(link.from());
            Optional<Node> to = index.node(link.to());
            from.ifPresentOrElse(node -> checkSource(link, node, findings), () -> missing(link, "from", findings));
            to.ifPresentOrElse(node -> checkTarget(link, node, findings), () -> missing(link, "to", findings));
            if (from.isPresent() && to.isPresent()) {
                Placement a = topology.placementOf(from.get());
                Placement b = topology.placementOf(to.get());
                if (a != b || !java.util.Objects.equals(from.get().process(), to.get().process())) {
                    findings.error("link-placement", SubjectKind.LINK, link.id(),
                            "linked sockets must run in one process, but \"" + link.from() + "\" runs "
                                    + InprocPlacementRule.where(topology, from.get()) + " and \"" + link.to() + "\" runs "
                                    + InprocPlacementRule.where(topology, to.get()),
                            "give both nodes the same placement and process");
                }
            }
        }
    }

    private static void missing(Link link, String end, Findings findings) {
        String nodeId = end.equals("from") ? link.from() : link.to();
        findings.error("missing-node", SubjectKind.LINK, link.id(),
                "its \"" + end + "\" node \"" + nodeId + "\" does not exist",
                "point it at an existing node, or delete the link");
    }

    private static void checkSource(Link link, Node node, Findings findings) {
        switch (node) {
            case DeviceNode device -> findings.error("link-source", SubjectKind.LINK, link.id(),
                    "\"" + device.id() + "\" is a " + device.type() + " device; links join socket nodes",
                    "link from a socket node that receives messages");
            case SocketNode socket when !socket.type().receivesData() -> findings.error("link-source",
                    SubjectKind.LINK, link.id(),
                    "\"" + socket.id() + "\" is a " + socket.type() + " socket, which receives no messages to hand on",
                    "link from a socket node that receives messages (SUB, PULL, ...)");
            default -> {
            }
        }
    }

    private static void checkTarget(Link link, Node node, Findings findings) {
        switch (node) {
            case DeviceNode device -> findings.error("link-target", SubjectKind.LINK, link.id(),
                    "\"" + device.id() + "\" is a " + device.type() + " device; links join socket nodes",
                    "link to a socket node that sends messages");
            case SocketNode socket when !socket.type().sendsData() -> findings.error("link-target",
                    SubjectKind.LINK, link.id(),
                    "\"" + socket.id() + "\" is a " + socket.type() + " socket, which cannot send the messages handed to it",
                    "link to a socket node that sends messages (PUB, PUSH, ...)");
            default -> {
            }
        }
    }
}
