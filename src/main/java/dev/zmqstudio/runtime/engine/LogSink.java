package dev.zmqstudio.runtime.engine;

/** Receives the nodes' log lines ("Sent: ...", "Received message: ..."). Called from engine threads. */
@FunctionalInterface
public interface LogSink {
    void line(String nodeId, String text);

    LogSink DISCARD = (nodeId, text) -> { };
}
