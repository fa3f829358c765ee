package dev.zmqstudio.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Runs a task on the FX thread once a just-shown window's first frame is on the screen, so that long work (building
 * the rest of the window) does not hold that frame back. The frame is painted on the render thread; where JavaFX
 * paints in software (no usable GPU: virtual displays, remote desktops) its pixels are then put on the screen by a
 * task queued to the FX thread, behind whatever the FX thread is doing. There is no public "frame shown" event, so
 * this makes one from what JavaFX guarantees: a pulse that has something to render first waits until the previous
 * frame's rendering is complete (its pixels queued by then). The first pulse renders the first frame; the second
 * moves a one-pixel probe, so it waits for that frame; the third queues the task, behind the frame's pixels
 * (docs/decisions/first-frame.md).
 */
final class AfterFirstFrame {
    /** Pulses to wait before the task instead (measuring: a large number keeps the first frame alone). */
    static final String PULSES_PROPERTY = "zmqstudio.firstFramePulses";
    private static final int PULSES = 3;

    private AfterFirstFrame() {
    }

    /** Call right after showing the window whose root is {@code root}; {@code task} runs once its first frame is shown. */
    static void run(Pane root, Runnable task) {
        int wait = Integer.getInteger(PULSES_PROPERTY, PULSES);
        Region probe = new Region();
        probe.setManaged(false);
        probe.setMouseTransparent(true);
        probe.resize(1, 1);
        root.getChildren().add(probe);
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                pulses++;
                if (pulses < wait) {
                    probe.setTranslateX(pulses % 2);
                    return;
                }
                stop();
                root.getChildren().remove(probe);
                Platform.runLater(task);
            }
        }.start();
    }
}
