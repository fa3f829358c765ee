package dev.zmqstudio.model.validation;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Limits;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem.SubjectKind;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;

/** out-of-range: rates, counts, work times, high-water marks and layout coordinates stay within {@link Limits}. */
final class LimitsRule implements Rule {

    @Override
    public void check(TopologyIndex topology, Findings findings) {
        for (Node node : topology.topology().nodes()) {
            for (Side side : node.sides()) {
                String prefix = side == Side.MAIN ? "options." : side.key() + ".options.";
                SocketOptions options = node.socket(side).options();
                check(node, prefix + "sendHwm", "sendHwm", Limits.HWM, options.sendHwm(), findings);
                check(node, prefix + "receiveHwm", "receiveHwm", Limits.HWM, options.receiveHwm(), findings);
            }
            if (node instanceof SocketNode socket) {
                behaviour(node, socket.behaviour(), findings);
            }
            if (node.position() != null) {
                check(node, "layout.x", "x", Limits.COORDINATE, node.position().x(), findings);
                check(node, "layout.y", "y", Limits.COORDINATE, node.position().y(), findings);
            }
        }
    }

    private static void behaviour(Node node, Behaviour behaviour, Findings findings) {
        switch (behaviour) {
            case Behaviour.Generator g -> {
                check(node, "behaviour.rate", "rate", Limits.RATE, g.rate(), findings);
                check(node, "behaviour.count", "count", Limits.COUNT, g.count(), findings);
            }
            case Behaviour.Requester r -> {
                check(node, "behaviour.rate", "rate", Limits.RATE, r.rate(), findings);
                check(node, "behaviour.count", "count", Limits.COUNT, r.count(), findings);
            }
            case Behaviour.Sink s -> check(node, "behaviour.workMillis", "workMillis", Limits.WORK_MILLIS, s.workMillis(), findings);
            case null, default -> {
            }
        }
    }

    private static void check(Node node, String field, String name, Limits.Range range, double value, Findings findings) {
        range.whyNot(value).ifPresent(why -> findings.fieldError("out-of-range", SubjectKind.NODE, node.id(), field,
                "\"" + name + "\" " + why, range.fix()));
    }
}
