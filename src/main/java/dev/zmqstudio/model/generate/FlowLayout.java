package dev.zmqstudio.model.generate;

import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Places the nodes a file gives no position (a file written by hand or by another program) so that none lies on
 * another: in columns, left to right in the order messages flow (a sender left of its receiver, a requester left of
 * the replier it connects to, a device between its frontend's peers and its backend's), each node as far right as its
 * longest way from a source. Where other nodes of the file have positions, the placed ones go below them.
 */
public final class FlowLayout {
    /**
     * Columns this far apart: a node's box is at most 320 wide (its text is cut beyond), and a wire with its endpoint
     * needs room between two boxes.
     */
    static final double COLUMN = 380;
    /** Room between the nodes the file placed and those placed here. */
    private static final double GAP_BELOW = 140;

    private FlowLayout() {
    }

    /** {@code topology} with the nodes {@code unplaced} (ids) laid out; the others keep their positions. */
    public static Topology placeUnplaced(Topology topology, Set<String> unplaced) {
        List<String> ids = topology.nodes().stream().map(Node::id).filter(unplaced::contains).distinct().toList();
        if (ids.isEmpty()) {
            return topology;
        }
        TieredLayout layout = new TieredLayout(COLUMN);
        columns(topology, ids).values().forEach(layout::column);
        Map<String, Position> at = layout.positions();
        Position offset = offsetBelowPlaced(topology, unplaced);
        return topology.mapNodes(n -> unplaced.contains(n.id()) && at.containsKey(n.id())
                ? n.withPosition(new Position(at.get(n.id()).x() + offset.x(), at.get(n.id()).y() + offset.y())) : n);
    }

    /** The nodes {@code ids} by column (the longest way to them from a node nothing flows into), in file order. */
    private static TreeMap<Integer, List<String>> columns(Topology topology, List<String> ids) {
        Map<String, Set<String>> into = new HashMap<>();
        Map<String, Set<String>> outOf = new HashMap<>();
        Set<String> nodes = new LinkedHashSet<>(ids);
        for (String id : ids) {
            into.put(id, new LinkedHashSet<>());
            outOf.put(id, new LinkedHashSet<>());
        }
        for (String[] edge : edges(topology)) {
            if (nodes.contains(edge[0]) && nodes.contains(edge[1]) && !edge[0].equals(edge[1])) {
                outOf.get(edge[0]).add(edge[1]);
                into.get(edge[1]).add(edge[0]);
            }
        }
        Map<String, Integer> column = new HashMap<>();
        Map<String, Integer> waitingFor = new HashMap<>();
        into.forEach((id, from) -> waitingFor.put(id, from.size()));
        Set<String> left = new LinkedHashSet<>(nodes);
        ArrayDeque<String> ready = new ArrayDeque<>();
        left.stream().filter(id -> waitingFor.get(id) == 0).forEach(ready::add);
        while (!left.isEmpty()) {
            if (ready.isEmpty()) {
                ready.add(left.iterator().next()); // a cycle: its first node in the file starts it
            }
            String id = ready.poll();
            if (!left.remove(id)) {
                continue;
            }
            int c = column.getOrDefault(id, 0);
            column.put(id, c);
            for (String next : outOf.get(id)) {
                if (left.contains(next)) {
                    column.merge(next, c + 1, Math::max);
                    if (waitingFor.merge(next, -1, Integer::sum) == 0) {
                        ready.add(next);
                    }
                }
            }
        }
        TreeMap<Integer, List<String>> columns = new TreeMap<>();
        for (String id : ids) {
            columns.computeIfAbsent(column.get(id), c -> new ArrayList<>()).add(id);
        }
        return columns;
    }

    /** Which way each wire and link leads, as {from, to} node ids. */
    private static List<String[]> edges(Topology topology) {
        Map<String, Node> byId = new LinkedHashMap<>();
        topology.nodes().forEach(n -> byId.putIfAbsent(n.id(), n));
        List<String[]> edges = new ArrayList<>();
        for (Wire w : topology.wires()) {
            Node connector = byId.get(w.from());
            Node binder = byId.get(w.to());
            if (connector == null || binder == null || !connector.sides().contains(w.fromSide())
                    || !binder.sides().contains(w.toSide())) {
                continue; // the validator reports it; placing needs no answer
            }
            Compatibility.Flow flow = Compatibility.flow(connector.socket(w.fromSide()).type(), binder.socket(w.toSide()).type());
            boolean towardsBinder = switch (flow) {
                case TO_BINDER -> true;
                case TO_CONNECTOR -> false;
                // Requests go from a device's frontend peers through it to its backend's; a client connects to its server.
                case BOTH, NONE -> binder instanceof DeviceNode ? w.toSide() == Side.FRONTEND
                        : !(connector instanceof DeviceNode) || w.fromSide() == Side.BACKEND;
            };
            edges.add(towardsBinder ? new String[] {w.from(), w.to()} : new String[] {w.to(), w.from()});
        }
        for (Link l : topology.links()) {
            edges.add(new String[] {l.from(), l.to()});
        }
        return edges;
    }

    /** Zero when no node has a position from the file; else below the lowest of them, from their left edge. */
    private static Position offsetBelowPlaced(Topology topology, Set<String> unplaced) {
        List<Position> placed = topology.nodes().stream().filter(n -> !unplaced.contains(n.id())).map(Node::position).toList();
        if (placed.isEmpty()) {
            return Position.ORIGIN;
        }
        double left = placed.stream().mapToDouble(Position::x).min().orElseThrow();
        double bottom = placed.stream().mapToDouble(Position::y).max().orElseThrow();
        return new Position(left - TieredLayout.MARGIN, bottom + GAP_BELOW - TieredLayout.MARGIN + TieredLayout.ROW);
    }
}
