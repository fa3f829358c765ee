package dev.zmqstudio.ui.run;

import dev.zmqstudio.ui.edit.ConsoleLine;

import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Log lines on their way from the nodes (engine threads) to the console (FX thread, a frame's worth at a time).
 * Bounded: when the nodes log faster than the console takes lines, the oldest waiting lines give way, so the newest
 * lines always reach the console, and a note stands where the gap is ("(667 log lines skipped here …)").
 */
final class ConsoleBacklog {
    private final int capacity;
    private final ArrayDeque<ConsoleLine> waiting;
    /** Lines evicted from the head since the last line handed over: the gap sits just before the head. */
    private long skippedAtHead;

    ConsoleBacklog(int capacity) {
        this.capacity = capacity;
        this.waiting = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    /** Any thread. */
    synchronized void add(ConsoleLine line) {
        if (waiting.size() == capacity) {
            waiting.pollFirst();
            skippedAtHead++;
        }
        waiting.addLast(line);
    }

    /** Hands over at most {@code max} lines, oldest first, with the note of a gap where the gap is. */
    void drain(int max, Consumer<ConsoleLine> sink) {
        java.util.List<ConsoleLine> out = new java.util.ArrayList<>();
        synchronized (this) {
            if (skippedAtHead > 0) {
                out.add(gapNote(skippedAtHead));
                skippedAtHead = 0;
            }
            for (int i = 0; i < max && !waiting.isEmpty(); i++) {
                out.add(waiting.pollFirst());
            }
        }
        out.forEach(sink);
    }

    synchronized boolean isEmpty() {
        return waiting.isEmpty() && skippedAtHead == 0;
    }

    private static ConsoleLine gapNote(long skipped) {
        return ConsoleLine.now(null, "(" + String.format(java.util.Locale.ROOT, "%,d", skipped) + " log "
                + (skipped == 1 ? "line" : "lines") + " skipped here: the nodes logged faster than the console"
                + " shows; the newest lines are kept)");
    }
}
