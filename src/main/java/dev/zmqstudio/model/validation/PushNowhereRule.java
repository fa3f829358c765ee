package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;

/**
 * push-nowhere: a PUSH (or a DEALER) with no peer does not drop what it is given, it queues it up to its high-water
 * mark and then blocks, so everything upstream of it stalls. A PUB, by contrast, drops; it is not checked.
 */
final class PushNowhereRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (Node node : topology.topology().nodes()) {
            if (node instanceof SocketNode socket && blocksWithoutPeer(socket.type()) && !topology.isExternal(node)
                    && topology.topology().wiresOf(node.id()).isEmpty()) {
                String source = whatItSends(topology, socket);
                if (source != null) {
                    findings.pitfall("push-nowhere", SubjectKind.NODE, node.id(),
                            "a " + socket.type() + " with nothing to take its messages (" + source + ") queues up to its "
                                    + "high-water mark and then blocks; nothing is dropped, everything waits",
                            "wire it to a PULL (or a ROUTER/DEALER), or remove it", Guide.DIVIDE_AND_CONQUER);
                }
            }
        }
    }

    private static boolean blocksWithoutPeer(SocketType type) {
        return type == SocketType.PUSH || type == SocketType.DEALER;
    }

    /** What makes it send, or null when nothing does. */
    private static String whatItSends(TopologyIndex topology, SocketNode socket) {
        if (socket.behaviour() instanceof Behaviour.Generator || socket.behaviour() instanceof Behaviour.Requester) {
            return "its " + socket.behaviour().kind() + " sends";
        }
        return topology.topology().links().stream()
                .filter(l -> l.to().equals(socket.id()))
                .map(Link::id)
                .findFirst()
                .map(id -> "link " + id + " hands it messages")
                .orElse(null);
    }
}
