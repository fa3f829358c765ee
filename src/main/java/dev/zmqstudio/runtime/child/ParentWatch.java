package dev.zmqstudio.runtime.child;

import java.util.Optional;

/**
 * In a child process: ends the process when its parent is gone, even when the parent was killed with SIGKILL
 * and could not say so. Polls, because waiting on a process that is not our child is polling underneath anyway.
 * Ignores Ctrl+C: the terminal sends it to the whole process group, and the parent stops its children in order
 * (each with its final report) instead.
 */
final class ParentWatch {
    static final long POLL_MS = 200;

    private ParentWatch() {
    }

    /** Starts watching; halts this JVM (exit code {@code exitCode}) within {@link #POLL_MS} of the parent's end. */
    static void start(long parentPid, int exitCode) {
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> { });
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty() || !parent.get().isAlive()) {
            Runtime.getRuntime().halt(exitCode);
        }
        ProcessHandle handle = parent.get();
        Thread.ofPlatform().name("zs-parent-watch").daemon().start(() -> {
            while (handle.isAlive()) {
                try {
                    Thread.sleep(POLL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(exitCode);
        });
    }
}
