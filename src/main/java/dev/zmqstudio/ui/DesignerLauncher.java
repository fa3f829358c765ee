package dev.zmqstudio.ui;

import javafx.application.Application;

import java.util.List;

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
     * Runs the designer until its window closes: {@code [FILE] [--run] [--screenshot out.png]}. Returns normally
     * when all went well; exits the JVM with 2 on bad usage or a failed screenshot.
     */
    public static void launch(String[] args) {
        try {
            LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(DesignerApp.class, args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** The exit code the JVM ends with once the window has closed (a failed screenshot). */
    static void fail(int code) {
        exitCode = code;
    }
}
