package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When one process cannot hold a topology's sockets, the rest go to child processes, peers that must share one together. */
public class ProcessPackingTest {
    /** 1,000 descriptors: filled to 80%, less the base of 128, at 6 per socket: 112 sockets per process. */
    private static final long LIMIT = 1_000;
    private static final long CAPACITY = 112;

    public static Topology pairs(int count, String transport) {
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String endpoint = transport.equals("inproc") ? "inproc://pair-" + i : "tcp://127.0.0.1:" + (20_000 + i);
            nodes.add(SocketNode.of("gen-" + i, SocketType.PUSH, new Behaviour.Generator("m {n}", 0, 10, List.of(), i, false), endpoint));
            nodes.add(SocketNode.of("sink-" + i, SocketType.PULL, new Behaviour.Sink(false, null, null, null)));
            wires.add(Wire.of("w" + i, "sink-" + i, "gen-" + i, endpoint));
        }
        return new Topology("pairs", "", Settings.DEFAULTS, nodes, wires, List.of());
    }

    @Test
    void aTopologyThatFitsStaysWhereItIs() {
        Topology t = pairs(40, "inproc");
        ProcessPacking.Packing p = ProcessPacking.of(t, LIMIT);
        assertSame(t, p.placed());
        assertEquals(0, p.moved());
    }

    @Test
    void thisProcessKeepsWhatFitsAndEachChildTakesNoMoreThanItCanHold() {
        ProcessPacking.Packing p = ProcessPacking.of(pairs(300, "inproc"), LIMIT);

        long here = p.placed().nodes().stream().filter(n -> p.placed().placementOf(n) != Placement.CHILD_PROCESS).count();
        assertEquals(CAPACITY, here);
        Map<Integer, Integer> perChild = new HashMap<>();
        p.groupOf().values().forEach(g -> perChild.merge(g, 1, Integer::sum));
        assertEquals(5, p.children(), "600 sockets, 112 here, 488 in children of at most 112: " + perChild);
        assertEquals(5, perChild.size());
        assertTrue(perChild.values().stream().allMatch(n -> n <= CAPACITY), perChild.toString());
        assertEquals(600 - CAPACITY, p.moved());
        assertTrue(p.summary(DescriptorBudget.needed(pairs(300, "inproc")), LIMIT)
                .startsWith("600 nodes need about 3,728 file descriptors in one process, which may open 1,000: placing 488 of them in 5 child processes"),
                p.summary(DescriptorBudget.needed(pairs(300, "inproc")), LIMIT));
    }

    @Test
    void inprocPeersAndLinkedNodesNeverLandInDifferentProcesses() {
        Topology t = pairs(300, "inproc");
        t = t.withLink(new Link("l", "sink-100", "gen-101", null, null)); // a worker: what sink-100 takes, gen-101 sends
        ProcessPacking.Packing p = ProcessPacking.of(t, LIMIT);
        for (int i = 0; i < 300; i++) {
            assertEquals(p.groupOf().get("gen-" + i), p.groupOf().get("sink-" + i), "pair " + i);
        }
        assertTrue(p.groupOf().containsKey("sink-100"), "the linked pairs were moved, not kept here: " + p.groupOf().get("sink-100"));
        assertEquals(p.groupOf().get("sink-100"), p.groupOf().get("gen-101"));
    }

    @Test
    void peersOverTcpMayBeSplitAndNodesTheFilePlacesStayPut() {
        Topology t = pairs(300, "tcp").mapNodes(n -> n.id().equals("gen-299") ? n.withPlacement(Placement.EXTERNAL) : n);
        ProcessPacking.Packing p = ProcessPacking.of(t, 993); // 111 sockets a process: an odd number splits a pair
        assertEquals(Placement.EXTERNAL, p.placed().node("gen-299").orElseThrow().placement());
        assertTrue(!p.groupOf().containsKey("gen-299"));
        long here = p.placed().nodes().stream().filter(n -> p.placed().placementOf(n) == Placement.IN_PROCESS).count();
        assertEquals(111, here, "tcp peers fill this process exactly");
        assertTrue(java.util.stream.IntStream.range(0, 299).anyMatch(i ->
                        !java.util.Objects.equals(p.groupOf().get("gen-" + i), p.groupOf().get("sink-" + i))),
                "some pair is split between processes");
    }

    @Test
    void aNodeTheFilePutsInProcessStaysAndNamedProcessesComeFirstInTheNumbering() {
        Topology t = pairs(300, "inproc").mapNodes(n -> switch (n.id()) {
            case "gen-299", "sink-299" -> n.withPlacement(Placement.IN_PROCESS);
            case "gen-0", "sink-0", "gen-1", "sink-1" -> n.withProcess("first");
            case "gen-2", "sink-2" -> n.withProcess("second");
            default -> n;
        });
        ProcessPacking.Packing p = ProcessPacking.of(t, LIMIT);
        assertEquals(Placement.IN_PROCESS, p.placed().placementOf(p.placed().node("gen-299").orElseThrow()));
        assertTrue(!p.groupOf().containsKey("gen-299"));
        assertEquals(0, p.groupOf().get("gen-0"));
        assertEquals(0, p.groupOf().get("sink-1"));
        assertEquals(1, p.groupOf().get("gen-2"));
        assertTrue(p.groupOf().entrySet().stream().filter(e -> !e.getKey().matches("(gen|sink)-[012]"))
                .allMatch(e -> e.getValue() >= 2), "automatic children are numbered after the named ones");
    }
}
