package dev.zmqstudio.runtime;

import java.time.Duration;

/**
 * How to run: where log lines go, and how long generators wait for connections and subscriptions before
 * starting anyway.
 */
public record EngineOptions(LogSink log, Duration gateTimeout) {
    public static final Duration DEFAULT_GATE_TIMEOUT = Duration.ofSeconds(5);

    public EngineOptions {
        log = log == null ? LogSink.DISCARD : log;
        gateTimeout = gateTimeout == null ? DEFAULT_GATE_TIMEOUT : gateTimeout;
    }

    public static EngineOptions logTo(LogSink log) {
        return new EngineOptions(log, DEFAULT_GATE_TIMEOUT);
    }
}
