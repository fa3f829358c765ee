package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * no-reply-path: a requester that sends to a peer which never answers waits forever (REQ blocks on its
 * strict send/receive cycle). A peer answers when it is a REP or ROUTER with a replier behaviour, or a
 * device that has somewhere to pass the request on to.
 */
final class ReplyPathRule implements Rule {

    /** Why one peer will never answer, and what would fix it. */
    private record DeadPeer(String why, String fix) {
    }

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (Node node : topology.topology().nodes()) {
            if (node instanceof SocketNode socket) {
                if (isRequester(socket)) {
                    checkRequester(topology, socket, findings);
                }
                if (socket.type() == SocketType.REP && !(socket.behaviour() instanceof Behaviour.Replier)
                        && !topology.isExternal(socket)) {
                    findings.warning("no-reply-path", SubjectKind.NODE, node.id(),
                            "a REP without a replier behaviour never answers, so its requesters wait forever",
                            "give it a replier behaviour");
                }
            }
        }
    }

    private static boolean isRequester(SocketNode node) {
        return node.type() == SocketType.REQ
                || node.type() == SocketType.DEALER && node.behaviour() instanceof Behaviour.Requester;
    }

    private static void checkRequester(TopologyIndex topology, SocketNode requester, Findings findings) {
        if (topology.topology().wiresOf(requester.id()).isEmpty()) {
            findings.error("no-reply-path", SubjectKind.NODE, requester.id(),
                    "its requests can never be answered: it is not wired to anything",
                    "wire it to a REP or ROUTER with a replier behaviour");
            return;
        }
        // Broken wires (missing nodes, bad sides) are reported by WireEndsRule and skipped here.
        List<DeadPeer> dead = new ArrayList<>();
        for (Wire wire : topology.wiresAt(requester.id(), Side.MAIN)) {
            boolean connects = wire.from().equals(requester.id());
            Node peer = topology.node(connects ? wire.to() : wire.from()).orElseThrow();
            Side peerSide = connects ? wire.toSide() : wire.fromSide();
            if (Compatibility.compatible(requester.type(), peer.socket(peerSide).type())) {
                deadPeer(topology, peer, peerSide).ifPresent(dead::add);
            }
        }
        if (!dead.isEmpty()) {
            findings.error("no-reply-path", SubjectKind.NODE, requester.id(),
                    "its requests can never be answered: " + String.join("; ", dead.stream().map(DeadPeer::why).toList()),
                    dead.getFirst().fix());
        }
    }

    private static Optional<DeadPeer> deadPeer(TopologyIndex topology, Node peer, Side side) {
        String name = "\"" + peer.id() + "\"";
        return switch (peer) {
            // An external program answers on its own; the diagram cannot know how.
            case Node external when topology.isExternal(external) -> Optional.empty();
            case SocketNode socket when socket.behaviour() instanceof Behaviour.Replier -> Optional.empty();
            case SocketNode socket -> Optional.of(new DeadPeer(
                    name + " (" + socket.type() + ") has no replier behaviour",
                    "give " + name + " a replier behaviour"));
            case DeviceNode device -> {
                Side onward = side == Side.FRONTEND ? Side.BACKEND : Side.FRONTEND;
                yield topology.wiresAt(device.id(), onward).isEmpty()
                        ? Optional.of(new DeadPeer(
                                TopologyIndex.describe(device, onward) + " has no wires",
                                "wire " + TopologyIndex.describe(device, onward) + " to a replier"))
                        : Optional.empty();
            }
        };
    }
}
