package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;

import java.util.Optional;

/**
 * lockstep-link: REQ and REP sockets strictly alternate send and receive. A link makes its target send whenever its
 * source receives, which breaks that lockstep: a REQ may not send again before its reply came, a REP may send only
 * the one reply to the request it just received. And a REQ only ever receives replies to its own requests.
 */
final class LockstepLinkRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (Link link : topology.topology().links()) {
            lockstep(topology.node(link.to())).ifPresent(type -> findings.pitfall("lockstep-link", SubjectKind.LINK, link.id(),
                    "it makes the " + type + " \"" + link.to() + "\" send whenever \"" + link.from() + "\" receives, but a "
                            + type + " must alternate send and receive: the second message in a row fails",
                    "link to a DEALER (for requests) or ROUTER (for replies) instead", Guide.REQUEST_REPLY_MECHANISMS));
            Optional<Node> from = topology.node(link.from());
            if (from.isPresent() && from.get() instanceof SocketNode source && source.type() == SocketType.REQ
                    && !(source.behaviour() instanceof Behaviour.Requester) && !topology.isExternal(source)) {
                findings.pitfall("lockstep-link", SubjectKind.LINK, link.id(),
                        "\"" + link.from() + "\" is a REQ that sends no requests, and a REQ receives only the replies to its"
                                + " own requests, so the link never has anything to hand on",
                        "give \"" + link.from() + "\" a requester behaviour, or link from a PULL, SUB or DEALER",
                        Guide.REQUEST_REPLY_MECHANISMS);
            }
        }
    }

    private static Optional<SocketType> lockstep(Optional<Node> node) {
        return node.filter(n -> n instanceof SocketNode)
                .map(Node::type)
                .filter(t -> t == SocketType.REQ || t == SocketType.REP)
                .map(SocketType.class::cast);
    }
}
