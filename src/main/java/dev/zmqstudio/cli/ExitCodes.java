package dev.zmqstudio.cli;

/** The CLI's exit codes (DESIGN.md): scripts and CI rely on them. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int VALIDATION_ERRORS = 1;
    public static final int BAD_INPUT = 2;
    /** A node failed, or had failures while running (an expression failed on a message); a node stopped on purpose is no failure. */
    public static final int NODE_FAILED = 3;
    /** Stopped by Ctrl+C (SIGINT), after the summary: the shell's 128 + signal 2. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
