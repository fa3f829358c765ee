package dev.zmqstudio.model.generate;

import dev.zmqstudio.model.Topology;

import java.util.List;

/**
 * What to generate: the kind and its numbers, as `generate` takes them on the command line and File > New from
 * Generator in the designer. Numbers a kind does not use are ignored.
 *
 * @param kind        pipeline, fanout, pubsub or tree ({@link #KINDS})
 * @param broker      pubsub, tree: through a FORWARDER instead of subscribers connecting to every publisher
 * @param rate        messages a second per generator (0: full speed)
 * @param count       messages per generator (0: no end)
 * @param basePort    the first tcp port the binds take, on 127.0.0.1
 * @param depth       tree: levels of switches
 * @param fanout      tree: switches or hosts under each switch
 * @param hopMs       tree: one-way latency each link of the switch tree adds (0: none)
 */
public record GeneratorSpec(String kind, int workers, int publishers, int subscribers, int topics, boolean broker,
                            double rate, long count, int basePort, int depth, int fanout, int hopMs) {
    public static final List<String> KINDS = List.of("pipeline", "fanout", "pubsub", "tree");

    public GeneratorSpec(String kind, int workers, int publishers, int subscribers, int topics, boolean broker,
                         double rate, long count, int basePort) {
        this(kind, workers, publishers, subscribers, topics, broker, rate, count, basePort, 2, 2, 0);
    }
    public static final int MIN_PORT = 1024;
    public static final int MAX_PORT = 65000;

    /** The command line's defaults: three workers, one publisher, three subscribers and topics, 100 msg/s, 1,000. */
    public static GeneratorSpec defaults(String kind) {
        return new GeneratorSpec(kind, 3, 1, 3, 3, false, 100, 1000, 5601, 2, 2, 0);
    }

    /** The topology; IllegalArgumentException says what is wrong with the numbers or the kind. */
    public Topology generate() {
        if (basePort < MIN_PORT || basePort > MAX_PORT || rate < 0 || count < 0) {
            throw new IllegalArgumentException("the base port takes " + MIN_PORT + " to " + MAX_PORT
                    + ", the rate and the count 0 or more");
        }
        TopologyGenerator g = new TopologyGenerator(basePort, rate, count);
        return switch (kind) {
            case "pipeline" -> g.pipeline(workers);
            case "fanout" -> g.fanout(publishers, subscribers, topics);
            case "pubsub" -> g.pubsub(publishers, subscribers, broker);
            case "tree" -> g.tree(depth, fanout, broker, hopMs);
            default -> throw new IllegalArgumentException("the kind is pipeline, fanout, pubsub or tree, not " + kind);
        };
    }

    public GeneratorSpec withWorkers(int n) {
        return new GeneratorSpec(kind, n, publishers, subscribers, topics, broker, rate, count, basePort, depth, fanout, hopMs);
    }

    public GeneratorSpec withTree(int newDepth, int newFanout, int newHopMs, boolean throughBroker) {
        return new GeneratorSpec(kind, workers, publishers, subscribers, topics, throughBroker, rate, count, basePort,
                newDepth, newFanout, newHopMs);
    }
}
