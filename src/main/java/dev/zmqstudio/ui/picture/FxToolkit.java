package dev.zmqstudio.ui.picture;

import javafx.application.Platform;

import java.util.concurrent.CountDownLatch;

/** Starts JavaFX once for drawing off screen (the CLI's pictures): headless when this machine has no display. */
final class FxToolkit {
    private static boolean started;

    private FxToolkit() {
    }

    static synchronized void ensureStarted() {
        if (started) {
            return;
        }
        if (System.getProperty("glass.platform") == null && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null && !isWindowsOrMac()) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
            Platform.setImplicitExit(false);
            up.await();
        } catch (IllegalStateException alreadyRunning) {
            // the designer (or a test) started it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        started = true;
    }

    private static boolean isWindowsOrMac() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        return os.startsWith("windows") || os.startsWith("mac");
    }
}
