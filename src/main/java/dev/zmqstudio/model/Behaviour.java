package dev.zmqstudio.model;

import java.util.List;

/**
 * What a socket node does while running. Templates expand {@code {n}} (message number from 0),
 * {@code {rand:A..B}} (seeded integer), {@code {topic}} (next of the topic list), {@code {time}} (epoch ms),
 * {@code {node}} (node id), {@code {port}} (first bound or connected tcp port) and, in replies, {@code {msg}}.
 */
public sealed interface Behaviour {

    /** The JSON name of this behaviour ("generator", "sink", ...). */
    String kind();

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
     * With topics, {@code {topic}} takes them in turn.
     */
    record Generator(String template, double rate, long count, List<String> topics, long seed, boolean log)
            implements Behaviour {
        public Generator {
            topics = List.copyOf(topics);
        }

        public static Generator of(String template, double rate, long count) {
            return new Generator(template, rate, count, List.of(), 1L, true);
        }

        @Override
        public String kind() {
            return "generator";
        }
    }

    /**
     * Receives and counts; optionally logs each message ({@code format} with {@code {msg}}), aggregates a
     * number computed by the {@code aggregate} expression (count, sum, average, per sender) and records
     * one CSV row per message to {@code record}.
     */
    record Sink(boolean log, String format, String aggregate, String record, double workMillis) implements Behaviour {
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
        }

        public Sink(boolean log, String format, String aggregate, String record) {
            this(log, format, aggregate, record, 0);
        }

        public Sink withWorkMillis(double millis) {
            return new Sink(log, format, aggregate, record, millis);
        }

        public static Sink logging() {
            return new Sink(true, DEFAULT_FORMAT, null, null);
        }

        @Override
        public String kind() {
            return "sink";
        }
    }

    /** REP/ROUTER side: answers each request with {@code template} ({@code {msg}} is the request). */
    record Replier(String template, boolean log) implements Behaviour {
        @Override
        public String kind() {
            return "replier";
        }
    }

    /** REQ/DEALER side: sends {@code count} requests at {@code rate}, each waiting for its reply. */
    record Requester(String template, double rate, long count, boolean log) implements Behaviour {
        @Override
        public String kind() {
            return "requester";
        }
    }
}
