package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;

/**
 * no-subscription: a SUB filters everything out until it subscribes, the classic "why do I get nothing". An
 * external SUB subscribes in its own program, so it is not checked.
 */
final class SubscriptionRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (Node node : topology.topology().nodes()) {
            if (node instanceof SocketNode socket && socket.type() == SocketType.SUB && !topology.isExternal(node)
                    && socket.socket(Side.MAIN).options().subscriptions().isEmpty()) {
                findings.pitfall("no-subscription", SubjectKind.NODE, node.id(),
                        "a SUB with no subscriptions receives nothing",
                        "add \"\" to receive everything, or a topic prefix", Guide.GETTING_THE_MESSAGE_OUT);
            }
        }
    }
}
