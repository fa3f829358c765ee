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
}
