package dev.zmqstudio.runtime;

import java.util.List;
import java.util.Map;

/** A consistent-enough copy of a run's numbers: exact counters read at one moment, states, latencies. */
public record EngineSnapshot(Map<String, NodeStats> nodes, Map<String, WireStats> wires,
                             Map<String, LinkStats> links, boolean gateOpen) {

    /**
     * One node. For devices {@code sides} has "frontend" and "backend" and sent/received are the sums.
     * {@code perSender}: messages received from each peer node, from the exact wire counts.
     * {@code aggregate} is null unless the node's sink has an aggregate expression.
     */
    public record NodeStats(String id, String type, NodeState state, long sent, long received, String error,
                            Map<String, SideStats> sides, Map<String, Long> perSender,
                            AggregateStats.Snapshot aggregate, long messageErrors) {
    }

    public record SideStats(String type, long sent, long received) {
    }

    /**
     * {@code exact} false: no end could count this wire exactly (inproc many-to-many); messages is sampled.
     * {@code full}: the sender found this wire's queue at its high-water mark within the last second (it waited,
     * or a publisher found it full and skipped it). {@code dropped}: messages a publisher certainly dropped on this
     * wire, a lower bound, counted over inproc only (see PressureTracker). {@code sender}/{@code receiver}: the
     * nodes data flows from and to, both null where it flows both ways (REQ/REP, PAIR, DEALER/ROUTER).
     * {@code latencySamples}: how many sent messages were matched to their receipt for the latency figures.
     */
    public record WireStats(String id, String from, String to, String sender, String receiver, long messages,
                            boolean exact, WireState state, Long latencyP50Micros, Long latencyP99Micros,
                            long latencySamples, boolean full, long dropped) {
    }

    public record LinkStats(String id, String from, String to, long passed, long filtered) {
    }

    public NodeStats node(String id) {
        return nodes.get(id);
    }

    public WireStats wire(String id) {
        return wires.get(id);
    }

    /** Nodes in ERROR, in topology order. */
    public List<NodeStats> failedNodes() {
        return nodes.values().stream().filter(n -> n.state() == NodeState.ERROR).toList();
    }
}
