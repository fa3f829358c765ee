package dev.zmqstudio.cli;

import dev.zmqstudio.runtime.engine.LogSink;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Prints node log lines as "[node] text" from one printer thread, so engine threads never wait on the
 * terminal; a bounded queue pushes back on a node that logs faster than the terminal can print.
 */
final class ConsolePrinter implements LogSink, AutoCloseable {
    private static final String END = "\u0000end";

    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>(50_000);
    private final PrintWriter out;
    private final Thread thread;

    ConsolePrinter(PrintWriter out) {
        this.out = out;
        this.thread = Thread.ofPlatform().name("zs-console").daemon().start(this::print);
    }

    @Override
    public void line(String nodeId, String text) {
        try {
            queue.put("[" + nodeId + "] " + text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void print() {
        List<String> batch = new ArrayList<>();
        try {
            while (true) {
                String first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    out.flush();
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, 4096);
                for (String line : batch) {
                    if (line == END) {
                        out.flush();
                        return;
                    }
                    out.println(line);
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Prints what is queued, then stops. */
    @Override
    public void close() {
        try {
            queue.put(END);
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
    }
}
