package dev.zmqstudio.runtime;

import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Transport;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Works out what the start gate waits for: every tcp/ipc wire our side connects (to a running node or an
 * external program) to finish its
 * handshake, and every publisher to receive the subscriptions its subscribers will send
 * (directly: each SUB's list; through a FORWARDER: each distinct topic once, as XSUB deduplicates).
 */
final class GatePlanner {
    private GatePlanner() {
    }

    static void plan(RunPlan plan, StartGate gate) {
        for (RunPlan.WirePlan w : plan.wires) {
            // Our connecting end sees the handshake with an external binder too; a connect to us is not seen.
            if (w.endpoint.transport() != Transport.INPROC && plan.runs(w.connector().node())) {
                gate.expectWire(w.index);
            }
        }
        for (RunPlan.SidePlan side : plan.sides) {
            // Every publisher, not only generators: a worker that publishes what its links hand it must not
            // drop messages because its subscriber's subscription is still on the way.
            if (side.node() instanceof SocketNode s && (s.type() == SocketType.PUB || s.type() == SocketType.XPUB)
                    && plan.runs(s)) {
                expectSubscriptions(plan, side, gate);
            }
        }
    }

    /** What each running peer of {@code publisher} will subscribe to over its wire. */
    private static void expectSubscriptions(RunPlan plan, RunPlan.SidePlan publisher, StartGate gate) {
        for (RunPlan.WirePlan w : publisher.wires()) {
            RunPlan.SidePlan peer = w.other(publisher);
            if (!plan.runs(peer.node())) {
                continue;
            }
            if (peer.node() instanceof SocketNode s && (s.type() == SocketType.SUB || s.type() == SocketType.XSUB)) {
                gate.expectSubscriptions(publisher.index(), peer.index(), w.index, s.socket().options().subscriptions());
            } else if (peer.node() instanceof DeviceNode d && d.type() == DeviceType.FORWARDER && peer.side() == Side.FRONTEND) {
                gate.expectSubscriptions(publisher.index(), peer.index(), w.index, downstreamTopics(plan, d, new HashSet<>()));
            }
        }
    }

    private static Set<String> downstreamTopics(RunPlan plan, DeviceNode forwarder, Set<String> visited) {
        Set<String> topics = new LinkedHashSet<>();
        if (!visited.add(forwarder.id())) {
            return topics;
        }
        RunPlan.SidePlan backend = plan.side(forwarder.id(), Side.BACKEND);
        for (RunPlan.WirePlan w : backend.wires()) {
            RunPlan.SidePlan peer = w.other(backend);
            if (!plan.runs(peer.node())) {
                continue;
            }
            if (peer.node() instanceof SocketNode s && (s.type() == SocketType.SUB || s.type() == SocketType.XSUB)) {
                topics.addAll(s.socket().options().subscriptions());
            } else if (peer.node() instanceof DeviceNode d && d.type() == DeviceType.FORWARDER) {
                topics.addAll(downstreamTopics(plan, d, visited));
            }
        }
        return topics;
    }
}
