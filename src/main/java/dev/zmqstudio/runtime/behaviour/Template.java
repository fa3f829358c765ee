package dev.zmqstudio.runtime.behaviour;

import dev.zmqstudio.runtime.engine.Clock;
import dev.zmqstudio.runtime.engine.Counter;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.runtime.sandbox.TextLimit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A payload template compiled once: {@code {n}}, {@code {rand:A..B}}, {@code {topic}}, {@code {time}},
 * {@code {time_us}} (epoch microseconds, for latency across processes), {@code {node}}, {@code {port}}, {@code {msg}},
 * {@code {frames}} (a received message's frames, each in brackets; a sink's log format),
 * {@code {ints:K}} (message n's K consecutive whole numbers as a JSON array: [nK, ..., nK+K-1]),
 * {@code {cycle:X|Y|...}} (message n's item, in turn like {@code {topic}}). Any other brace is literal text, so JSON
 * templates such as {@code {"num": {n}}} work as written. A template without placeholders expands to the same bytes
 * each time. An expansion is at most 1 MiB: compile refuses a template that could be longer whatever the message,
 * and an expansion that {@code {msg}} or {@code {frames}} would make longer fails.
 */
public final class Template {
    /** The most numbers one {@code {ints:K}} may hold (and then only when few messages keep them short). */
    public static final int MAX_INTS = 100_000;
    /** The longest text of a whole number (a long, with its sign). */
    private static final int NUMBER_CHARS = 20;
    private static final int PORT_CHARS = 5;
    // One linear pass: no nested repetition, and [^{}] cannot run past the closing brace.
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{(n|topic|time_us|time|node|port|msg|frames|rand:([^{}]*)|ints:([^{}]*)|cycle:([^{}]*))}");

    private sealed interface Part permits Literal, Counter, Random, Topic, Time, TimeMicros, NodeId, Port, Msg, FrameList, Ints, Cycle { }

    private record Literal(String text) implements Part { }

    private record Counter() implements Part { }

    private record Random(long low, long high) implements Part { }

    private record Topic() implements Part { }

    private record Time() implements Part { }

    private record TimeMicros() implements Part { }

    private record NodeId() implements Part { }

    private record Port() implements Part { }

    private record Msg() implements Part { }

    private record FrameList() implements Part { }

    /** Message n takes item n modulo their count: a second frame that follows {@code {topic}}'s turn. */
    private record Cycle(List<String> items) implements Part { }

    /** Message n's share of the whole numbers from 0, {@code size} at a time, as a JSON array. */
    private record Ints(int size) implements Part { }

    /**
     * What a template may refer to besides the message number, and {@code messages}: how many messages it is expanded
     * for at most (a generator's or requester's count; 0: no limit), which bounds how long {@code {n}} and
     * {@code {ints:K}} can get.
     */
    public record Bindings(String nodeId, String port, List<String> topics, long messages) {
        public Bindings {
            topics = List.copyOf(topics);
        }

        public Bindings(String nodeId, String port, List<String> topics) {
            this(nodeId, port, topics, 0);
        }

        /** The bindings of {@code node}'s behaviour, with {@code port} for {@code {port}}. */
        public static Bindings of(SocketNode node, String port) {
            return switch (node.behaviour()) {
                case Behaviour.Generator g -> new Bindings(node.id(), port, g.topics(), g.count());
                case Behaviour.Requester r -> new Bindings(node.id(), port, List.of(), r.count());
                default -> new Bindings(node.id(), port, List.of());
            };
        }

        /** The largest whole number the message numbers lead to, {@code times} numbers a message. */
        long largest(long times) {
            return messages <= 0 || messages > Long.MAX_VALUE / times ? Long.MAX_VALUE : messages * times;
        }
    }

    /** A template that cannot be used, or an expansion over the size limit; the message is for the user. */
    public static final class TemplateException extends IllegalArgumentException {
        public TemplateException(String message) {
            super(message);
        }
    }

    private final List<Part> parts;
    private final long longest;
    private final Bindings bindings;
    private final SplittableRandom random;
    private final byte[] constant;
    private final StringBuilder buffer = new StringBuilder(128);

    private Template(List<Part> parts, long longest, Bindings bindings, long seed) {
        this.parts = parts;
        this.longest = longest;
        this.bindings = bindings;
        this.random = new SplittableRandom(seed);
        boolean literalOnly = parts.stream().allMatch(p -> p instanceof Literal || p instanceof NodeId || p instanceof Port);
        this.constant = literalOnly ? expandText(0, null).getBytes(StandardCharsets.UTF_8) : null;
    }

    /**
     * @throws TemplateException when a placeholder is malformed ({@code {rand:5..1}}, {@code {ints:0}}) or the template
     *                           could expand to more than 1 MiB
     */
    public static Template compile(String text, Bindings bindings, long seed) {
        if (text.length() > TextLimit.MAX_CHARS) {
            throw new TemplateException("the template is " + text.length() + " characters long, over the 1 MiB limit ("
                    + TextLimit.MAX_CHARS + " characters)");
        }
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Literal(text.substring(last, m.start())));
            }
            parts.add(switch (m.group(1)) {
                case "n" -> new Counter();
                case "topic" -> new Topic();
                case "time" -> new Time();
                case "time_us" -> new TimeMicros();
                case "node" -> new NodeId();
                case "port" -> new Port();
                case "msg" -> new Msg();
                case "frames" -> new FrameList();
                default -> m.group(4) != null ? new Cycle(List.of(m.group(4).split("\\|", -1)))
                        : m.group(3) != null ? ints(m.group(3), text) : rand(m.group(2), text);
            });
            last = m.end();
        }
        if (last < text.length()) {
            parts.add(new Literal(text.substring(last)));
        }
        long longest = longest(parts, bindings);
        if (longest > TextLimit.MAX_CHARS) {
            throw new TemplateException("'" + Expressions.abbreviate(text) + "' can expand to " + longest
                    + " characters, over the 1 MiB limit (" + TextLimit.MAX_CHARS + "); use smaller {ints:K} or less text");
        }
        return new Template(List.copyOf(parts), longest, bindings, seed);
    }

    private static Random rand(String range, String text) {
        int dots = range.indexOf("..");
        String low = dots < 0 ? range : range.substring(0, dots);
        String high = dots < 0 ? "" : range.substring(dots + 2);
        if (!isWholeNumber(low) || !isWholeNumber(high)) {
            throw new TemplateException("{rand:" + range + "} in '" + Expressions.abbreviate(text)
                    + "' needs two whole numbers, the least and the most, as in {rand:1..6}");
        }
        long a = bound(low, range, text);
        long b = bound(high, range, text);
        if (b < a) {
            throw new TemplateException("{rand:" + range + "} in '" + Expressions.abbreviate(text)
                    + "' has its bounds reversed; write {rand:" + high + ".." + low + "}");
        }
        return new Random(a, b);
    }

    private static boolean isWholeNumber(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        return s.length() > start && s.length() <= 40 && s.chars().skip(start).allMatch(c -> c >= '0' && c <= '9');
    }

    private static long bound(String number, String range, String text) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw new TemplateException("{rand:" + range + "} in '" + Expressions.abbreviate(text) + "': " + number
                    + " is beyond the whole numbers a template can draw (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")");
        }
    }

    private static Ints ints(String size, String text) {
        boolean digits = !size.isEmpty() && size.length() <= 9 && size.chars().allMatch(c -> c >= '0' && c <= '9');
        int n = digits ? Integer.parseInt(size) : -1;
        if (n < 1 || n > MAX_INTS) {
            throw new TemplateException("{ints:" + size + "} in '" + Expressions.abbreviate(text)
                    + "' needs a size from 1 to " + MAX_INTS);
        }
        return new Ints(n);
    }

    /** The most characters an expansion can have, {@code {msg}} aside (it is checked as it is expanded). */
    private static long longest(List<Part> parts, Bindings bindings) {
        long longest = 0;
        for (Part part : parts) {
            longest += switch (part) {
                case Literal l -> l.text().length();
                case Counter c -> digits(bindings.largest(1));
                case Random r -> NUMBER_CHARS;
                case Time t -> NUMBER_CHARS;
                case TimeMicros t -> NUMBER_CHARS;
                case Topic t -> bindings.topics().stream().mapToLong(String::length).max().orElse(0);
                case NodeId id -> bindings.nodeId().length();
                case Port p -> PORT_CHARS;
                case Msg mm -> 0;
                case FrameList f -> 0;
                case Ints ints -> 2 + (long) ints.size() * (digits(bindings.largest(ints.size())) + 2);
                case Cycle c -> c.items().stream().mapToLong(String::length).max().orElse(0);
            };
        }
        return longest;
    }

    private static int digits(long largest) {
        return Long.toString(largest).length();
    }

    /** The most characters an expansion can have, what was received ({@code {msg}}, {@code {frames}}) aside. */
    long longest() {
        return longest;
    }

    /** Whether the template is exactly {@code {msg}}: a reply that echoes the request byte for byte. */
    public boolean isEcho() {
        return parts.size() == 1 && parts.getFirst() instanceof Msg;
    }

    /** Whether every expansion gives the same bytes. */
    public boolean isConstant() {
        return constant != null;
    }

    /** Payload number {@code n}; {@code msg} fills {@code {msg}} (may be null). Not thread-safe. */
    public byte[] expand(long n, String msg) {
        return expand(n, msg, null);
    }

    /** Same as {@link #expand(long, String)} with {@code frames} filling {@code {frames}} (may be null). */
    public byte[] expand(long n, String msg, String frames) {
        return constant != null ? constant : expandText(n, msg, frames).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Same as {@link #expand} as text.
     *
     * @throws TemplateException when {@code {msg}} would make the text longer than 1 MiB
     */
    public String expandText(long n, String msg) {
        return expandText(n, msg, null);
    }

    /** Same as {@link #expandText(long, String)} with {@code frames} filling {@code {frames}} (may be null). */
    public String expandText(long n, String msg, String frames) {
        buffer.setLength(0);
        for (Part part : parts) {
            switch (part) {
                case Literal l -> buffer.append(l.text());
                case Counter c -> buffer.append(n);
                case Random r -> buffer.append(draw(r));
                case Topic t -> buffer.append(bindings.topics().isEmpty() ? ""
                        : bindings.topics().get((int) (n % bindings.topics().size())));
                case Time t -> buffer.append(System.currentTimeMillis());
                case TimeMicros t -> buffer.append(Clock.epochMicros());
                case NodeId id -> buffer.append(bindings.nodeId());
                case Port p -> buffer.append(bindings.port());
                case Msg mm -> appendReceived(msg, "{msg}");
                case FrameList f -> appendReceived(frames, "{frames}");
                case Ints ints -> appendInts(n * ints.size(), ints.size());
                case Cycle c -> buffer.append(c.items().get((int) (n % c.items().size())));
            }
        }
        return buffer.toString();
    }

    /** Uniform in [low, high], both included, for any two longs (the width high - low + 1 may not fit in a long). */
    private long draw(Random r) {
        long width = r.high() - r.low() + 1;
        if (width > 0) {
            return r.low() + random.nextLong(width);
        }
        while (true) { // more than half of all longs are in range: on average fewer than two draws
            long v = random.nextLong();
            if (v >= r.low() && v <= r.high()) {
                return v;
            }
        }
    }

    /** What was received, in {@code placeholder}: the only part whose length compile cannot know. */
    private void appendReceived(String received, String placeholder) {
        if (received == null) {
            return;
        }
        long length = (long) buffer.length() + received.length();
        if (length > TextLimit.MAX_CHARS) {
            throw new TemplateException("the template would expand to more than 1 MiB (" + TextLimit.MAX_CHARS
                    + " characters) with a message of " + received.length() + " characters in " + placeholder);
        }
        buffer.append(received);
    }

    private void appendInts(long first, int size) {
        buffer.append('[');
        for (int i = 0; i < size; i++) {
            buffer.append(i == 0 ? "" : ", ").append(first + i);
        }
        buffer.append(']');
    }
}
