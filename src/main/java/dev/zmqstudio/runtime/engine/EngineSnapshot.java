package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.runtime.behaviour.AggregateStats;

import java.util.List;
import java.util.Map;

/** A consistent-enough copy of a run's numbers: exact counters read at one moment, states, latencies. */
public record EngineSnapshot(Map<String, NodeStats> nodes, Map<String, WireStats> wires,
                             Map<String, LinkStats> links, boolean gateOpen) {

    /**
     * One node. For devices {@code sides} has "frontend" and "backend" and sent/received are the sums.
     * {@code perSender}: messages received from each peer node, from the exact wire counts.
     * {@code aggregate} is null unless the node's sink has an aggregate expression.
     * {@code errors}: every failure on the node (each message an expression failed on, and the node's own failure).
     * {@code framesSent}/{@code framesReceived}: the frames of the messages counted by sent/received.
     * {@code countsBy}: messages by the text the sink's countBy expression gave, sorted; null without countBy.
     * {@code queue}: a broker's topics, or a producer's or consumer's progress; null for other nodes.
     */
    public record NodeStats(String id, String type, NodeState state, long sent, long received, String error,
                            Map<String, SideStats> sides, Map<String, Long> perSender,
                            AggregateStats.Snapshot aggregate, Errors errors, long framesSent, long framesReceived,
                            Map<String, Long> countsBy, QueueFacts queue) {

        public NodeStats(String id, String type, NodeState state, long sent, long received, String error,
                         Map<String, SideStats> sides, Map<String, Long> perSender,
                         AggregateStats.Snapshot aggregate, Errors errors, long framesSent, long framesReceived) {
            this(id, type, state, sent, received, error, sides, perSender, aggregate, errors, framesSent, framesReceived,
                    null, null);
        }

        public NodeStats(String id, String type, NodeState state, long sent, long received, String error,
                         Map<String, SideStats> sides, Map<String, Long> perSender,
                         AggregateStats.Snapshot aggregate, Errors errors, long framesSent, long framesReceived,
                         Map<String, Long> countsBy) {
            this(id, type, state, sent, received, error, sides, perSender, aggregate, errors, framesSent, framesReceived,
                    countsBy, null);
        }

        /** Whether the node failed, or anything failed on it, without anyone asking for it (exit code 3). */
        public boolean hadErrors() {
            return state == NodeState.ERROR || errors.count() > 0;
        }
    }

    /**
     * What a node of a durable broker system did. A broker ({@code role} "broker") has {@code topics}; a producer
     * {@code published} messages (acknowledged) and {@code resent} some; a consumer {@code consumed} messages (new
     * ones: each one's identity seen once), skipped {@code redelivered} ones, has {@code committed} its offset and last
     * saw the topic end at {@code end} (its lag: end - committed).
     */
    public record QueueFacts(String role, String topic, long published, long resent, long consumed, long redelivered,
                             long committed, long end, Map<String, TopicFacts> topics) {
        public static QueueFacts broker(Map<String, TopicFacts> topics) {
            return new QueueFacts("broker", null, 0, 0, 0, 0, 0, 0, topics);
        }

        public static QueueFacts producer(String topic, long published, long resent) {
            return new QueueFacts("producer", topic, published, resent, 0, 0, 0, 0, Map.of());
        }

        public static QueueFacts consumer(String topic, long consumed, long redelivered, long committed, long end) {
            return new QueueFacts("consumer", topic, 0, 0, consumed, redelivered, committed, end, Map.of());
        }

        public long lag() {
            return Math.max(0, end - committed);
        }
    }

    /** A broker's topic: messages kept from {@code first} to before {@code next}, and each consumer's committed offset. */
    public record TopicFacts(long first, long next, Map<String, Long> committed) {
        public long depth() {
            return next - first;
        }
    }

    /** How many failures a node had, and the text of the first (null when none). */
    public record Errors(long count, String first) {
        public static final Errors NONE = new Errors(0, null);

        /** One failure with this text, or none when {@code error} is null. */
        public static Errors of(String error) {
            return error == null ? NONE : new Errors(1, error);
        }

        /** These and {@code later} together: the first stays the earliest. */
        public Errors plus(Errors later) {
            return later.count == 0 ? this : count == 0 ? later : new Errors(count + later.count, first);
        }
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

        /** "producer -> worker, worker binds" with {@code arrow} "->"; both ways with {@code bothWays}. */
        public String reading(String arrow, String bothWays) {
            dev.zmqstudio.model.Compatibility.Flow flow = sender == null ? dev.zmqstudio.model.Compatibility.Flow.BOTH
                    : sender.equals(from) ? dev.zmqstudio.model.Compatibility.Flow.TO_BINDER
                    : dev.zmqstudio.model.Compatibility.Flow.TO_CONNECTOR;
            return dev.zmqstudio.model.WireReading.of(from, to, flow, arrow, bothWays);
        }
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

    /** Nodes that failed or had a failure while running (a message an expression failed on), in topology order. */
    public List<NodeStats> nodesWithErrors() {
        return nodes.values().stream().filter(NodeStats::hadErrors).toList();
    }
}
