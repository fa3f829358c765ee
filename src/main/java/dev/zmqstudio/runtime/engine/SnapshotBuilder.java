package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.external.CommandProcess;
import dev.zmqstudio.runtime.device.DeviceRunner;
import dev.zmqstudio.runtime.external.ExternalPeers;
import dev.zmqstudio.runtime.behaviour.LinkRuntime;
import dev.zmqstudio.runtime.trace.PressureTracker;
import dev.zmqstudio.runtime.trace.WireCounts;

import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the live counters of a run into an {@link EngineSnapshot}. Any thread. */
public final class SnapshotBuilder {
    private final RunContext ctx;
    private final Map<String, NodeRuntime> socketNodes = new LinkedHashMap<>();
    private final Map<String, DeviceRunner> devices = new LinkedHashMap<>();
    private final List<SocketHandle> handles = new ArrayList<>();
    private final Map<String, CommandProcess> commands = new LinkedHashMap<>();
    private final RemoteNodes remote;
    private final java.util.function.Function<Node, EngineSnapshot.NodeStats> standIns;
    private final WireCounts wireCounts;

    public SnapshotBuilder(RunContext ctx, List<UnitRunner> units, List<DeviceRunner> deviceRunners) {
        this(ctx, units, deviceRunners, List.of(), RemoteNodes.NONE, node -> null);
    }

    /**
     * {@code remote}: the nodes that run in child processes. {@code standIns}: the numbers of an external node that
     * stands for a part of the run itself (the log publisher), null for the others.
     */
    public SnapshotBuilder(RunContext ctx, List<UnitRunner> units, List<DeviceRunner> deviceRunners,
                    List<CommandProcess> commandProcesses, RemoteNodes remote,
                    java.util.function.Function<Node, EngineSnapshot.NodeStats> standIns) {
        this.ctx = ctx;
        this.remote = remote;
        this.standIns = standIns;
        commandProcesses.forEach(c -> commands.put(c.nodeId(), c));
        for (UnitRunner unit : units) {
            for (NodeRuntime node : unit.nodes()) {
                socketNodes.put(node.id(), node);
                if (node.handle != null) {
                    handles.add(node.handle);
                }
            }
        }
        for (DeviceRunner device : deviceRunners) {
            devices.put(device.device.id(), device);
            if (device.frontend != null) {
                handles.add(device.frontend);
            }
            if (device.backend != null) {
                handles.add(device.backend);
            }
        }
        this.wireCounts = new WireCounts(ctx, this::sentBy);
    }

    /**
     * Reads a restarted unit's nodes from now on ({@code fresh}, already bound and connected) in place of their old
     * runtimes: values replaced in place, so readers on other threads never see the structures change.
     */
    void replace(UnitRunner fresh) {
        for (NodeRuntime node : fresh.nodes()) {
            NodeRuntime old = socketNodes.put(node.id(), node);
            if (old != null && old.handle != null && node.handle != null) {
                int at = handles.indexOf(old.handle);
                if (at >= 0) {
                    handles.set(at, node.handle);
                }
            }
        }
    }

    /** What side {@code side} has sent in all, here or in a child process (0 when unknown). */
    private long sentBy(RunPlan.SidePlan side) {
        for (SocketHandle h : handles) {
            if (h.plan == side) {
                return h.sent.get();
            }
        }
        EngineSnapshot.NodeStats stats = remote.stats(side.node());
        if (stats == null) {
            return 0;
        }
        EngineSnapshot.SideStats sideStats = stats.sides().get(side.side().key());
        return sideStats != null ? sideStats.sent() : stats.sent();
    }

    public List<SocketHandle> handles() {
        return handles;
    }

    long totalTraffic() {
        long sum = 0;
        for (SocketHandle h : handles) {
            sum += h.sent.get() + h.received.get();
        }
        return sum + remote.traffic();
    }

    public EngineSnapshot build() {
        Map<String, Map<String, Long>> bySender = perSender();
        Map<String, EngineSnapshot.NodeStats> nodes = new LinkedHashMap<>();
        for (Node node : ctx.plan.topology.nodes()) {
            EngineSnapshot.NodeStats stats = nodeStats(node, bySender.getOrDefault(node.id(), Map.of()));
            if (stats != null) {
                nodes.put(node.id(), stats);
            }
        }
        Map<String, EngineSnapshot.WireStats> wires = new LinkedHashMap<>();
        long now = System.nanoTime();
        for (WireRuntime w : ctx.wires) {
            long[] latency = ctx.stopping ? w.latestPercentiles() : w.latencyPercentiles();
            RunPlan.SidePlan sender = w.plan.sender();
            RunPlan.SidePlan receiver = sender == null ? null : w.plan.other(sender);
            wires.put(w.id(), new EngineSnapshot.WireStats(w.id(), w.plan.wire.from(), w.plan.wire.to(),
                    sender == null ? null : sender.node().id(), receiver == null ? null : receiver.node().id(),
                    wireCounts.messages(w), wireCounts.exact(w), w.state(), latency == null ? null : latency[0],
                    latency == null ? null : latency[1], latency == null ? 0 : latency[2],
                    w.full(now, PressureTracker.FULL_WINDOW_NANOS), w.dropped()));
        }
        Map<String, EngineSnapshot.LinkStats> links = new LinkedHashMap<>();
        for (NodeRuntime node : socketNodes.values()) {
            for (LinkRuntime link : node.outLinks) {
                Link l = link.link;
                links.put(l.id(), new EngineSnapshot.LinkStats(l.id(), l.from(), l.to(), link.passed.get(), link.filtered.get()));
            }
        }
        remote.links().forEach(l -> links.put(l.id(), l));
        for (Link l : ctx.plan.topology.links()) {
            links.putIfAbsent(l.id(), new EngineSnapshot.LinkStats(l.id(), l.from(), l.to(), 0, 0));
        }
        return new EngineSnapshot(nodes, wires, links, ctx.gate.isOpen());
    }

    private EngineSnapshot.NodeStats nodeStats(Node node, Map<String, Long> perSender) {
        NodeRuntime sn = socketNodes.get(node.id());
        if (sn != null) {
            SocketHandle h = sn.handle;
            long sent = h == null ? 0 : h.sent.get();
            long received = h == null ? 0 : h.received.get();
            boolean aggregates = sn.node.behaviour() instanceof dev.zmqstudio.model.Behaviour.Sink s && s.aggregate() != null;
            return new EngineSnapshot.NodeStats(node.id(), node.type().name(), sn.state(), sent, received, sn.error(),
                    Map.of(), perSender, aggregates ? sn.aggregateStats.snapshot() : null, sn.errors(),
                    h == null ? 0 : h.framesSent.get(), h == null ? 0 : h.framesReceived.get(), sn.countsBy(), sn.queueFacts());
        }
        CommandProcess command = commands.get(node.id());
        if (command != null) { // an external node whose program we launched: its life, not its counts
            return new EngineSnapshot.NodeStats(node.id(), node.type().name(), command.state(), 0, 0, command.error(),
                    Map.of(), Map.of(), null, EngineSnapshot.Errors.of(command.error()), 0, 0);
        }
        DeviceRunner d = devices.get(node.id());
        if (d == null) {
            EngineSnapshot.NodeStats r = remote.stats(node);
            if (r == null) {
                r = standIns.apply(node);
            }
            return r == null ? null : withPerSender(r, perSender); // null: external, not run by us
        }
        Map<String, EngineSnapshot.SideStats> sides = new LinkedHashMap<>();
        long sent = 0;
        long received = 0;
        long framesSent = 0;
        long framesReceived = 0;
        for (SocketHandle h : new SocketHandle[] {d.frontend, d.backend}) {
            if (h != null) {
                sides.put(h.plan.side().key(), new EngineSnapshot.SideStats(h.plan.type().name(), h.sent.get(), h.received.get()));
                sent += h.sent.get();
                received += h.received.get();
                framesSent += h.framesSent.get();
                framesReceived += h.framesReceived.get();
            }
        }
        return new EngineSnapshot.NodeStats(node.id(), node.type().name(), d.state(), sent, received, d.error(),
                sides, perSender, null, EngineSnapshot.Errors.of(d.error()), framesSent, framesReceived);
    }

    /** A child reports what it could count itself; who sent what is known here, from every process's wires. */
    private static EngineSnapshot.NodeStats withPerSender(EngineSnapshot.NodeStats n, Map<String, Long> perSender) {
        return new EngineSnapshot.NodeStats(n.id(), n.type(), n.state(), n.sent(), n.received(), n.error(), n.sides(),
                perSender, n.aggregate(), n.errors(), n.framesSent(), n.framesReceived(), n.countsBy(), n.queue());
    }

    /**
     * For each node, messages it received over each wire, by the node at the other end (exact wire counts); from
     * programs that connect to it, by each connection's address (or the identity it gave a ROUTER), as the drawn
     * external nodes cannot be told apart.
     */
    private Map<String, Map<String, Long>> perSender() {
        Map<String, Map<String, Long>> byReceiver = new java.util.HashMap<>();
        Map<RunPlan.SidePlan, ExternalPeers> peersOf = new java.util.HashMap<>();
        handles.stream().filter(h -> h.externalPeers != null).forEach(h -> peersOf.put(h.plan, h.externalPeers));
        for (WireRuntime w : ctx.wires) {
            RunPlan.WirePlan p = w.plan;
            Compatibility.Flow flow = p.flow();
            String connector = p.connector().node().id();
            String binder = p.binder().node().id();
            boolean fromPeers = peersOf.containsKey(p.binder()) && !ctx.plan.runs(p.connector().node());
            if (flow != Compatibility.Flow.TO_CONNECTOR && !fromPeers) {
                byReceiver.computeIfAbsent(binder, k -> new LinkedHashMap<>()).merge(connector, w.towardsBinder.get(), Long::sum);
            }
            if (flow != Compatibility.Flow.TO_BINDER) {
                byReceiver.computeIfAbsent(connector, k -> new LinkedHashMap<>()).merge(binder, w.towardsConnector.get(), Long::sum);
            }
        }
        peersOf.forEach((side, peers) -> {
            if (side.type().receivesData()) {
                Map<String, Long> senders = byReceiver.computeIfAbsent(side.node().id(), k -> new LinkedHashMap<>());
                peers.peers().forEach(peer -> senders.merge(peer.name(), peer.received.get(), Long::sum));
            }
        });
        return byReceiver;
    }
}
