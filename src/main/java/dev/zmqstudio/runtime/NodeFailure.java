package dev.zmqstudio.runtime;

/** A node cannot run (port in use, bad expression, ...). The message is for the user. */
final class NodeFailure extends RuntimeException {
    NodeFailure(String message) {
        super(message);
    }

    NodeFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
