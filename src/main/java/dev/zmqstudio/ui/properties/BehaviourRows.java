package dev.zmqstudio.ui.properties;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Behaviour.Generator;
import dev.zmqstudio.model.Behaviour.Replier;
import dev.zmqstudio.model.Behaviour.Requester;
import dev.zmqstudio.model.Behaviour.Sink;
import dev.zmqstudio.model.Limits;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.SocketNode;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/** Property rows of a socket node's behaviour: its kind, then the fields of that kind. */
final class BehaviourRows {

    static final List<String> KINDS = List.of("passive", "generator", "sink", "replier", "requester");
    private static final String FRAMES_HELP = "One frame per line (one line: a single-frame message); Ctrl+Enter applies.";

    private final BiFunction<String, UnaryOperator<Node>, String> change;

    BehaviourRows(BiFunction<String, UnaryOperator<Node>, String> change) {
        this.change = change;
    }

    void add(Rows rows, SocketNode node) {
        Behaviour b = node.behaviour();
        rows.category("Behaviour").choice("behaviour", "Kind", "What the node does while running", KINDS, b.kind(),
                v -> set("behaviour", x -> fresh(v)));
        switch (b) {
            case Generator g -> rows
                    .lines("frames", "Frames", FRAMES_HELP + " {n} {rand:A..B} {topic} {time} {node} {port}",
                            g.frameTemplates(), v -> set("frames", x -> g(x).withFrameTemplates(v)))
                    .number("rate", "Rate /s", "Messages per second (0 = as fast as possible)", g.rate(),
                            v -> set("rate", x -> new Generator(g(x).template(), g(x).frames(), within(Limits.RATE, v), g(x).count(), g(x).topics(), g(x).seed(), g(x).log())))
                    .integer("count", "Count", "How many messages (0 = no limit)", g.count(),
                            v -> set("count", x -> new Generator(g(x).template(), g(x).frames(), g(x).rate(), (long) within(Limits.COUNT, v), g(x).topics(), g(x).seed(), g(x).log())))
                    .text("topics", "Topics", "Comma separated; {topic} takes them in turn", Rows.joinList(g.topics()),
                            v -> set("topics", x -> new Generator(g(x).template(), g(x).frames(), g(x).rate(), g(x).count(), Rows.splitList(v), g(x).seed(), g(x).log())))
                    .integer("seed", "Seed", "Seed of {rand:A..B}", g.seed(),
                            v -> set("seed", x -> new Generator(g(x).template(), g(x).frames(), g(x).rate(), g(x).count(), g(x).topics(), v, g(x).log())))
                    .bool("log", "Log", "Log each message sent", g.log(),
                            v -> set("log", x -> new Generator(g(x).template(), g(x).frames(), g(x).rate(), g(x).count(), g(x).topics(), g(x).seed(), v)));
            case Sink s -> rows
                    .bool("log", "Log", "Log each message received", s.log(),
                            v -> set("log", x -> s(x).withLog(v)))
                    .text("format", "Format", "Log line; {msg} is the message (several frames: [f1][f2]), {frames} its frames in brackets", s.format(),
                            v -> set("format", x -> s(x).withFormat(v)))
                    .text("aggregate", "Aggregate", "Expression summed/averaged over messages (empty: none)", nullToEmpty(s.aggregate()),
                            v -> set("aggregate", x -> s(x).withAggregate(emptyToNull(v))))
                    .text("countBy", "Count by", "Expression whose text each message is counted under, e.g. a log line's level: split(frames[0], '[.]')[1] (empty: none)", nullToEmpty(s.countBy()),
                            v -> set("countBy", x -> s(x).withCountBy(emptyToNull(v))))
                    .text("record", "Record CSV", "File to record one row per message, inside the run's output folder (~/zmq-studio/<file name>/), e.g. runs/latency.csv (empty: none)", nullToEmpty(s.record()),
                            v -> set("record", x -> s(x).withRecord(emptyToNull(v))))
                    .number("work", "Work ms", "Processing time per message, to simulate a slow consumer (0 = none)", s.workMillis(),
                            v -> set("work", x -> s(x).withWorkMillis(within(Limits.WORK_MILLIS, v))));
            case Replier r -> rows
                    .lines("frames", "Reply frames", FRAMES_HELP + " {msg} is the request's last frame; exactly {msg} echoes the request",
                            r.frameTemplates(), v -> set("frames", x -> ((Replier) x).withFrameTemplates(v)))
                    .bool("log", "Log", "Log each request", r.log(),
                            v -> set("log", x -> new Replier(((Replier) x).template(), ((Replier) x).frames(), v)));
            case Requester q -> rows
                    .lines("frames", "Request frames", FRAMES_HELP + " {n} {node} ...", q.frameTemplates(),
                            v -> set("frames", x -> q(x).withFrameTemplates(v)))
                    .number("rate", "Rate /s", "Requests per second (0 = as fast as replies come)", q.rate(),
                            v -> set("rate", x -> new Requester(q(x).template(), q(x).frames(), within(Limits.RATE, v), q(x).count(), q(x).log())))
                    .integer("count", "Count", "How many requests (0 = no limit)", q.count(),
                            v -> set("count", x -> new Requester(q(x).template(), q(x).frames(), q(x).rate(), (long) within(Limits.COUNT, v), q(x).log())))
                    .bool("log", "Log", "Log each reply", q.log(),
                            v -> set("log", x -> new Requester(q(x).template(), q(x).frames(), q(x).rate(), q(x).count(), v)));
            case Behaviour.Passive p -> {
            }
        }
    }

    private String set(String what, UnaryOperator<Behaviour> f) {
        return change.apply(what, n -> ((SocketNode) n).withBehaviour(f.apply(((SocketNode) n).behaviour())));
    }

    static Behaviour fresh(String kind) {
        return switch (kind) {
            case "generator" -> Generator.of("Message {n} from {node}", 1, 0);
            case "sink" -> Sink.logging();
            case "replier" -> new Replier("World ({msg})", true);
            case "requester" -> new Requester("Hello {n}", 1, 0, true);
            case "passive" -> Behaviour.Passive.INSTANCE;
            default -> throw new IllegalArgumentException("unknown behaviour '" + kind + "'");
        };
    }

    private static Generator g(Behaviour b) {
        return (Generator) b;
    }

    private static Sink s(Behaviour b) {
        return (Sink) b;
    }

    private static Requester q(Behaviour b) {
        return (Requester) b;
    }

    /** {@code v} when {@code range} allows it; else refused with the range's fix (the sheet shows it). */
    private static double within(Limits.Range range, double v) {
        if (range.whyNot(v).isPresent()) {
            throw new IllegalArgumentException(range.fix());
        }
        return v;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
