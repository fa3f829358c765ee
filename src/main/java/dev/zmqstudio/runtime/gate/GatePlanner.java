package dev.zmqstudio.runtime.gate;

import dev.zmqstudio.runtime.engine.RunPlan;

import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Transport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out what the start gate waits for: every tcp/ipc wire our side connects (to a running node or an
 * external program) to finish its handshake, every program drawn as connecting to one of our sockets to connect
 * ({@link ExternalPeers}), and every publisher to receive the subscriptions its subscribers will send, ours and
 * external programs' as the file declares them: directly, each SUB's list over its wire; through a FORWARDER, each
 * distinct topic once (XSUB deduplicates), by a route through the devices to each downstream subscriber of that
 * topic, so that it is no longer awaited once none of those subscribers can send it.
 */
public final class GatePlanner {
    private GatePlanner() {
    }

    public static void plan(RunPlan plan, StartGate gate) {
        for (RunPlan.WirePlan w : plan.wires) {
            // Our connecting end sees the handshake (with an external binder too); our binding end sees a program
            // connect to it.
            if (w.carried() != Transport.INPROC
                    && (plan.runs(w.connector().node()) || plan.runs(w.binder().node()))) {
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

    /** What each peer of {@code publisher} will subscribe to over its wire (a program: what the file declares). */
    private static void expectSubscriptions(RunPlan plan, RunPlan.SidePlan publisher, StartGate gate) {
        for (RunPlan.WirePlan w : publisher.wires()) {
            RunPlan.SidePlan peer = w.other(publisher);
            if (isSubscriber(peer)) {
                for (String topic : peer.spec().options().subscriptions()) {
                    gate.expectSubscription(publisher.index(), topic, List.of(Set.of(w.index)));
                }
            } else if (isForwarderFrontend(peer) && plan.runs(peer.node())) {
                downstreamRoutes(plan, (DeviceNode) peer.node(), new HashSet<>()).forEach((topic, routes) ->
                        gate.expectSubscription(publisher.index(), topic, routes.stream().map(r -> with(r, w.index)).toList()));
            }
        }
    }

    /**
     * Per topic the forwarder's XPUB side will receive, the routes it comes by: the wires from its backend to a
     * subscriber of that topic, through the forwarders in between. {@code path} holds the forwarders on the way
     * here (a loop of forwarders is not followed round).
     */
    private static Map<String, List<Set<Integer>>> downstreamRoutes(RunPlan plan, DeviceNode forwarder, Set<String> path) {
        Map<String, List<Set<Integer>>> routes = new LinkedHashMap<>();
        if (!path.add(forwarder.id())) {
            return routes;
        }
        RunPlan.SidePlan backend = plan.side(forwarder.id(), Side.BACKEND);
        for (RunPlan.WirePlan w : backend.wires()) {
            RunPlan.SidePlan peer = w.other(backend);
            if (isSubscriber(peer)) {
                for (String topic : peer.spec().options().subscriptions()) {
                    routes.computeIfAbsent(topic, k -> new ArrayList<>()).add(Set.of(w.index));
                }
            } else if (isForwarderFrontend(peer) && plan.runs(peer.node())) {
                downstreamRoutes(plan, (DeviceNode) peer.node(), path).forEach((topic, further) ->
                        further.forEach(r -> routes.computeIfAbsent(topic, k -> new ArrayList<>()).add(with(r, w.index))));
            }
        }
        path.remove(forwarder.id());
        return routes;
    }

    private static boolean isSubscriber(RunPlan.SidePlan side) {
        return side.node() instanceof SocketNode && (side.type() == SocketType.SUB || side.type() == SocketType.XSUB);
    }

    private static boolean isForwarderFrontend(RunPlan.SidePlan side) {
        return side.node() instanceof DeviceNode d && d.type() == DeviceType.FORWARDER && side.side() == Side.FRONTEND;
    }

    private static Set<Integer> with(Set<Integer> route, int wire) {
        Set<Integer> longer = new HashSet<>(route);
        longer.add(wire);
        return longer;
    }
}
