package dev.zmqstudio.runtime.child;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Child JVMs started before the run knows what each will run. A headless run starts them as soon as it has read its
 * file: they start up while it validates the file and sets itself up, which leaves one of the two cores of a small
 * machine partly idle, instead of after. {@link ChildFleet} then hands each its nodes through its standard input
 * (the {@link #assignment} ahead of the topology). A spare nobody takes (the file was invalid, or the run needed
 * fewer) reads the end of its input and exits; a parent killed with SIGKILL closes that input too.
 * See docs/decisions/child-processes.md.
 */
public final class SpareChildren implements AutoCloseable {
    /** The {@code node} option of a spare: its other options come first on its standard input. */
    public static final String ASSIGNMENT_OPTION = "--assignment-on-stdin";
    /** At most this many are started ahead: a file that turns out invalid has cost each a JVM start. */
    static final int MOST = 8;
    private static final int MOST_ASSIGNMENT_BYTES = 64 << 20;

    public static final SpareChildren NONE = new SpareChildren(List.of(), List.of());

    private final List<String> command;
    private final Deque<Process> waiting;

    private SpareChildren(List<String> command, List<Process> started) {
        this.command = command;
        this.waiting = new ArrayDeque<>(started);
    }

    /**
     * Starts a child with {@code launch} for each child process of {@code sizes} nodes that the usual command line
     * runs (at most {@value #MOST}): one holding thousands of nodes gets a larger heap, so no spare could serve it.
     * Those that cannot be started are left to the run, which starts its children itself and says why one cannot.
     */
    public static SpareChildren start(ChildLaunch launch, List<Integer> sizes) {
        List<String> command = commandFor(launch, 1);
        long count = sizes.stream().filter(nodes -> commandFor(launch, nodes).equals(command)).count();
        if (count == 0) {
            return NONE;
        }
        List<Process> started = new ArrayList<>();
        for (int i = 0; i < Math.min(count, MOST); i++) {
            try {
                started.add(new ProcessBuilder(command).start());
            } catch (IOException e) {
                break;
            }
        }
        return new SpareChildren(command, started);
    }

    /**
     * A spare that runs what {@code launch} would start for {@code nodes} nodes (same JVM, options and heap), still
     * alive; null when there is none.
     */
    synchronized Process take(ChildLaunch launch, int nodes) {
        if (waiting.isEmpty() || !commandFor(launch, nodes).equals(command)) {
            return null;
        }
        while (!waiting.isEmpty()) {
            Process spare = waiting.poll();
            if (spare.isAlive()) {
                return spare;
            }
            release(spare);
        }
        return null;
    }

    /** The command line of a spare that could run a child of {@code nodes} nodes started with {@code launch}. */
    private static List<String> commandFor(ChildLaunch launch, int nodes) {
        return launch.command(List.of(ChildNode.COMMAND, ASSIGNMENT_OPTION), nodes);
    }

    /** The process ids of the spares not taken yet. */
    public synchronized List<Long> pids() {
        return waiting.stream().map(Process::pid).toList();
    }

    /** The spares not taken end: their input closes, and they exit. */
    @Override
    public synchronized void close() {
        waiting.forEach(SpareChildren::release);
        waiting.clear();
    }

    private static void release(Process spare) {
        for (AutoCloseable stream : List.<AutoCloseable>of(spare.getOutputStream(), spare.getInputStream(), spare.getErrorStream())) {
            try {
                stream.close();
            } catch (Exception e) {
                // it is ending anyway
            }
        }
    }

    /** {@code args} of the {@code node} command as a spare reads them: each ends with a NUL, and an empty one ends all. */
    static byte[] assignment(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String arg : args) {
            if (arg.isEmpty() || arg.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("an argument of a child cannot be empty or hold a NUL: '" + arg + "'");
            }
            out.writeBytes(arg.getBytes(StandardCharsets.UTF_8));
            out.write(0);
        }
        out.write(0);
        return out.toByteArray();
    }

    /**
     * Reads what {@link #assignment} wrote from {@code in}, leaving the rest (the topology) unread. Null when the input
     * ends before anything came (the spare was not needed).
     */
    public static List<String> readAssignment(InputStream in) throws IOException {
        List<String> args = new ArrayList<>();
        ByteArrayOutputStream arg = new ByteArrayOutputStream();
        int total = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (args.isEmpty() && arg.size() == 0) {
                    return null;
                }
                throw new IOException("the assignment ended after " + args.size() + " arguments, before its end mark");
            }
            if (++total > MOST_ASSIGNMENT_BYTES) {
                throw new IOException("the assignment is longer than " + MOST_ASSIGNMENT_BYTES + " bytes");
            }
            if (b != 0) {
                arg.write(b);
            } else if (arg.size() == 0) {
                return args;
            } else {
                args.add(arg.toString(StandardCharsets.UTF_8));
                arg.reset();
            }
        }
    }
}
