package dev.zmqstudio.model;

/** An endpoint string that cannot be parsed; the message says what is wrong and what is expected. */
public final class EndpointSyntaxException extends IllegalArgumentException {
    public EndpointSyntaxException(String message) {
        super(message);
    }
}
