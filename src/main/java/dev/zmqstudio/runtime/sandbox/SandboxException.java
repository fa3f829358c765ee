package dev.zmqstudio.runtime.sandbox;

/** Something an expression may not do (a denied method, a text over the size limit, a bad regular expression). */
public final class SandboxException extends RuntimeException {
    public SandboxException(String message) {
        super(message, null, false, false);
    }
}
