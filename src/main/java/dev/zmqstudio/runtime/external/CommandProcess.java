package dev.zmqstudio.runtime.external;

import dev.zmqstudio.runtime.engine.LogSink;
import dev.zmqstudio.runtime.engine.NodeState;

import dev.zmqstudio.model.Command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * One external node's program as a child process: started with the run, its stdout and stderr lines go to the
 * log under the node's id, and it is stopped with the run (destroy, then destroyForcibly after 2 s). Exiting on its
 * own with code 0 finishes the node; any other code before the run stops is the node's error.
 */
public final class CommandProcess {
    private static final long GRACE_MS = 2_000;

    private final CommandLaunch launch;
    private final LogSink log;
    private volatile NodeState state = NodeState.STARTING;
    private volatile String error;
    private volatile String lastErrorLine;
    private volatile boolean stopping;
    private Process process;
    private Thread watcher;

    public CommandProcess(CommandLaunch launch, LogSink log) {
        this.launch = launch;
        this.log = log;
    }

    public String nodeId() {
        return launch.nodeId();
    }

    public NodeState state() {
        return state;
    }

    public String error() {
        return error;
    }

    public boolean exited() {
        return state == NodeState.FINISHED || state == NodeState.ERROR || state == NodeState.STOPPED;
    }

    public void start() {
        ProcessBuilder builder = new ProcessBuilder(launch.argv()).directory(launch.directory().toFile());
        builder.environment().put("PYTHONUNBUFFERED", "1"); // Python scripts print as they go, not at exit
        try {
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            fail("cannot start command '" + display() + "' in " + launch.directory() + ": " + e.getMessage());
            return;
        }
        state = NodeState.RUNNING;
        Thread out = pump(process.getInputStream(), "", "out");
        Thread err = pump(process.getErrorStream(), "stderr: ", "err");
        watcher = Thread.ofPlatform().name("zs-cmd-" + nodeId()).daemon().start(() -> watch(out, err));
    }

    private Thread pump(InputStream stream, String prefix, String name) {
        return Thread.ofPlatform().name("zs-cmd-" + nodeId() + "-" + name).daemon().start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!prefix.isEmpty() && !line.isBlank()) {
                        lastErrorLine = line.strip();
                    }
                    log.line(nodeId(), prefix + line);
                }
            } catch (IOException ignored) {
                // the process is gone; nothing more to read
            }
        });
    }

    private void watch(Thread out, Thread err) {
        int code;
        try {
            code = process.waitFor();
            out.join(GRACE_MS);
            err.join(GRACE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (stopping) {
            state = NodeState.STOPPED;
        } else if (code == 0) {
            state = NodeState.FINISHED;
        } else {
            fail("command '" + display() + "' exited with code " + code + (lastErrorLine == null ? "" : ": " + lastErrorLine));
        }
    }

    private void fail(String message) {
        error = message;
        state = NodeState.ERROR;
        log.line(nodeId(), "error: " + message);
    }

    /** Asks the program (and its children) to end; see {@link #awaitStop()}. */
    public void requestStop() {
        stopping = true;
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    /** Waits up to 2 s for the program to end, then kills it. */
    public void awaitStop() {
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(GRACE_MS, TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(GRACE_MS, TimeUnit.MILLISECONDS);
            }
            if (watcher != null) {
                watcher.join(GRACE_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String display() {
        return new Command(launch.argv(), false).display();
    }
}
