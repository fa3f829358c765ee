package dev.zmqstudio.ui;

/** Starts the JavaFX designer. Kept apart from the Application subclass so `java -jar` works on the classpath. */
public final class DesignerLauncher {
    private DesignerLauncher() {
    }

    public static void launch(String[] args) {
        System.err.println("designer not implemented yet");
    }
}
