package dev.zmqstudio.ui;

import java.lang.management.ManagementFactory;

/**
 * With {@code -Dzmqstudio.startupTrace=true}, prints when the designer reaches each step of its start ("startup:
 * window built at 912 ms"), counted from the JVM's start, with the CPU time the process used so far: where the time
 * to the first frame goes. Silent otherwise.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("zmqstudio.startupTrace");

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (ON) {
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1_000_000L;
            System.err.printf("startup: %s at %d ms (CPU %d ms)%n", step, uptime, cpu);
        }
    }

    /** Marks the end of the first pulse that laid {@code scene} out; the first frame follows once it is painted. */
    static void markFirstFrame(javafx.scene.Scene scene) {
        if (ON) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                javafx.application.Platform.runLater(() -> mark("first pulse laid out (the first frame follows once painted)"));
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
    }

    /** Marks {@code step} the first time {@code condition} is true (at once if it is already). */
    static void markWhenTrue(javafx.beans.value.ObservableBooleanValue condition, String step) {
        if (ON) {
            if (condition.get()) {
                mark(step);
                return;
            }
            condition.addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                    if (is) {
                        condition.removeListener(this);
                        mark(step);
                    }
                }
            });
        }
    }
}
