package dev.zmqstudio.runtime.trace;

import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.engine.Subscribers;

import dev.zmqstudio.model.SocketType;

/**
 * When both ends of a wire number its messages alike, so that a receipt meets its own send by (wire, number)
 * rather than by its bytes, which may repeat. Messages on one wire arrive in the order they were sent, so the
 * n-th message a receiver counts on a wire is the n-th its sender put on that wire, when:
 * <ul>
 * <li>the sender has that one wire and hands every message to it (its own count numbers them); a publisher, which
 * drops what a subscriber's filters do not match, instead numbers per subscriber we run the messages that match
 * its filters ({@link Subscribers});</li>
 * <li>the receiver counts that wire itself (it tells its wires apart), or has that one wire.</li>
 * </ul>
 * A message lost on the way (a reconnect, a publisher dropping at its high-water mark) moves the numbers apart;
 * a sample whose bytes then differ from its send's is left unmatched, never matched to the wrong send.
 */
public final class MessageNumbers {
    private MessageNumbers() {
    }

    /** Whether {@code sender} numbers its messages on {@code w} as the receiving end counts them. */
    static boolean senderNumbers(RunPlan plan, RunPlan.SidePlan sender, RunPlan.WirePlan w) {
        if (fansOut(sender)) {
            return Subscribers.numbered(plan, w.other(sender));
        }
        return sender.wires().size() == 1;
    }

    /** Whether a message {@code receiver} counts on {@code w} is numbered by that wire's own count. */
    public static boolean receiverNumbers(RunPlan.SidePlan receiver, RunPlan.WirePlan w) {
        boolean countsIt = (w.binder() == receiver ? w.countsToBinder : w.countsToConnector) == receiver;
        return countsIt || receiver.wires().size() == 1;
    }

    public static boolean fansOut(RunPlan.SidePlan sender) {
        return sender.type() == SocketType.PUB || sender.type() == SocketType.XPUB;
    }
}
