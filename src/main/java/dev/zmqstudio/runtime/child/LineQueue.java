package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.engine.LogSink;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * In a child process: the nodes' log lines, held until the next report. Bounded, so a node that logs faster
 * than the parent takes its reports waits (as it would on a slow console) instead of filling the memory.
 */
final class LineQueue implements LogSink {
    private static final int CAPACITY = 50_000;
    private final BlockingQueue<Telemetry.Line> lines = new LinkedBlockingQueue<>(CAPACITY);

    @Override
    public void line(String nodeId, String text) {
        try {
            lines.put(new Telemetry.Line(nodeId, text));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** At most {@code max} lines, oldest first. */
    List<Telemetry.Line> drain(int max) {
        List<Telemetry.Line> out = new ArrayList<>();
        lines.drainTo(out, max);
        return out;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }
}
