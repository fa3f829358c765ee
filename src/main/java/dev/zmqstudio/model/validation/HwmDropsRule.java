package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Wire;

import java.util.Locale;
import java.util.Optional;

/**
 * hwm-drops: a publisher faster than a subscriber can handle fills the subscriber's queue (its receive HWM plus the
 * publisher's send HWM for that peer); past that a PUB drops the subscriber's messages, silently. Judged on a
 * direct wire from a generating PUB/XPUB to a SUB/XSUB sink that simulates work per message.
 */
final class HwmDropsRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (Wire wire : topology.soundWires()) {
            Optional<SocketNode> publisher = end(topology, wire, SocketType.PUB, SocketType.XPUB);
            Optional<SocketNode> subscriber = end(topology, wire, SocketType.SUB, SocketType.XSUB);
            if (publisher.isPresent() && subscriber.isPresent()
                    && publisher.get().behaviour() instanceof Behaviour.Generator generator
                    && subscriber.get().behaviour() instanceof Behaviour.Sink sink && sink.workMillis() > 0) {
                check(wire, publisher.get(), generator, subscriber.get(), sink, findings);
            }
        }
    }

    private static void check(Wire wire, SocketNode publisher, Behaviour.Generator generator, SocketNode subscriber,
                              Behaviour.Sink sink, Findings findings) {
        double capacity = 1000.0 / sink.workMillis();
        double rate = generator.rate() == 0 ? Double.POSITIVE_INFINITY : generator.rate();
        if (rate <= capacity) {
            return;
        }
        long queue = (long) publisher.socket().options().sendHwm() + subscriber.socket().options().receiveHwm();
        // With a count, only the part the subscriber cannot take while the publisher sends must fit the queue.
        double excess = generator.count() == 0 ? Double.POSITIVE_INFINITY : generator.count() * (1 - capacity / rate);
        if (excess <= queue) {
            return;
        }
        findings.pitfall("hwm-drops", SubjectKind.WIRE, wire.id(),
                "\"" + publisher.id() + "\" publishes " + (generator.rate() == 0 ? "as fast as it can" : format(rate) + " messages a second")
                        + " but \"" + subscriber.id() + "\" handles about " + format(capacity) + " a second (workMillis "
                        + format(sink.workMillis()) + "): once the " + queue + " messages its queues hold (send HWM + receive HWM)"
                        + " are full, the publisher drops messages for it",
                "slow the publisher down, raise the HWMs, or give the subscriber less work per message",
                Guide.HIGH_WATER_MARKS);
    }

    private static Optional<SocketNode> end(TopologyIndex topology, Wire wire, SocketType a, SocketType b) {
        for (String id : new String[] {wire.from(), wire.to()}) {
            Node node = topology.node(id).orElseThrow();
            if (node instanceof SocketNode socket && (socket.type() == a || socket.type() == b)
                    && socket.hasSide(Side.MAIN) && !topology.isExternal(node)) {
                return Optional.of(socket);
            }
        }
        return Optional.empty();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
