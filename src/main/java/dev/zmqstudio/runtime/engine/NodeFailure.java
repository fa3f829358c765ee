package dev.zmqstudio.runtime.engine;

/** A node cannot run (port in use, bad expression, ...). The message is for the user. */
public final class NodeFailure extends RuntimeException {
    public NodeFailure(String message) {
        super(message);
    }

    public NodeFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
