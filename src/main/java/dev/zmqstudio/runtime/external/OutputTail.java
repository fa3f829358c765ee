package dev.zmqstudio.runtime.external;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** The last lines of a child's output stream, read on a virtual thread; each line is also handed on. */
public final class OutputTail {
    private final int keep;
    private final Deque<String> lines = new ArrayDeque<>();

    public OutputTail(int keep) {
        this.keep = keep;
    }

    /** Reads {@code in} to its end on a virtual thread; every line goes to {@code each} and into the tail. */
    public void follow(InputStream in, Consumer<String> each) {
        Thread.ofVirtual().name("zs-child-output").start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    add(line);
                    each.accept(line);
                }
            } catch (IOException ignored) {
                // the process is gone; what it wrote is in the tail
            }
        });
    }

    synchronized void add(String line) {
        if (lines.size() == keep) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
