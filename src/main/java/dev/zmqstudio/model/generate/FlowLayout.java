package dev.zmqstudio.model.generate;

import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Limits;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Places the nodes a file gives no position (a file written by hand or by another program) so that none lies on
 * another: in columns, left to right the way messages flow (a sender left of its receiver, a device between its
 * frontend's peers and its backend's; where messages go both ways, the connecting socket left of the one it
 * connects to), each node as far right as its longest way from a node nothing flows into. A long chain wraps into
 * rows of at most {@value #COLUMNS_PER_ROW} columns. Where other nodes of the file have positions, the placed ones go
 * below them.
 */
public final class FlowLayout {
    /**
     * Columns this far apart: a node's box is at most 320 wide (its text is cut beyond), and a wire with its endpoint
     * needs room between two boxes.
     */
    static final double COLUMN = 380;
    /** A chain longer than this wraps: the next columns start again at the left, below. */
    static final int COLUMNS_PER_ROW = 24;
    /** Room between two rows of columns, and between the nodes the file placed and the first row placed here. */
    private static final double ROW_GAP = 2 * TieredLayout.ROW;

    private FlowLayout() {
    }

    /**
     * {@code topology} with its nodes at the indexes {@code unplaced} (in {@link Topology#nodes()}) laid out; the
     * others keep their positions. Indexes, not ids: a file may repeat an id (the validator says so), and each copy
     * needs a place of its own.
     */
    public static Topology placeUnplaced(Topology topology, Set<Integer> unplaced) {
        List<Node> nodes = topology.nodes();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (unplaced.contains(i)) {
                indexes.add(i);
            }
        }
        if (indexes.isEmpty()) {
            return topology;
        }
        Map<Integer, Position> at = new HashMap<>();
        double top = topBelowPlaced(nodes, unplaced);
        double left = leftOfPlaced(nodes, unplaced);
        List<List<Integer>> columns = new ArrayList<>(columns(topology, indexes).values());
        for (int first = 0; first < columns.size(); first += COLUMNS_PER_ROW) {
            List<List<Integer>> row = columns.subList(first, Math.min(columns.size(), first + COLUMNS_PER_ROW));
            double bottom = top;
            for (Map.Entry<Integer, Position> e : layOut(row).entrySet()) {
                Position p = e.getValue();
                Position placed = new Position(within(left + p.x() - TieredLayout.MARGIN), within(top + p.y() - TieredLayout.MARGIN));
                at.put(e.getKey(), placed);
                bottom = Math.max(bottom, placed.y());
            }
            top = bottom + ROW_GAP;
        }
        List<Node> placed = new ArrayList<>(nodes);
        at.forEach((i, p) -> placed.set(i, nodes.get(i).withPosition(p)));
        return new Topology(topology.name(), topology.description(), topology.settings(), placed, topology.wires(),
                topology.links(), topology.scenario());
    }

    /** One row of columns through {@link TieredLayout}, by node index. */
    private static Map<Integer, Position> layOut(List<List<Integer>> columns) {
        TieredLayout layout = new TieredLayout(COLUMN);
        for (List<Integer> column : columns) {
            layout.column(column.stream().map(String::valueOf).toList());
        }
        Map<Integer, Position> at = new HashMap<>();
        layout.positions().forEach((key, p) -> at.put(Integer.valueOf(key), p));
        return at;
    }

    /**
     * The nodes at {@code indexes} by column (the longest way to them from a node nothing flows into), in file order.
     * A cycle is entered at a node it is reached from, when there is one, so that it does not start left of its feeder.
     */
    private static TreeMap<Integer, List<Integer>> columns(Topology topology, List<Integer> indexes) {
        Map<String, Integer> byId = new HashMap<>();
        for (int i : indexes) {
            byId.putIfAbsent(topology.nodes().get(i).id(), i); // a repeated id's later copies stand alone
        }
        Map<Integer, Set<Integer>> outOf = new HashMap<>();
        Map<Integer, Integer> waitingFor = new HashMap<>();
        for (int i : indexes) {
            outOf.put(i, new LinkedHashSet<>());
            waitingFor.put(i, 0);
        }
        for (String[] edge : edges(topology)) {
            Integer from = byId.get(edge[0]);
            Integer to = byId.get(edge[1]);
            if (from != null && to != null && !from.equals(to) && outOf.get(from).add(to)) {
                waitingFor.merge(to, 1, Integer::sum);
            }
        }
        Map<Integer, Integer> column = new HashMap<>();
        Set<Integer> left = new LinkedHashSet<>(indexes);
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        ArrayDeque<Integer> reached = new ArrayDeque<>(); // given a column by a feeder, still waiting for others
        indexes.stream().filter(i -> waitingFor.get(i) == 0).forEach(ready::add);
        while (!left.isEmpty()) {
            if (ready.isEmpty()) {
                while (!reached.isEmpty() && !left.contains(reached.peek())) {
                    reached.poll();
                }
                ready.add(reached.isEmpty() ? left.iterator().next() : reached.poll()); // a cycle
            }
            int node = ready.poll();
            if (!left.remove(node)) {
                continue;
            }
            int c = column.computeIfAbsent(node, n -> 0);
            for (int next : outOf.get(node)) {
                if (left.contains(next)) {
                    column.merge(next, c + 1, Math::max);
                    if (waitingFor.merge(next, -1, Integer::sum) == 0) {
                        ready.add(next);
                    } else {
                        reached.add(next);
                    }
                }
            }
        }
        TreeMap<Integer, List<Integer>> columns = new TreeMap<>();
        for (int i : indexes) {
            columns.computeIfAbsent(column.get(i), c -> new ArrayList<>()).add(i);
        }
        return columns;
    }

    /** Which way each wire and link leads, as {from, to} node ids. */
    private static List<String[]> edges(Topology topology) {
        Map<String, Node> byId = new HashMap<>();
        topology.nodes().forEach(n -> byId.putIfAbsent(n.id(), n));
        Set<String> linkTargets = new HashSet<>();
        topology.links().forEach(l -> linkTargets.add(l.to()));
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
                case BOTH, NONE -> bothWaysTowardsBinder(w, connector, binder, linkTargets);
            };
            edges.add(towardsBinder ? new String[] {w.from(), w.to()} : new String[] {w.to(), w.from()});
        }
        for (Link l : topology.links()) {
            edges.add(new String[] {l.from(), l.to()});
        }
        return edges;
    }

    /**
     * Where messages go both ways: requests go from a device's frontend peers through it to its backend's peers, and
     * from a linked socket's (a broker's backend) to the sockets that connect to it; otherwise a client connects to
     * its server.
     */
    private static boolean bothWaysTowardsBinder(Wire w, Node connector, Node binder, Set<String> linkTargets) {
        if (binder instanceof DeviceNode) {
            return w.toSide() == Side.FRONTEND;
        }
        if (connector instanceof DeviceNode) {
            return w.fromSide() == Side.BACKEND;
        }
        return !linkTargets.contains(binder.id()) || linkTargets.contains(connector.id());
    }

    /** The top of the first row: below the lowest node the file placed, or the usual margin when it placed none. */
    private static double topBelowPlaced(List<Node> nodes, Set<Integer> unplaced) {
        double bottom = Double.NaN;
        for (int i = 0; i < nodes.size(); i++) {
            if (!unplaced.contains(i)) {
                bottom = Double.isNaN(bottom) ? nodes.get(i).position().y() : Math.max(bottom, nodes.get(i).position().y());
            }
        }
        return Double.isNaN(bottom) ? TieredLayout.MARGIN : bottom + TieredLayout.ROW + ROW_GAP;
    }

    /** The left edge of the nodes the file placed, or the usual margin when it placed none. */
    private static double leftOfPlaced(List<Node> nodes, Set<Integer> unplaced) {
        double left = Double.NaN;
        for (int i = 0; i < nodes.size(); i++) {
            if (!unplaced.contains(i)) {
                left = Double.isNaN(left) ? nodes.get(i).position().x() : Math.min(left, nodes.get(i).position().x());
            }
        }
        return Double.isNaN(left) ? TieredLayout.MARGIN : left;
    }

    /** Within the coordinates a file may hold: only a file already at their edge can push placed nodes past it. */
    private static double within(double coordinate) {
        return Math.max(Limits.COORDINATE.min(), Math.min(Limits.COORDINATE.max(), coordinate));
    }
}
