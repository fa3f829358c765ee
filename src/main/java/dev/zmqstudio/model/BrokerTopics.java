package dev.zmqstudio.model;

import java.util.List;
import java.util.TreeSet;

/** The topics a broker node carries in a diagram: those of the producers and consumers wired to it, sorted. */
public final class BrokerTopics {

    private BrokerTopics() {
    }

    /** Empty for a node that is not a broker, or that no producer or consumer is wired to. */
    public static List<String> of(Topology topology, Node node) {
        if (!(node instanceof SocketNode s) || !(s.behaviour() instanceof Behaviour.Broker)) {
            return List.of();
        }
        TreeSet<String> topics = new TreeSet<>();
        for (Wire wire : topology.wiresOf(node.id())) {
            String other = wire.from().equals(node.id()) ? wire.to() : wire.from();
            topology.node(other).ifPresent(n -> {
                if (n instanceof SocketNode client) {
                    switch (client.behaviour()) {
                        case Behaviour.Producer p when !p.topic().isBlank() -> topics.add(p.topic());
                        case Behaviour.Consumer c when !c.topic().isBlank() -> topics.add(c.topic());
                        default -> { }
                    }
                }
            });
        }
        return List.copyOf(topics);
    }
}
