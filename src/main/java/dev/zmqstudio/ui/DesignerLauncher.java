package dev.zmqstudio.ui;

import dev.zmqstudio.model.Printable;
import javafx.application.Application;

import java.util.List;
import java.util.Optional;

/**
 * Starts the JavaFX designer from {@code main}. Kept apart from the Application subclass so `java -jar` works on
 * the classpath. {@link DesignerApp} owns its services, so launching it any other way (an IDE, a test harness)
 * gives the same designer.
 */
public final class DesignerLauncher {

    private static volatile int exitCode;

    private DesignerLauncher() {
    }

    /**
     * Runs the designer until its window closes: {@code [FILE] [--run] [--screenshot out.png] [--theme light|dark|system]}. Returns normally
     * when all went well; exits the JVM with 2 on bad usage or a failed screenshot.
     */
    public static void launch(String[] args) {
        try {
            LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + Printable.escape(e.getMessage()));
            System.exit(2);
        }
        try {
            Application.launch(DesignerApp.class, args);
        } catch (RuntimeException e) {
            // e.g. DISPLAY names no running X server: JavaFX cannot open its toolkit
            System.err.println("error: the designer cannot start: " + Printable.escape(String.valueOf(e.getMessage())));
            System.exit(2);
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** Why the designer cannot take {@code args} ({@code [FILE] [--run] [--screenshot out.png] [--theme light|dark|system]}), or empty. */
    public static Optional<String> usageError(List<String> args) {
        try {
            LaunchOptions.parse(args);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(Printable.escape(e.getMessage()));
        }
    }

    /** The exit code the JVM ends with once the window has closed (a failed screenshot). */
    static void fail(int code) {
        exitCode = code;
    }
}
