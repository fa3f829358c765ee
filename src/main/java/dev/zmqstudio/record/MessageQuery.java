package dev.zmqstudio.record;

/**
 * Which messages of a recording to read: on a wire, from or to a node, whose frames contain some text, in a time
 * range (nanoseconds since the recording began, inclusive; -1: open), at most {@code limit} (0: all). Null or -1
 * means no condition.
 */
public record MessageQuery(String wire, String node, String grep, long fromNanos, long toNanos, int limit) {
    public static final MessageQuery ALL = new MessageQuery(null, null, null, -1, -1, 0);
}
