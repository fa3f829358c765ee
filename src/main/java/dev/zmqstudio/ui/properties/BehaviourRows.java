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
        rows.category("Behaviour").choice("behaviour", "Kind", "What the node does while running", kindsFor(node), b.kind(),
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
            case Behaviour.Broker k -> rows
                    .text("store", "Store", "SQLite file of the broker's messages and offsets, inside the run's output folder;"
                                    + " it outlives the run (empty: " + node.id() + ".db)", nullToEmpty(k.store()),
                            v -> set("store", x -> new Behaviour.Broker(emptyToNull(v), k(x).keep(), k(x).maxAgeSeconds(), k(x).log())))
                    .integer("keep", "Keep", "The newest messages kept per topic (0 = all)", k.keep(),
                            v -> set("keep", x -> new Behaviour.Broker(k(x).store(), (long) within(Limits.COUNT, v), k(x).maxAgeSeconds(), k(x).log())))
                    .number("max-age", "Max age s", "Seconds a message is kept (0 = for ever)", k.maxAgeSeconds(),
                            v -> set("max age", x -> new Behaviour.Broker(k(x).store(), k(x).keep(), atLeastZero(v), k(x).log())))
                    .bool("log", "Log", "Log each message stored", k.log(),
                            v -> set("log", x -> new Behaviour.Broker(k(x).store(), k(x).keep(), k(x).maxAgeSeconds(), v)));
            case Behaviour.Producer p -> rows
                    .text("topic", "Topic", "The broker topic it publishes to", p.topic(),
                            v -> set("topic", x -> p(x).withTopic(v)))
                    .text("template", "Template", "The message {n} {rand:A..B} {node}... (empty: publishes what links hand it)",
                            nullToEmpty(p.template()),
                            v -> set("template", x -> new Behaviour.Producer(p(x).topic(), emptyToNull(v), p(x).rate(), p(x).count(), p(x).seed(), p(x).log())))
                    .number("rate", "Rate /s", "Messages per second (0 = as fast as acknowledgements allow)", p.rate(),
                            v -> set("rate", x -> new Behaviour.Producer(p(x).topic(), p(x).template(), within(Limits.RATE, v), p(x).count(), p(x).seed(), p(x).log())))
                    .integer("count", "Count", "How many messages (0 = no limit)", p.count(),
                            v -> set("count", x -> new Behaviour.Producer(p(x).topic(), p(x).template(), p(x).rate(), (long) within(Limits.COUNT, v), p(x).seed(), p(x).log())))
                    .bool("log", "Log", "Log each message once acknowledged", p.log(),
                            v -> set("log", x -> new Behaviour.Producer(p(x).topic(), p(x).template(), p(x).rate(), p(x).count(), p(x).seed(), v)));
            case Behaviour.Consumer c -> rows
                    .text("topic", "Topic", "The broker topic it reads", c.topic(),
                            v -> set("topic", x -> consumer(x, v, c(x).group(), c(x).dedupe(), c(x).log(), c(x).format(), c(x).aggregate(), c(x).countBy())))
                    .text("group", "Consumer id", "The name it registers under; its offsets are kept under it (empty: the node's id)",
                            nullToEmpty(c.group()),
                            v -> set("group", x -> consumer(x, c(x).topic(), emptyToNull(v), c(x).dedupe(), c(x).log(), c(x).format(), c(x).aggregate(), c(x).countBy())))
                    .text("dedupe", "Dedupe", "Expression giving each message's identity, e.g. json.id: one seen before counts as redelivered (empty: none)",
                            nullToEmpty(c.dedupe()),
                            v -> set("dedupe", x -> consumer(x, c(x).topic(), c(x).group(), emptyToNull(v), c(x).log(), c(x).format(), c(x).aggregate(), c(x).countBy())))
                    .bool("log", "Log", "Log each message consumed", c.log(),
                            v -> set("log", x -> consumer(x, c(x).topic(), c(x).group(), c(x).dedupe(), v, c(x).format(), c(x).aggregate(), c(x).countBy())))
                    .text("format", "Format", "Log line; {msg} is the message", c.format(),
                            v -> set("format", x -> consumer(x, c(x).topic(), c(x).group(), c(x).dedupe(), c(x).log(), v, c(x).aggregate(), c(x).countBy())))
                    .text("aggregate", "Aggregate", "Expression summed/averaged over messages (empty: none)", nullToEmpty(c.aggregate()),
                            v -> set("aggregate", x -> consumer(x, c(x).topic(), c(x).group(), c(x).dedupe(), c(x).log(), c(x).format(), emptyToNull(v), c(x).countBy())))
                    .text("countBy", "Count by", "Expression whose text each message is counted under (empty: none)", nullToEmpty(c.countBy()),
                            v -> set("countBy", x -> consumer(x, c(x).topic(), c(x).group(), c(x).dedupe(), c(x).log(), c(x).format(), c(x).aggregate(), emptyToNull(v))));
            case Behaviour.Passive p -> {
            }
        }
    }

    /** The kinds a node of this type can have: a broker is a ROUTER, producers and consumers are DEALERs. */
    private static List<String> kindsFor(SocketNode node) {
        List<String> kinds = new java.util.ArrayList<>(KINDS);
        if (node.type() == dev.zmqstudio.model.SocketType.ROUTER) {
            kinds.add("broker");
        }
        if (node.type() == dev.zmqstudio.model.SocketType.DEALER) {
            kinds.addAll(List.of("producer", "consumer"));
        }
        if (!kinds.contains(node.behaviour().kind())) {
            kinds.add(node.behaviour().kind());
        }
        return kinds;
    }

    private static Behaviour.Consumer consumer(Behaviour old, String topic, String group, String dedupe, boolean log,
                                               String format, String aggregate, String countBy) {
        return new Behaviour.Consumer(topic, group, c(old).max(), dedupe, log, format, aggregate, countBy);
    }

    private static Behaviour.Broker k(Behaviour b) {
        return (Behaviour.Broker) b;
    }

    private static Behaviour.Producer p(Behaviour b) {
        return (Behaviour.Producer) b;
    }

    private static Behaviour.Consumer c(Behaviour b) {
        return (Behaviour.Consumer) b;
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
            case "broker" -> Behaviour.Broker.of();
            case "producer" -> Behaviour.Producer.of("topic", "Message {n} from {node}", 1, 0);
            case "consumer" -> Behaviour.Consumer.of("topic");
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

    private static double atLeastZero(double v) {
        if (!(v >= 0)) {
            throw new IllegalArgumentException("0 or more");
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
