package dev.zmqstudio.record;

/**
 * Which messages of a recording to read: on a wire, from or to a node, whose frames contain some text, in a time
 * range (nanoseconds since the recording began, inclusive; -1: open), at most {@code limit} (0: all). Null or -1
 * means no condition.
 */
public record MessageQuery(String wire, String node, String grep, long fromNanos, long toNanos, int limit) {
    public static final MessageQuery ALL = new MessageQuery(null, null, null, -1, -1, 0);

    public MessageQuery withWire(String w) {
        return new MessageQuery(w, node, grep, fromNanos, toNanos, limit);
    }

    public MessageQuery withNode(String n) {
        return new MessageQuery(wire, n, grep, fromNanos, toNanos, limit);
    }

    public MessageQuery withGrep(String text) {
        return new MessageQuery(wire, node, text, fromNanos, toNanos, limit);
    }

    public MessageQuery between(long from, long to) {
        return new MessageQuery(wire, node, grep, from, to, limit);
    }

    public MessageQuery limitedTo(int most) {
        return new MessageQuery(wire, node, grep, fromNanos, toNanos, most);
    }
}
