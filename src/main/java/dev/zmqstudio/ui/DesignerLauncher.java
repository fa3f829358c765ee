package dev.zmqstudio.ui;

import javafx.application.Application;

import java.util.List;

/** Starts the JavaFX designer. Kept apart from the Application subclass so `java -jar` works on the classpath. */
public final class DesignerLauncher {

    private static volatile LaunchOptions options = new LaunchOptions(null, false, null);
    private static volatile int exitCode;
    private static volatile RunActionsFactory runActions;

    private DesignerLauncher() {
    }

    /**
     * Runs the designer until its window closes: {@code [FILE] [--run] [--screenshot out.png]}. Returns normally
     * when all went well; exits the JVM with 2 on bad usage or a failed screenshot.
     */
    public static void launch(String[] args) {
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(DesignerApp.class, args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** Installs the live simulation behind the Run controls; without one they say it is not available yet. */
    public static void useRunActions(RunActionsFactory factory) {
        runActions = factory;
    }

    static RunActionsFactory runActions() {
        return runActions;
    }

    static LaunchOptions options() {
        return options;
    }

    static void fail(int code) {
        exitCode = code;
    }
}
