package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** behaviour-mismatch: a behaviour needs a socket type that can do what it does. */
final class BehaviourFitRule implements Rule {

    private static final Set<SocketType> REPLIERS = Set.of(SocketType.REP, SocketType.ROUTER);
    private static final Set<SocketType> REQUESTERS = Set.of(SocketType.REQ, SocketType.DEALER);

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (Node node : topology.topology().nodes()) {
            if (node instanceof SocketNode socket) {
                check(socket, findings);
            }
        }
    }

    private static void check(SocketNode node, Findings findings) {
        SocketType type = node.type();
        switch (node.behaviour()) {
            case Behaviour.Generator g when !type.sendsData() -> mismatch(node,
                    "a " + type + " socket cannot send, so its generator never sends a message",
                    "make it a " + TopologyIndex.either(types(true)) + ", or give it a sink behaviour", findings);
            case Behaviour.Sink s when !type.receivesData() -> mismatch(node,
                    "a " + type + " socket cannot receive, so its sink never gets a message",
                    "make it a " + TopologyIndex.either(types(false)) + ", or give it a generator behaviour", findings);
            case Behaviour.Replier r when !REPLIERS.contains(type) -> mismatch(node,
                    "a replier answers requests, which only REP and ROUTER sockets receive; this is a " + type,
                    "make it a REP or ROUTER, or pick another behaviour", findings);
            case Behaviour.Requester r when !REQUESTERS.contains(type) -> mismatch(node,
                    "a requester sends requests and waits for replies, which only REQ and DEALER sockets do; this is a " + type,
                    "make it a REQ or DEALER, or pick another behaviour", findings);
            case Behaviour.Broker b when type != SocketType.ROUTER -> mismatch(node,
                    "a broker answers many producers and consumers by their identity, which only a ROUTER does; this is a " + type,
                    "make it a ROUTER, or pick another behaviour", findings);
            case Behaviour.Producer p when type != SocketType.DEALER -> mismatch(node,
                    "a producer publishes to a broker while acknowledgements come back, which a DEALER does; this is a " + type,
                    "make it a DEALER, or pick another behaviour", findings);
            case Behaviour.Consumer c when type != SocketType.DEALER -> mismatch(node,
                    "a consumer fetches from a broker and commits, which a DEALER does; this is a " + type,
                    "make it a DEALER, or pick another behaviour", findings);
            default -> {
            }
        }
        String topic = switch (node.behaviour()) {
            case Behaviour.Producer p -> p.topic();
            case Behaviour.Consumer c -> c.topic();
            default -> null;
        };
        if (topic != null && topic.isBlank()) {
            findings.fieldError("no-topic", SubjectKind.NODE, node.id(), "behaviour.topic",
                    "its " + node.behaviour().kind() + " names no broker topic", "write the topic, e.g. \"All Invoices\"");
        }
    }

    private static List<SocketType> types(boolean sending) {
        return Arrays.stream(SocketType.values())
                .filter(t -> sending ? t.sendsData() : t.receivesData())
                .toList();
    }

    private static void mismatch(SocketNode node, String message, String fix, Findings findings) {
        findings.error("behaviour-mismatch", SubjectKind.NODE, node.id(), message, fix);
    }
}
