package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.model.Wire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the nodes of a run go when one process cannot hold their sockets ({@link DescriptorBudget}): this process
 * keeps as many as fit, and the rest go to child processes, several hundred or thousand nodes each, each child
 * filled to the same share of the limit. Nodes that must share a process (joined by a link, or by an inproc wire)
 * move together. Nodes the file places themselves ("in-process", "child-process", "external", or a process name) are
 * left where they are; only those that follow the default placement move.
 */
final class ProcessPacking {
    /** The share of the descriptor limit a process is filled to: the rest is for connections that come and go. */
    static final double FILL = 0.8;

    /**
     * @param placed  the topology as it runs: moved nodes have placement child-process (the same topology when nothing moves)
     * @param groupOf for each moved node, the child process it shares with the others of the same number
     * @param moved   how many nodes moved, and to how many processes (named processes are not counted)
     */
    record Packing(Topology placed, Map<String, Integer> groupOf, int moved, int children) {
        boolean movesAny() {
            return moved > 0;
        }

        /** "placing 7,000 of 10,000 nodes in 3 child processes: ...". */
        String summary(long needed, long limit) {
            return String.format(Locale.ROOT, "%,d nodes need about %,d file descriptors in one process, which may open"
                    + " %,d: placing %,d of them in %d child process%s", placed.nodes().size(), needed, limit, moved,
                    children, children == 1 ? "" : "es");
        }
    }

    private ProcessPacking() {
    }

    /**
     * How to run {@code topology} when each process may open {@code limit} descriptors. Nodes that name a process
     * ({@code "process": "workers"}) share that child process, numbered from 0 in file order; the automatic groups
     * come after them.
     */
    static Packing of(Topology topology, long limit) {
        Map<String, Integer> named = namedProcesses(topology);
        Packing automatic = automatic(topology, limit, named.isEmpty() ? 0 : java.util.Collections.max(named.values()) + 1);
        if (named.isEmpty()) {
            return automatic;
        }
        Map<String, Integer> groupOf = new HashMap<>(named);
        groupOf.putAll(automatic.groupOf());
        return new Packing(automatic.placed(), Map.copyOf(groupOf), automatic.moved(), automatic.children());
    }

    /** Each named process gets a number, in the order the file first names it; node id -> number. */
    private static Map<String, Integer> namedProcesses(Topology topology) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Integer> groupOf = new HashMap<>();
        for (Node node : topology.nodes()) {
            if (node.process() != null && topology.placementOf(node) == Placement.CHILD_PROCESS) {
                groupOf.put(node.id(), numbers.computeIfAbsent(node.process(), p -> numbers.size()));
            }
        }
        return groupOf;
    }

    private static Packing automatic(Topology topology, long limit, int firstChild) {
        if (DescriptorBudget.needed(topology) <= limit) {
            return new Packing(topology, Map.of(), 0, 0);
        }
        long capacity = Math.max(1, (long) ((limit * FILL - DescriptorBudget.BASE) / DescriptorBudget.PER_SOCKET));
        Map<String, List<Node>> together = groupsThatShareAProcess(topology);
        Map<String, Integer> groupOf = new HashMap<>();
        long here = 0;
        long inChild = 0;
        int child = -1;
        for (List<Node> group : together.values()) {
            long sockets = group.stream().mapToLong(n -> n.sides().size()).sum();
            boolean placedHere = group.stream().anyMatch(n -> n.placement() == Placement.IN_PROCESS);
            if (placedHere || (child < 0 && here + sockets <= capacity)) {
                here += sockets; // the file said in-process: it stays, whatever it costs
                continue;
            }
            if (child < 0 || (inChild + sockets > capacity && inChild > 0)) {
                child++;
                inChild = 0;
            }
            inChild += sockets;
            for (Node node : group) {
                groupOf.put(node.id(), firstChild + child);
            }
        }
        if (groupOf.isEmpty()) {
            return new Packing(topology, Map.of(), 0, 0);
        }
        Topology placed = topology.mapNodes(n -> groupOf.containsKey(n.id()) ? n.withPlacement(Placement.CHILD_PROCESS) : n);
        return new Packing(placed, Map.copyOf(groupOf), groupOf.size(), child + 1);
    }

    /** The nodes this process would run, grouped so that linked nodes and inproc peers stay together; file order. */
    private static Map<String, List<Node>> groupsThatShareAProcess(Topology topology) {
        IdGroups together = new IdGroups();
        for (Node node : topology.nodes()) {
            Placement placement = topology.placementOf(node);
            if (placement != Placement.CHILD_PROCESS && placement != Placement.EXTERNAL) {
                together.add(node.id());
            }
        }
        for (Link link : topology.links()) {
            together.join(link.from(), link.to());
        }
        for (Wire wire : topology.wires()) {
            if (isInproc(wire)) {
                together.join(wire.from(), wire.to());
            }
        }
        Map<String, List<Node>> groups = new LinkedHashMap<>();
        for (Node node : topology.nodes()) {
            if (together.contains(node.id())) {
                groups.computeIfAbsent(together.root(node.id()), k -> new ArrayList<>()).add(node);
            }
        }
        return groups;
    }

    private static boolean isInproc(Wire wire) {
        try {
            return Endpoint.parse(wire.endpoint()).transport() == Transport.INPROC;
        } catch (RuntimeException e) {
            return false; // validation has said what is wrong with it
        }
    }
}
