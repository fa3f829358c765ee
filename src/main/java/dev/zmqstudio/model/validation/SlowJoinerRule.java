package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;

/**
 * slow-joiner: with the start gate off, a publisher that starts at full speed sends before its subscribers have
 * connected and subscribed; PUB drops what no subscriber asked for yet, so the first messages are lost.
 */
final class SlowJoinerRule implements Rule {
    /** Below this rate only the first message or so is at risk; at or above it, a burst is. */
    static final double FAST_RATE = 100;

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        if (topology.topology().settings().waitForConnections()) {
            return;
        }
        for (Node node : topology.topology().nodes()) {
            if (node instanceof SocketNode socket && isPublisher(socket.type()) && !topology.isExternal(node)
                    && socket.behaviour() instanceof Behaviour.Generator g && isFast(g)
                    && !topology.topology().wiresOf(node.id()).isEmpty()) {
                findings.pitfall("slow-joiner", SubjectKind.NODE, node.id(),
                        "the start gate is off and this publisher sends " + (g.rate() == 0 ? "at full speed" : g.rate() + " messages a second")
                                + " from the start: a subscriber takes milliseconds to connect and subscribe, and a PUB drops"
                                + " every message sent before that (the slow joiner)",
                        "turn \"waitForConnections\" on in the settings, or lower the rate", Guide.GETTING_THE_MESSAGE_OUT);
            }
        }
    }

    private static boolean isPublisher(SocketType type) {
        return type == SocketType.PUB || type == SocketType.XPUB;
    }

    private static boolean isFast(Behaviour.Generator generator) {
        return generator.rate() == 0 || generator.rate() >= FAST_RATE;
    }
}
