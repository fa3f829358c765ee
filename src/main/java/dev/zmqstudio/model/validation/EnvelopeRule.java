package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Wire;

import java.util.List;

/**
 * envelope-dropped: request-reply needs its way back. A ROUTER or REP that hands requests on through a link, with no
 * link bringing the replies back, leaves its requesters waiting forever; and a DEALER that sends plain messages to a
 * REP leaves out the empty delimiter frame a REP needs, so the REP discards every one.
 */
final class EnvelopeRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (Link link : topology.topology().links()) {
            topology.node(link.from())
                    .filter(node -> node instanceof SocketNode socket && hearsRequests(topology, socket))
                    .filter(node -> !hasLinkBack(topology, link))
                    .ifPresent(node -> findings.pitfall("envelope-dropped", SubjectKind.LINK, link.id(),
                            "\"" + node.id() + "\" (" + node.type() + ") receives requests and this link hands them on, but no"
                                    + " link hands the replies back from \"" + link.to() + "\": the reply never reaches the"
                                    + " requester that waits for it",
                            "add a link from \"" + link.to() + "\" back to \"" + node.id() + "\", or put a QUEUE device between"
                                    + " requesters and repliers", Guide.REQUEST_REPLY_MECHANISMS));
        }
        for (Wire wire : topology.soundWires()) {
            Node from = topology.node(wire.from()).orElseThrow();
            Node to = topology.node(wire.to()).orElseThrow();
            checkDealerToRep(topology, wire, from, to, findings);
            checkDealerToRep(topology, wire, to, from, findings);
        }
    }

    private static boolean startsWithDelimiter(Behaviour.Generator generator) {
        List<String> frames = generator.frameTemplates();
        return frames.size() > 1 && frames.getFirst().isEmpty();
    }

    private static boolean hasLinkBack(TopologyIndex topology, Link link) {
        return topology.topology().links().stream().anyMatch(l -> l.from().equals(link.to()) && l.to().equals(link.from()));
    }

    /** A ROUTER or REP of ours wired to a REQ or DEALER: what it receives are requests. */
    private static boolean hearsRequests(TopologyIndex topology, SocketNode socket) {
        if (socket.type() != SocketType.ROUTER && socket.type() != SocketType.REP || topology.isExternal(socket)) {
            return false;
        }
        return topology.topology().wiresOf(socket.id()).stream()
                .map(w -> topology.node(w.from().equals(socket.id()) ? w.to() : w.from()))
                .flatMap(java.util.Optional::stream)
                .anyMatch(peer -> peer.type() == SocketType.REQ || peer.type() == SocketType.DEALER);
    }

    private static void checkDealerToRep(TopologyIndex topology, Wire wire, Node dealer, Node rep, Findings findings) {
        if (dealer instanceof SocketNode socket && socket.type() == SocketType.DEALER && rep.type() == SocketType.REP
                && socket.behaviour() instanceof Behaviour.Generator generator && !startsWithDelimiter(generator)
                && !topology.isExternal(socket)) {
            findings.pitfall("envelope-dropped", SubjectKind.WIRE, wire.id(),
                    "the DEALER \"" + dealer.id() + "\" sends plain messages to the REP \"" + rep.id() + "\", which needs each"
                            + " request to start with an empty delimiter frame and silently discards the rest",
                    "give \"" + dealer.id() + "\" a requester behaviour (it adds the delimiter), or make it a REQ",
                    Guide.REQUEST_REPLY_COMBINATIONS);
        }
    }
}
