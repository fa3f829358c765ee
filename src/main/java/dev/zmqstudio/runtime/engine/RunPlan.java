package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The static shape of a run, computed once from the topology: which sockets exist (one per node side), which
 * wires each touches, which end counts each wire direction, and which nodes share a thread (linked nodes).
 */
public final class RunPlan {

    /** One socket to open: a node's side. */
    public record SidePlan(int index, Node node, Side side, SocketSpec spec, List<WirePlan> wires) {
        public SocketType type() {
            return spec.type();
        }

        public String label() {
            return side == Side.MAIN ? node.id() : node.id() + "." + side.key();
        }

        public List<WirePlan> connects() {
            return wires.stream().filter(w -> w.connector() == this).toList();
        }
    }

    /** One wire between two sides; {@code connector} connects to {@code endpoint}, {@code binder} binds it. */
    public static final class WirePlan {
        public final int index;
        public final Wire wire;
        public final Endpoint endpoint;
        public SidePlan connector;
        public SidePlan binder;
        /** Which end counts the messages flowing towards the binder / towards the connector (null: estimated). */
        public SidePlan countsToBinder;
        public SidePlan countsToConnector;
        /** Carried through a fault proxy: it has faults, or the scenario acts on it. */
        public final boolean faulted;

        public WirePlan(int index, Wire wire, Endpoint endpoint, boolean faulted) {
            this.index = index;
            this.wire = wire;
            this.endpoint = endpoint;
            this.faulted = faulted;
        }

        /** How its bytes travel: as its endpoint says, except a faulted inproc wire, which goes over loopback tcp. */
        public Transport carried() {
            return faulted && endpoint.transport() == Transport.INPROC ? Transport.TCP : endpoint.transport();
        }

        public SidePlan connector() {
            return connector;
        }

        public SidePlan binder() {
            return binder;
        }

        public SidePlan other(SidePlan side) {
            return side == connector ? binder : connector;
        }

        public Compatibility.Flow flow() {
            return Compatibility.flow(connector.type(), binder.type());
        }

        /** The side data flows from; null where it flows both ways. */
        public SidePlan sender() {
            return switch (flow()) {
                case TO_BINDER -> connector;
                case TO_CONNECTOR -> binder;
                case BOTH, NONE -> null;
            };
        }
    }

    public final Topology topology;
    public final List<SidePlan> sides = new ArrayList<>();
    public final List<WirePlan> wires = new ArrayList<>();
    public final Map<String, List<SidePlan>> sidesByNode = new LinkedHashMap<>();
    /** Socket nodes grouped by links: each group runs on one thread. */
    public final List<List<SocketNode>> units = new ArrayList<>();
    public final List<DeviceNode> devices = new ArrayList<>();

    private RunPlan(Topology topology) {
        this.topology = topology;
    }

    public static RunPlan of(Topology topology) {
        RunPlan plan = new RunPlan(topology);
        plan.addSides();
        plan.addWires();
        plan.chooseCountingEnds();
        plan.groupUnits();
        return plan;
    }

    public boolean runs(Node node) {
        return topology.placementOf(node) != Placement.EXTERNAL;
    }

    public SidePlan side(String nodeId, Side side) {
        for (SidePlan s : sidesByNode.getOrDefault(nodeId, List.of())) {
            if (s.side() == side) {
                return s;
            }
        }
        return null;
    }

    private void addSides() {
        for (Node node : topology.nodes()) {
            List<SidePlan> list = new ArrayList<>();
            for (Side side : node.sides()) {
                SidePlan sp = new SidePlan(sides.size(), node, side, node.socket(side), new ArrayList<>());
                sides.add(sp);
                list.add(sp);
            }
            sidesByNode.put(node.id(), list);
        }
    }

    private void addWires() {
        for (Wire wire : topology.wires()) {
            SidePlan from = side(wire.from(), wire.fromSide());
            SidePlan to = side(wire.to(), wire.toSide());
            if (from == null || to == null) {
                continue; // validation reports it; the engine only runs valid topologies
            }
            WirePlan wp = new WirePlan(wires.size(), wire, Endpoint.parse(wire.endpoint()), topology.carriesFaults(wire));
            wp.connector = from;
            wp.binder = to;
            wires.add(wp);
            from.wires().add(wp);
            to.wires().add(wp);
        }
    }

    /**
     * Exact per-wire counts without touching the bytes: the receiving end counts when it can tell wires apart
     * (a single inproc wire, or tcp connection metadata); otherwise a sending end with a single wire counts,
     * unless it is a publisher (it drops unmatched messages before they cross), and a ROUTER counts what it routes.
     */
    private void chooseCountingEnds() {
        for (WirePlan w : wires) {
            Compatibility.Flow flow = w.flow();
            if (flow == Compatibility.Flow.TO_BINDER || flow == Compatibility.Flow.BOTH) {
                w.countsToBinder = countingEnd(w, w.connector, w.binder);
            }
            if (flow == Compatibility.Flow.TO_CONNECTOR || flow == Compatibility.Flow.BOTH) {
                w.countsToConnector = countingEnd(w, w.binder, w.connector);
            }
        }
    }

    private SidePlan countingEnd(WirePlan w, SidePlan sender, SidePlan receiver) {
        if (runs(receiver.node()) && (w.carried() != Transport.INPROC || inprocWires(receiver) == 1)) {
            return receiver;
        }
        boolean filtersOrDrops = sender.type() == SocketType.PUB || sender.type() == SocketType.XPUB;
        if (runs(sender.node()) && sender.wires().size() == 1 && !filtersOrDrops) {
            return sender;
        }
        if (runs(sender.node()) && sender.type() == SocketType.ROUTER) {
            return sender; // it routes each message by its peer's identity (RouterRoutes)
        }
        return null;
    }

    /** True when messages flow from {@code side} over {@code w}. */
    public static boolean sends(WirePlan w, SidePlan side) {
        Compatibility.Flow flow = w.flow();
        return flow == Compatibility.Flow.BOTH
                || (w.connector == side ? flow == Compatibility.Flow.TO_BINDER : flow == Compatibility.Flow.TO_CONNECTOR);
    }

    static long inprocWires(SidePlan side) {
        return side.wires().stream().filter(w -> w.carried() == Transport.INPROC).count();
    }

    private void groupUnits() {
        IdGroups linked = new IdGroups();
        List<SocketNode> socketNodes = new ArrayList<>();
        for (Node node : topology.nodes()) {
            if (!runs(node)) {
                continue;
            }
            switch (node) {
                case SocketNode s -> {
                    socketNodes.add(s);
                    linked.add(s.id());
                }
                case DeviceNode d -> devices.add(d);
            }
        }
        for (Link link : topology.links()) {
            linked.join(link.from(), link.to());
        }
        Map<String, List<SocketNode>> groups = new LinkedHashMap<>();
        for (SocketNode s : socketNodes) {
            groups.computeIfAbsent(linked.root(s.id()), k -> new ArrayList<>()).add(s);
        }
        units.addAll(groups.values());
    }
}
