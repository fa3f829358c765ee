package dev.zmqstudio.experiment;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.generate.GeneratorSpec;

import java.util.Map;

/**
 * The topology of one cell: the spec's generator with the cell's options, instrumented for latency: every generator
 * stamps the time it sends (a JSON body with "sent_us", after the topic when it has topics) and every sink records
 * each message to {@code latency/<node>.csv}, so every cell's latencies are measured end to end the same way.
 * Without a count, each generator sends rate x duration messages, so a cell ends when they have all arrived (none is
 * cut off in flight).
 */
final class CellTopology {
    static final String STAMPED = "{\"pub\": \"{node}\", \"n\": {n}, \"sent_us\": {time_us}}";

    private CellTopology() {
    }

    static Topology of(SweepSpec spec, Map<String, Object> cell, int basePort) {
        GeneratorSpec g = new GeneratorSpec(spec.kind(), number(spec, cell, "workers", 3), number(spec, cell, "publishers", 1),
                number(spec, cell, "subscribers", 3), number(spec, cell, "topics", 3),
                "broker".equals(spec.option(cell, "mode", "direct")), number(spec, cell, "rate", 10),
                number(spec, cell, "count", Math.max(1, number(spec, cell, "rate", 10) * spec.durationMillis() / 1000)), basePort, number(spec, cell, "depth", 2), number(spec, cell, "fanout", 2),
                number(spec, cell, "hopMs", 0));
        return instrumented(g.generate());
    }

    /** How many consecutive ports from the base the cell's binds may take: enough for any kind. */
    static int portsNeeded(SweepSpec spec, Map<String, Object> cell) {
        int hosts = 1;
        for (int i = 0; i < number(spec, cell, "depth", 2); i++) {
            hosts *= Math.max(2, number(spec, cell, "fanout", 2));
        }
        return Math.max(hosts, number(spec, cell, "publishers", 1)) + 2;
    }

    static Topology instrumented(Topology t) {
        return t.mapNodes(n -> {
            if (!(n instanceof SocketNode s)) {
                return n;
            }
            return switch (s.behaviour()) {
                case Behaviour.Generator g -> s.withBehaviour(new Behaviour.Generator(
                        (g.topics().isEmpty() ? "" : "{topic} ") + STAMPED, g.rate(), g.count(), g.topics(), g.seed(), false));
                case Behaviour.Sink k when k.record() == null ->
                        s.withBehaviour(new Behaviour.Sink(false, k.format(), k.aggregate(), "latency/" + s.id() + ".csv"));
                default -> s;
            };
        });
    }

    private static int number(SweepSpec spec, Map<String, Object> cell, String option, long fallback) {
        return (int) (long) (Long) spec.option(cell, option, fallback);
    }
}
