package dev.zmqstudio.model.generate;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.model.WireFaults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Topologies made from a few numbers, for experiments that vary them: a pipeline of N workers, a fan-out of P
 * publishers to S subscribers over T topics, and pub-sub direct or through a FORWARDER. Every bind is on 127.0.0.1,
 * from {@code basePort} up; generators send {@code count} messages at {@code rate} a second.
 */
public final class TopologyGenerator {
    /** How many of a kind one file may have: enough for a sweep, few enough to draw. */
    public static final int MAX_COUNT = 1000;

    private final int basePort;
    private final double rate;
    private final long count;
    private int nextPort;

    public TopologyGenerator(int basePort, double rate, long count) {
        this.basePort = basePort;
        this.rate = rate;
        this.count = count;
        this.nextPort = basePort;
    }

    private String nextEndpoint() {
        return "tcp://127.0.0.1:" + nextPort++;
    }

    /** Producer -> N workers (PULL, a link, PUSH) -> collector: the ZeroMQ Guide's parallel pipeline. */
    public Topology pipeline(int workers) {
        check("workers", workers);
        nextPort = basePort;
        String tasks = nextEndpoint();
        String results = nextEndpoint();
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        nodes.add(socket("producer", "Producer", SocketType.PUSH, generator("task {n}"), tasks));
        for (int i = 1; i <= workers; i++) {
            nodes.add(socket("worker-" + i + "-in", "Worker " + i + " in", SocketType.PULL, Behaviour.Passive.INSTANCE));
            nodes.add(socket("worker-" + i + "-out", "Worker " + i + " out", SocketType.PUSH, Behaviour.Passive.INSTANCE));
            links.add(Link.of("work-" + i, "worker-" + i + "-in", "worker-" + i + "-out"));
            wires.add(Wire.of("tasks-" + i, "worker-" + i + "-in", "producer", tasks));
            wires.add(Wire.of("results-" + i, "worker-" + i + "-out", "collector", results));
        }
        nodes.add(socket("collector", "Collector", SocketType.PULL, new Behaviour.Sink(false, null, null, null), results));
        TieredLayout layout = new TieredLayout().column(List.of("producer"))
                .column(ids("worker-%d-in", workers)).column(ids("worker-%d-out", workers)).column(List.of("collector"));
        return placed("pipeline-" + workers, "A producer, " + workers + " workers and a collector (generated).",
                nodes, wires, links, layout);
    }

    /**
     * P publishers, each binding its own port and publishing "topic-K n" over T topics in turn; S subscribers, each
     * connected to every publisher and subscribed to one topic (subscriber j to topic j mod T).
     */
    public Topology fanout(int publishers, int subscribers, int topics) {
        check("topics", topics);
        return direct(publishers, subscribers, IntStream.rangeClosed(1, topics).mapToObj(k -> "topic-" + k).toList(),
                "fanout-" + publishers + "x" + subscribers,
                publishers + " publishers, " + subscribers + " subscribers, " + topics + " topics (generated).");
    }

    /** P publishers to S subscribers, every subscriber taking everything: directly, or through a FORWARDER. */
    public Topology pubsub(int publishers, int subscribers, boolean broker) {
        if (!broker) {
            return direct(publishers, subscribers, List.of(), "pubsub-direct-" + publishers + "x" + subscribers,
                    publishers + " publishers to " + subscribers + " subscribers, directly (generated).");
        }
        check("publishers", publishers);
        check("subscribers", subscribers);
        nextPort = basePort;
        String front = nextEndpoint();
        String back = nextEndpoint();
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        nodes.add(new DeviceNode("broker", "Broker", DeviceType.FORWARDER, SocketSpec.of(SocketType.XSUB, front),
                SocketSpec.of(SocketType.XPUB, back), Placement.DEFAULT, Position.ORIGIN));
        for (int p = 1; p <= publishers; p++) {
            nodes.add(socket("pub-" + p, "Publisher " + p, SocketType.PUB,
                    new Behaviour.Generator("data {n}", rate, count, List.of(), p, false)));
            wires.add(new Wire("in-" + p, "pub-" + p, Side.MAIN, "broker", Side.FRONTEND, front));
        }
        for (int s = 1; s <= subscribers; s++) {
            nodes.add(subscriber("sub-" + s, "Subscriber " + s, ""));
            wires.add(new Wire("out-" + s, "sub-" + s, Side.MAIN, "broker", Side.BACKEND, back));
        }
        TieredLayout layout = new TieredLayout().column(ids("pub-%d", publishers)).column(List.of("broker"))
                .column(ids("sub-%d", subscribers));
        return placed("pubsub-broker-" + publishers + "x" + subscribers, publishers + " publishers to " + subscribers
                + " subscribers through a FORWARDER (generated).", nodes, wires, List.of(), layout);
    }

    /** The study's topics: each publisher sends on both in turn. */
    static final List<String> TREE_TOPICS = List.of("t1", "t2");
    public static final int MAX_TREE_DEPTH = 6;
    public static final int MAX_TREE_FANOUT = 8;

    /**
     * Hosts on the leaves of a switch tree ({@link SwitchTree}), alternately a publisher and a subscriber (host 1
     * publishes, host 2 subscribes, ...): directly, every subscriber connected to every publisher, each wire as many
     * hops of {@code hopMs} as the tree puts between the two hosts; or through a FORWARDER on a host on the root
     * switch. Publishers send on two topics, "{topic} {json}" with the time sent; subscribers take both and record
     * each message's latency, publisher and topic to {@code latency/sub-N.csv}. The hops are wire faults (latency,
     * both ways), so the file runs anywhere and shows them on the canvas.
     */
    public Topology tree(int depth, int fanout, boolean broker, int hopMs) {
        if (depth < 1 || depth > MAX_TREE_DEPTH || fanout < 2 || fanout > MAX_TREE_FANOUT) {
            throw new IllegalArgumentException("a tree's depth must be 1 to " + MAX_TREE_DEPTH + " and its fanout 2 to "
                    + MAX_TREE_FANOUT + ", not " + depth + " and " + fanout);
        }
        SwitchTree tree = new SwitchTree(depth, fanout);
        if (tree.hosts() > MAX_COUNT) {
            throw new IllegalArgumentException("a tree of depth " + depth + " and fanout " + fanout + " has "
                    + tree.hosts() + " hosts; at most " + MAX_COUNT);
        }
        if (hopMs < 0 || hopMs * (2L * depth + 2) > WireFaults.MAX_LATENCY_MS) {
            throw new IllegalArgumentException("the latency per hop must be 0 or more, and a path of the tree at most "
                    + WireFaults.MAX_LATENCY_MS + " ms");
        }
        nextPort = basePort;
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        List<Integer> pubHosts = new ArrayList<>();
        List<Integer> subHosts = new ArrayList<>();
        for (int h = 0; h < tree.hosts(); h++) {
            (h % 2 == 0 ? pubHosts : subHosts).add(h);
        }
        String front = broker ? nextEndpoint() : null;
        String back = broker ? nextEndpoint() : null;
        if (broker) {
            nodes.add(new DeviceNode("broker", "Broker (root switch)", DeviceType.FORWARDER, SocketSpec.of(SocketType.XSUB, front),
                    SocketSpec.of(SocketType.XPUB, back), Placement.DEFAULT, Position.ORIGIN));
        }
        List<String> pubEndpoints = new ArrayList<>();
        for (int p = 1; p <= pubHosts.size(); p++) {
            String endpoint = broker ? null : nextEndpoint();
            pubEndpoints.add(endpoint);
            nodes.add(socket("pub-" + p, "Publisher " + p + " (host " + (pubHosts.get(p - 1) + 1) + ")", SocketType.PUB,
                    new Behaviour.Generator("{topic} {\"pub\": \"{node}\", \"n\": {n}, \"sent_us\": {time_us}}", rate, count,
                            TREE_TOPICS, p, false), broker ? new String[0] : new String[]{endpoint}));
            if (broker) {
                wires.add(new Wire("in-" + p, "pub-" + p, Side.MAIN, "broker", Side.FRONTEND, front,
                        hops(tree.linksToRootHost(), hopMs)));
            }
        }
        for (int s = 1; s <= subHosts.size(); s++) {
            nodes.add(new SocketNode("sub-" + s, "Subscriber " + s + " (host " + (subHosts.get(s - 1) + 1) + ")",
                    new SocketSpec(SocketType.SUB, List.of(), SocketOptions.DEFAULTS.withSubscriptions(TREE_TOPICS)),
                    new Behaviour.Sink(false, null, null, "latency/sub-" + s + ".csv"), Placement.DEFAULT, Position.ORIGIN));
            if (broker) {
                wires.add(new Wire("out-" + s, "sub-" + s, Side.MAIN, "broker", Side.BACKEND, back,
                        hops(tree.linksToRootHost(), hopMs)));
                continue;
            }
            for (int p = 1; p <= pubHosts.size(); p++) {
                wires.add(new Wire("w-" + p + "-" + s, "sub-" + s, Side.MAIN, "pub-" + p, Side.MAIN, pubEndpoints.get(p - 1),
                        hops(tree.linksBetween(pubHosts.get(p - 1), subHosts.get(s - 1)), hopMs)));
            }
        }
        TieredLayout layout = new TieredLayout().column(ids("pub-%d", pubHosts.size()));
        if (broker) {
            layout.column(List.of("broker"));
        }
        layout.column(ids("sub-%d", subHosts.size()));
        String mode = broker ? "broker" : "direct";
        return placed("tree-d" + depth + "-f" + fanout + "-" + mode, String.format(java.util.Locale.ROOT,
                "%d hosts on a switch tree of depth %d and fanout %d, %s; %d ms a hop (generated).",
                tree.hosts(), depth, fanout, broker ? "through a broker on the root switch's host" : "publishing directly",
                hopMs), nodes, wires, List.of(), layout);
    }

    /** The latency of {@code links} hops, as wire faults; null (a plain wire) without latency. */
    private static WireFaults hops(int links, int hopMs) {
        return hopMs == 0 ? null : WireFaults.NONE.withLatency(links * hopMs, 0);
    }

    /**
     * Publishers each binding a port, every subscriber connected to every publisher. With {@code topics}, the
     * publishers send "{topic} n" over them in turn and subscriber j takes topic j mod T; without, "data n" to all.
     */
    private Topology direct(int publishers, int subscribers, List<String> topics, String name, String description) {
        check("publishers", publishers);
        check("subscribers", subscribers);
        nextPort = basePort;
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        List<String> publisherEndpoints = new ArrayList<>();
        for (int p = 1; p <= publishers; p++) {
            String endpoint = nextEndpoint();
            publisherEndpoints.add(endpoint);
            nodes.add(socket("pub-" + p, "Publisher " + p, SocketType.PUB, new Behaviour.Generator(
                    topics.isEmpty() ? "data {n}" : "{topic} {n}", rate, count, topics, p, false), endpoint));
        }
        for (int s = 1; s <= subscribers; s++) {
            String topic = topics.isEmpty() ? "" : topics.get((s - 1) % topics.size());
            nodes.add(subscriber("sub-" + s, "Subscriber " + s + (topic.isEmpty() ? "" : " (" + topic + ")"), topic));
            for (int p = 1; p <= publishers; p++) {
                wires.add(Wire.of("w-" + p + "-" + s, "sub-" + s, "pub-" + p, publisherEndpoints.get(p - 1)));
            }
        }
        TieredLayout layout = new TieredLayout().column(ids("pub-%d", publishers)).column(ids("sub-%d", subscribers));
        return placed(name, description, nodes, wires, List.of(), layout);
    }

    private Behaviour generator(String template) {
        return new Behaviour.Generator(template, rate, count, List.of(), 1, false);
    }

    private static SocketNode socket(String id, String label, SocketType type, Behaviour behaviour, String... binds) {
        return new SocketNode(id, label, SocketSpec.of(type, binds), behaviour, Placement.DEFAULT, Position.ORIGIN);
    }

    private static SocketNode subscriber(String id, String label, String topic) {
        return new SocketNode(id, label, new SocketSpec(SocketType.SUB, List.of(),
                SocketOptions.DEFAULTS.withSubscriptions(List.of(topic))), new Behaviour.Sink(false, null, null, null),
                Placement.DEFAULT, Position.ORIGIN);
    }

    private static List<String> ids(String pattern, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> pattern.formatted(i)).toList();
    }

    private static void check(String what, int n) {
        if (n < 1 || n > MAX_COUNT) {
            throw new IllegalArgumentException(what + " must be 1 to " + MAX_COUNT + ", not " + n);
        }
    }

    private static Topology placed(String name, String description, List<Node> nodes, List<Wire> wires,
                                   List<Link> links, TieredLayout layout) {
        Map<String, Position> at = layout.positions();
        List<Node> positioned = nodes.stream().map(n -> n.withPosition(at.getOrDefault(n.id(), Position.ORIGIN))).toList();
        return new Topology(name, description, Settings.DEFAULTS, positioned, wires, links);
    }
}
