package dev.zmqstudio.ui;

import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code --screenshot}: stages the window as the launch asked (a selection, a tab under the diagram, a run that has
 * been going for a few seconds so counts, rates, dots and the Live tab have something to show), writes the PNG, stops
 * the run and exits. README's screenshot tour is made this way, by the real jar.
 */
final class Screenshot {
    /** How long a run goes before the picture: long enough for rates (one second apart) and a latency point. */
    private static final long RUN_SETTLE_NANOS = 3_500_000_000L;
    private static final long RUN_START_LIMIT_NANOS = 30_000_000_000L;

    private final DesignerWindow window;
    private final LaunchOptions options;
    private final long began = System.nanoTime();
    private long runningSince;
    private Timeline poll;

    private Screenshot(DesignerWindow window, LaunchOptions options) {
        this.window = window;
        this.options = options;
    }

    /** Takes the picture once the window is ready, then exits the application (exit code 2 on any failure). */
    static void take(DesignerWindow window, LaunchOptions options) {
        new Screenshot(window, options).start();
    }

    private void start() {
        if (options.select() != null) {
            if (!exists(options.select())) {
                fail("--select " + options.select() + ": the topology has no node, wire or link with this id");
                return;
            }
            window.editor().selection().selectOnly(options.select());
        }
        if (options.tab() == LaunchOptions.BottomTab.LIVE && !options.run()) {
            fail("--tab live shows a run's numbers: add --run");
            return;
        }
        if (options.run()) {
            window.actions().run.handler().run();
        }
        poll = new Timeline(new KeyFrame(Duration.millis(100), e -> checkReady()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private boolean exists(String id) {
        var t = window.editor().topology();
        return t.node(id).isPresent() || t.wire(id).isPresent() || t.link(id).isPresent();
    }

    private void checkReady() {
        long now = System.nanoTime();
        boolean ready;
        if (!options.run()) {
            ready = now - began >= 600_000_000L;
        } else {
            if (runningSince == 0 && window.runs().running().get()) {
                runningSince = now;
            }
            if (runningSince == 0 && now - began > RUN_START_LIMIT_NANOS) {
                poll.stop();
                fail("the run did not start within " + RUN_START_LIMIT_NANOS / 1_000_000_000L + " s");
                return;
            }
            ready = runningSince != 0 && now - runningSince >= RUN_SETTLE_NANOS;
            if (ready && !window.runs().running().get()) {
                poll.stop();
                fail("the run ended before the picture was due (" + window.editor().status().message() + ")");
                return;
            }
        }
        if (ready) {
            poll.stop();
            showTab();
            window.canvas().fit();
            PauseTransition layout = new PauseTransition(Duration.millis(400)); // the tab's content lays out
            layout.setOnFinished(e -> write());
            layout.play();
        }
    }

    private void showTab() {
        if (options.tab() == null || !(window.scene().lookup("#bottom-tabs") instanceof TabPane tabs)) {
            return;
        }
        String title = switch (options.tab()) {
            case CONSOLE -> "Console";
            case PROBLEMS -> "Problems";
            case FAULTS -> "Faults";
            case LIVE -> "Live";
            case MESSAGES -> "Messages";
        };
        for (Tab tab : tabs.getTabs()) {
            if (tab.getText().startsWith(title)) {
                tabs.getSelectionModel().select(tab);
            }
        }
    }

    private void write() {
        Path out = options.screenshot();
        try {
            Snapshots.writeScene(window.scene(), out);
            System.out.println("Wrote " + out);
        } catch (IOException | RuntimeException ex) {
            System.err.println("error: cannot write screenshot " + out + ": " + ex.getMessage());
            DesignerLauncher.fail(2);
        }
        stopThenExit();
    }

    private void stopThenExit() {
        if (!window.runs().running().get()) {
            Platform.exit();
            return;
        }
        window.runs().running().addListener((obs, was, running) -> {
            if (!running) {
                Platform.exit();
            }
        });
        window.runs().stop();
    }

    private void fail(String message) {
        System.err.println("error: " + message);
        DesignerLauncher.fail(2);
        Platform.exit();
    }
}
