package dev.zmqstudio.runtime.record;

import java.util.Set;

/**
 * What to record and where: every message ({@code wires} empty, {@code every} 1), or only those on the named
 * wires, or one message in {@code every} on each wire (the first, then every n-th, so counts scale exactly).
 */
public record RecordOptions(RecordSink sink, Set<String> wires, int every) {
    public RecordOptions {
        wires = Set.copyOf(wires);
        if (every < 1) {
            throw new IllegalArgumentException("a sample rate keeps one message in n, n >= 1; not " + every);
        }
    }

    public static RecordOptions everything(RecordSink sink) {
        return new RecordOptions(sink, Set.of(), 1);
    }

    boolean keepsWire(String wire) {
        return wires.isEmpty() || (wire != null && wires.contains(wire));
    }
}
