package dev.zmqstudio.runtime;

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
 * {@code {cycle:X|Y|...}} (message n's item, in turn like {@code {topic}}). Any other brace is literal text, so JSON templates such as
 * {@code {"num": {n}}} work as written. A template without placeholders expands to the same bytes each time.
 */
public final class Template {
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{(n|topic|time_us|time|node|port|msg|frames|rand:(-?\\d+)\\.\\.(-?\\d+)|ints:(\\d{1,6})|cycle:([^{}]*))}");

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

    /** What a template may refer to besides the message number. */
    public record Bindings(String nodeId, String port, List<String> topics) {
        public Bindings {
            topics = List.copyOf(topics);
        }
    }

    private final List<Part> parts;
    private final Bindings bindings;
    private final SplittableRandom random;
    private final byte[] constant;
    private final StringBuilder buffer = new StringBuilder(128);

    private Template(List<Part> parts, Bindings bindings, long seed) {
        this.parts = parts;
        this.bindings = bindings;
        this.random = new SplittableRandom(seed);
        boolean literalOnly = parts.stream().allMatch(p -> p instanceof Literal || p instanceof NodeId || p instanceof Port);
        this.constant = literalOnly ? expandText(0, null).getBytes(StandardCharsets.UTF_8) : null;
    }

    public static Template compile(String text, Bindings bindings, long seed) {
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Literal(text.substring(last, m.start())));
            }
            String name = m.group(1);
            parts.add(switch (name) {
                case "n" -> new Counter();
                case "topic" -> new Topic();
                case "time" -> new Time();
                case "time_us" -> new TimeMicros();
                case "node" -> new NodeId();
                case "port" -> new Port();
                case "msg" -> new Msg();
                case "frames" -> new FrameList();
                default -> m.group(5) != null ? new Cycle(List.of(m.group(5).split("\\|", -1)))
                        : m.group(4) != null ? ints(m.group(4), text) : rand(m.group(2), m.group(3), text);
            });
            last = m.end();
        }
        if (last < text.length()) {
            parts.add(new Literal(text.substring(last)));
        }
        return new Template(List.copyOf(parts), bindings, seed);
    }

    private static Random rand(String low, String high, String text) {
        long a;
        long b;
        try {
            a = Long.parseLong(low);
            b = Long.parseLong(high);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("{rand:" + low + ".." + high + "} in '" + text
                    + "' has a bound beyond what a whole number holds; keep both within " + Long.MIN_VALUE + ".." + Long.MAX_VALUE);
        }
        if (b < a) {
            throw new IllegalArgumentException("{rand:" + low + ".." + high + "} in '" + text
                    + "' has its bounds reversed; write {rand:" + high + ".." + low + "}");
        }
        return new Random(a, b);
    }

    private static Ints ints(String size, String text) {
        int n = Integer.parseInt(size);
        if (n < 1) {
            throw new IllegalArgumentException("{ints:" + size + "} in '" + text + "' needs a size of 1 or more");
        }
        return new Ints(n);
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

    /** Same as {@link #expand} as text. */
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
                case Msg mm -> buffer.append(msg == null ? "" : msg);
                case FrameList f -> buffer.append(frames == null ? "" : frames);
                case Ints ints -> appendInts(n * ints.size(), ints.size());
                case Cycle c -> buffer.append(c.items().get((int) (n % c.items().size())));
            }
        }
        return buffer.toString();
    }

    /** A whole number from low to high, both included, even when the range is wider than a long can count. */
    private long draw(Random r) {
        long span = r.high() - r.low() + 1;
        if (span > 0) {
            return r.low() + random.nextLong(span);
        }
        long n;
        do { // the range holds more than half of all longs: at most two draws on average
            n = random.nextLong();
        } while (n < r.low() || n > r.high());
        return n;
    }

    private void appendInts(long first, int size) {
        buffer.append('[');
        for (int i = 0; i < size; i++) {
            buffer.append(i == 0 ? "" : ", ").append(first + i);
        }
        buffer.append(']');
    }
}
