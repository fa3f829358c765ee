package dev.zmqstudio.record;

/** A recording that cannot be written or read, with one clear message: which file, what is wrong, what to do. */
public final class RecordingException extends Exception {
    public RecordingException(String message) {
        super(message);
    }

    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
