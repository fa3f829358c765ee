package dev.zmqstudio.model;

import java.util.List;

/**
 * What a socket node does while running. Templates expand {@code {n}} (message number from 0),
 * {@code {rand:A..B}} (seeded integer), {@code {topic}} (next of the topic list), {@code {time}} (epoch ms),
 * {@code {node}} (node id), {@code {port}} (first bound or connected tcp port) and, in replies, {@code {msg}}.
 * A message is a list of frames: the behaviours that send have either one {@code template} (a single-frame message)
 * or {@code frames}, one template per frame, never both.
 */
public sealed interface Behaviour {

    /** The JSON name of this behaviour ("generator", "sink", ...). */
    String kind();

    /** The templates of the frames of each message: {@code frames}, or the one {@code template} ("" when null). */
    static List<String> frameTemplates(String template, List<String> frames) {
        return frames.isEmpty() ? List.of(template == null ? "" : template) : frames;
    }

    /** {@code frames} checked and copied: a behaviour has a template or frames, not both. */
    private static List<String> checkedFrames(String template, List<String> frames) {
        List<String> copy = frames == null ? List.of() : List.copyOf(frames);
        if (!copy.isEmpty() && template != null) {
            throw new IllegalArgumentException("a message has one template or a list of frames, not both");
        }
        return copy;
    }

    /** Does nothing on its own: messages only pass through links, or the node stands for an external peer. */
    record Passive() implements Behaviour {
        public static final Passive INSTANCE = new Passive();

        @Override
        public String kind() {
            return "passive";
        }
    }

    /**
     * Sends {@code count} messages (0 = no limit) at {@code rate} per second (0 = as fast as possible).
     * With topics, {@code {topic}} takes them in turn. {@code template} is null when {@code frames} is not empty.
     */
    record Generator(String template, List<String> frames, double rate, long count, List<String> topics, long seed,
                     boolean log) implements Behaviour {
        public Generator {
            frames = checkedFrames(template, frames);
            topics = List.copyOf(topics);
        }

        /** A single-frame generator. */
        public Generator(String template, double rate, long count, List<String> topics, long seed, boolean log) {
            this(template, List.of(), rate, count, topics, seed, log);
        }

        public static Generator of(String template, double rate, long count) {
            return new Generator(template, rate, count, List.of(), 1L, true);
        }

        /** Each message is these frames, one template each. */
        public static Generator ofFrames(List<String> frames, double rate, long count) {
            return new Generator(null, frames, rate, count, List.of(), 1L, true);
        }

        /** The template of each frame of a message (one for a single-frame generator). */
        public List<String> frameTemplates() {
            return Behaviour.frameTemplates(template, frames);
        }

        /** The same generator sending {@code templates} (one: as its single template). */
        public Generator withFrameTemplates(List<String> templates) {
            boolean one = templates.size() == 1;
            return new Generator(one ? templates.getFirst() : null, one ? List.of() : templates, rate, count, topics,
                    seed, log);
        }

        @Override
        public String kind() {
            return "generator";
        }
    }

    /**
     * Receives and counts; optionally logs each message ({@code format} with {@code {msg}}), aggregates a
     * number computed by the {@code aggregate} expression (count, sum, average, per sender), counts messages by the
     * text the {@code countBy} expression gives (e.g. a log line's level) and records one CSV row per message to
     * {@code record}.
     */
    record Sink(boolean log, String format, String aggregate, String record, double workMillis, String countBy)
            implements Behaviour {
        public static final String DEFAULT_FORMAT = "Received message: {msg}";

        /**
         * {@code workMillis}: simulated processing time per message (a slow consumer: its queue fills and its
         * sender waits or, for a publisher, drops); 0 takes messages as fast as they come.
         */
        public Sink {
            format = format == null || format.isEmpty() ? DEFAULT_FORMAT : format;
            if (!(workMillis >= 0)) {
                throw new IllegalArgumentException("work per message must be 0 or more milliseconds, not " + workMillis);
            }
            countBy = countBy == null || countBy.isBlank() ? null : countBy;
        }

        public Sink(boolean log, String format, String aggregate, String record, double workMillis) {
            this(log, format, aggregate, record, workMillis, null);
        }

        public Sink(boolean log, String format, String aggregate, String record) {
            this(log, format, aggregate, record, 0);
        }

        public Sink withWorkMillis(double millis) {
            return new Sink(log, format, aggregate, record, millis, countBy);
        }

        public Sink withLog(boolean newLog) {
            return new Sink(newLog, format, aggregate, record, workMillis, countBy);
        }

        public Sink withFormat(String newFormat) {
            return new Sink(log, newFormat, aggregate, record, workMillis, countBy);
        }

        public Sink withAggregate(String expression) {
            return new Sink(log, format, expression, record, workMillis, countBy);
        }

        public Sink withRecord(String path) {
            return new Sink(log, format, aggregate, path, workMillis, countBy);
        }

        public Sink withCountBy(String expression) {
            return new Sink(log, format, aggregate, record, workMillis, expression);
        }

        public static Sink logging() {
            return new Sink(true, DEFAULT_FORMAT, null, null);
        }

        @Override
        public String kind() {
            return "sink";
        }
    }

    /**
     * REP/ROUTER side: answers each request with {@code template} or with {@code frames} ({@code {msg}} is the
     * request's last frame); a ROUTER keeps the request's envelope in front of the reply.
     */
    record Replier(String template, List<String> frames, boolean log) implements Behaviour {
        public Replier {
            frames = checkedFrames(template, frames);
        }

        public Replier(String template, boolean log) {
            this(template, List.of(), log);
        }

        public List<String> frameTemplates() {
            return Behaviour.frameTemplates(template, frames);
        }

        public Replier withFrameTemplates(List<String> templates) {
            boolean one = templates.size() == 1;
            return new Replier(one ? templates.getFirst() : null, one ? List.of() : templates, log);
        }

        @Override
        public String kind() {
            return "replier";
        }
    }

    /** REQ/DEALER side: sends {@code count} requests ({@code template} or {@code frames}) at {@code rate}, each waiting for its reply. */
    record Requester(String template, List<String> frames, double rate, long count, boolean log) implements Behaviour {
        public Requester {
            frames = checkedFrames(template, frames);
        }

        public Requester(String template, double rate, long count, boolean log) {
            this(template, List.of(), rate, count, log);
        }

        public List<String> frameTemplates() {
            return Behaviour.frameTemplates(template, frames);
        }

        public Requester withFrameTemplates(List<String> templates) {
            boolean one = templates.size() == 1;
            return new Requester(one ? templates.getFirst() : null, one ? List.of() : templates, rate, count, log);
        }

        @Override
        public String kind() {
            return "requester";
        }
    }

    /**
     * A durable topic broker on a ROUTER (docs/broker-protocol.md): producers publish to topics, it stores each message
     * in the SQLite file {@code store} (a path inside the output folder; null: {@code <node id>.db}) and acknowledges it
     * with its offset once on disk; consumers fetch from their committed offset. {@code keep}: the newest messages kept
     * per topic (0: all); {@code maxAgeSeconds}: how long a message is kept (0: for ever).
     */
    record Broker(String store, long keep, double maxAgeSeconds, boolean log) implements Behaviour {
        public Broker {
            store = store == null || store.isBlank() ? null : store;
            if (keep < 0 || !(maxAgeSeconds >= 0)) {
                throw new IllegalArgumentException("keep and maxAgeSeconds are 0 or more");
            }
        }

        public static Broker of() {
            return new Broker(null, 0, 0, false);
        }

        /** The store's path in the output folder. */
        public String storeFor(String nodeId) {
            return store != null ? store : nodeId + ".db";
        }

        @Override
        public String kind() {
            return "broker";
        }
    }

    /**
     * A DEALER that publishes to a broker's {@code topic}, each message kept until the broker acknowledges it and sent
     * again when no acknowledgement comes (at least once). It publishes {@code count} messages (0: no limit) at
     * {@code rate} from {@code template}, or, with no template, what links hand it.
     */
    record Producer(String topic, String template, double rate, long count, long seed, boolean log) implements Behaviour {
        public Producer {
            topic = topic == null ? "" : topic;
            template = template == null || template.isEmpty() ? null : template;
        }

        public static Producer of(String topic, String template, double rate, long count) {
            return new Producer(topic, template, rate, count, 1, true);
        }

        public Producer withTopic(String newTopic) {
            return new Producer(newTopic, template, rate, count, seed, log);
        }

        @Override
        public String kind() {
            return "producer";
        }
    }

    /**
     * A DEALER that registers with a broker as {@code group} (null: the node's id), fetches {@code topic} from its
     * committed offset, up to {@code max} messages at a time, handles each as a sink does (log, aggregate, countBy,
     * links) and commits. {@code dedupe}: an expression giving each message's identity; a message seen before is
     * counted as redelivered and handled no further (null: none).
     */
    record Consumer(String topic, String group, int max, String dedupe, boolean log, String format, String aggregate,
                    String countBy) implements Behaviour {
        public static final int MAX_BATCH = 10_000;

        public Consumer {
            topic = topic == null ? "" : topic;
            group = group == null || group.isBlank() ? null : group;
            dedupe = dedupe == null || dedupe.isBlank() ? null : dedupe;
            format = format == null || format.isEmpty() ? Sink.DEFAULT_FORMAT : format;
            aggregate = aggregate == null || aggregate.isBlank() ? null : aggregate;
            countBy = countBy == null || countBy.isBlank() ? null : countBy;
            if (max < 1 || max > MAX_BATCH) {
                throw new IllegalArgumentException("a consumer fetches 1 to " + MAX_BATCH + " messages at a time, not " + max);
            }
        }

        public static Consumer of(String topic) {
            return new Consumer(topic, null, 100, null, true, null, null, null);
        }

        /** The name it registers under. */
        public String groupFor(String nodeId) {
            return group != null ? group : nodeId;
        }

        /** How each fetched message is handled: as a sink with these fields. */
        public Sink asSink() {
            return new Sink(log, format, aggregate, null, 0, countBy);
        }

        @Override
        public String kind() {
            return "consumer";
        }
    }
}
