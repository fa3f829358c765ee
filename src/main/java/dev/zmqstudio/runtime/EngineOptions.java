package dev.zmqstudio.runtime;

import java.time.Duration;

/**
 * How to run: where log lines go, how long generators wait for connections and subscriptions before starting
 * anyway, and how to start child processes ({@code children}: null when no node may run in one).
 */
public record EngineOptions(LogSink log, Duration gateTimeout, ChildLaunch children, Duration childStartTimeout) {
    public static final Duration DEFAULT_GATE_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_CHILD_START_TIMEOUT = Duration.ofSeconds(60);

    public EngineOptions {
        log = log == null ? LogSink.DISCARD : log;
        gateTimeout = gateTimeout == null ? DEFAULT_GATE_TIMEOUT : gateTimeout;
        childStartTimeout = childStartTimeout == null ? DEFAULT_CHILD_START_TIMEOUT : childStartTimeout;
    }

    public EngineOptions(LogSink log, Duration gateTimeout) {
        this(log, gateTimeout, null, null);
    }

    /** Nodes placed in child processes are started with {@code launch}. */
    public EngineOptions withChildren(ChildLaunch launch) {
        return new EngineOptions(log, gateTimeout, launch, childStartTimeout);
    }

    public static EngineOptions logTo(LogSink log) {
        return new EngineOptions(log, DEFAULT_GATE_TIMEOUT);
    }
}
