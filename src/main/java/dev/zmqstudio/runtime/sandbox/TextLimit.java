package dev.zmqstudio.runtime.sandbox;

/** The longest text an expression or a template may build: 1 MiB, counted in characters. */
public final class TextLimit {
    public static final int MAX_CHARS = 1 << 20;

    private TextLimit() {
    }

    /**
     * Refuses, before it is built, a text of {@code length} characters longer than the limit.
     *
     * @param what what would build it, e.g. "repeat", for the message
     * @throws SandboxException when {@code length} is over the limit
     */
    public static void check(long length, String what) {
        if (length > MAX_CHARS) {
            throw new SandboxException(what + " would make a text of " + length + " characters, over the 1 MiB limit ("
                    + MAX_CHARS + " characters)");
        }
    }
}
