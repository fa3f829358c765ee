package dev.zmqstudio.experiment;

/** A sweep spec that cannot be run, in one sentence: file, field, what is wrong and how to fix it. */
public final class SpecException extends Exception {
    public SpecException(String message) {
        super(message);
    }
}
