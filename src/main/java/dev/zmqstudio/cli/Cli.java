package dev.zmqstudio.cli;

/** Headless command line (picocli). */
public final class Cli {
    private Cli() {
    }

    /** Runs the command and returns its exit code. */
    public static int execute(String... args) {
        System.err.println("CLI not implemented yet");
        return 2;
    }
}
