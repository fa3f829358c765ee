package dev.zmqstudio.runtime.behaviour;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many messages a sink counted under each text its {@code countBy} expression gave. Bounded, since the texts
 * come from messages: at most {@value #MAX_KEYS} distinct texts of at most {@value #MAX_KEY_LENGTH} characters;
 * later new texts count under {@value #OTHER}, longer ones are cut.
 */
public final class KeyCounts {
    public static final int MAX_KEYS = 1_000;
    public static final int MAX_KEY_LENGTH = 200;
    public static final String OTHER = "(other)";

    private final Map<String, Long> counts = new TreeMap<>();

    public synchronized void count(String key) {
        String shown = key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
        if (!counts.containsKey(shown) && counts.size() >= MAX_KEYS) {
            shown = OTHER;
        }
        counts.merge(shown, 1L, Long::sum);
    }

    /** A sorted copy. */
    public synchronized Map<String, Long> snapshot() {
        return new TreeMap<>(counts);
    }
}
