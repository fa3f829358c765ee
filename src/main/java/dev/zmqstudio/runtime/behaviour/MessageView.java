package dev.zmqstudio.runtime.behaviour;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Arrays;
import java.util.List;

/**
 * What an expression sees of one received message: {@code msg} (text), {@code json} (parsed lazily from the first
 * brace, so "topic {...}" works; null when there is no JSON), {@code words} (split on spaces), {@code topic} (first word), {@code n} (index of
 * the message at this node), {@code node} (the receiving node's id), {@code bytes} (payload size; {@code size} is a JEXL keyword),
 * {@code frames} (every frame of the message as {@link Frames#text}: printable text, else 0x-hex). {@code msg}, {@code json},
 * {@code words}, {@code topic} and {@code bytes} are of the last frame, as they were before messages had frames.
 */
public final class MessageView {
    private static final Object NOT_JSON = new Object();

    private final String msg;
    private final long n;
    private final String node;
    private final int size;
    private final ReceivedFrames received;
    private Object json;
    private List<String> words;

    /** A one-frame message whose frame is {@code msg}. */
    public MessageView(String msg, long n, String node, int size) {
        this(msg, null, n, node, size);
    }

    public MessageView(String msg, ReceivedFrames received, long n, String node, int size) {
        this.msg = msg;
        this.received = received;
        this.n = n;
        this.node = node;
        this.size = size;
    }

    public String msg() {
        return msg;
    }

    public long n() {
        return n;
    }

    public String node() {
        return node;
    }

    public int size() {
        return size;
    }

    /** Every frame of the message, in order: printable text, else {@code 0x} and hex. */
    public List<String> frames() {
        return received == null ? List.of(msg) : received.texts();
    }

    public String topic() {
        List<String> w = words();
        return w.isEmpty() ? "" : w.getFirst();
    }

    public List<String> words() {
        if (words == null) {
            String trimmed = msg.strip();
            words = trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
        }
        return words;
    }

    /** The payload parsed as JSON (maps, lists, numbers, strings), or null when it is not JSON. */
    public Object json() {
        if (json == null) {
            json = parse();
        }
        return json == NOT_JSON ? null : json;
    }

    /** Text of an expression's result: maps and lists as JSON, whole doubles without ".0". */
    public static String render(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.Map<?, ?> || value instanceof List<?>) {
            try {
                return Writer.JSON.writeValueAsString(value);
            } catch (Exception e) {
                return value.toString();
            }
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return value.toString();
    }

    private Object parse() {
        String s = msg.strip();
        int start = s.startsWith("[") ? 0 : s.indexOf('{');
        if (start < 0) {
            return NOT_JSON;
        }
        try {
            return JsonValues.read(s.substring(start));
        } catch (Exception e) {
            return NOT_JSON;
        }
    }

    /** Only a result that is a map or a list needs the data binder: it is made on first use. */
    private static final class Writer {
        static final ObjectMapper JSON = new ObjectMapper();
    }
}
