package dev.zmqstudio.ui;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.ui.theme.ThemeChoice;
import dev.zmqstudio.ui.theme.ThemeSetting;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;

/**
 * The JavaFX application: opens the file given in its parameters (or the default example) and, with --screenshot,
 * exits after. It builds its real services itself, however it is launched.
 */
public final class DesignerApp extends Application {

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("JavaFX started");
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            DesignerLauncher.fail(2);
            Platform.exit();
            return;
        }
        DesignerServices services = servicesFor(options);
        StartupTrace.mark("services ready");
        Path file = options.file() != null ? options.file() : ExampleFolder.defaultExample().orElse(null);
        if (options.screenshot() != null) {
            // A screenshot is of the whole window: built before it shows.
            DesignerWindow window = new DesignerWindow(stage, services, WindowFit.PREFERRED_WIDTH, WindowFit.PREFERRED_HEIGHT);
            window.show();
            finishStart(window, file, options, false);
            return;
        }
        WindowFit fit = WindowFit.on(javafx.stage.Screen.getPrimary().getVisualBounds());
        WindowFrame frame = new WindowFrame(stage, services.theme(), fit.width(), fit.height());
        StartupTrace.mark("window frame built");
        boolean previewed = file != null && !DesignerWindow.isRecording(file) && frame.preview(file);
        StartupTrace.mark("file loaded into the frame");
        stage.setX(fit.x());
        stage.setY(fit.y());
        stage.show();
        if (previewed) {
            frame.canvas().fit();
        }
        StartupTrace.mark("diagram shown");
        StartupTrace.markFirstFrame(frame.scene());
        AfterFirstFrame.run(frame.root(), () -> {
            DesignerWindow window = new DesignerWindow(frame, services);
            window.canvas().requestFocus();
            StartupTrace.mark("window built");
            finishStart(window, file, options, previewed);
        });
    }

    /** The real services; a screenshot's never block on a dialog nor depend on this user's settings. */
    private static DesignerServices servicesFor(LaunchOptions options) {
        DesignerServices services = DesignerServices.standard();
        if (options.screenshot() != null) {
            return new DesignerServices(services.dialogs(), new ConsolePrompts(), services.runActions(),
                    new RecentFiles(null), services.examples(),
                    ThemeSetting.inMemory(options.theme() != null ? options.theme() : ThemeChoice.LIGHT));
        }
        return options.theme() != null ? services.withTheme(ThemeSetting.inMemory(options.theme())) : services;
    }

    /** Opens {@code file} (or says it is open, when the frame showed it already), then takes the screenshot or runs. */
    private static void finishStart(DesignerWindow window, Path file, LaunchOptions options, boolean previewed) {
        boolean screenshot = options.screenshot() != null;
        if (file != null && DesignerWindow.isRecording(file)) {
            openRecording(window, file, options);
            return;
        }
        boolean opened;
        if (previewed) {
            window.files().opened(file);
            opened = true;
        } else {
            opened = file != null && window.open(file);
        }
        if (!opened) {
            window.editor().document().replace(Topology.empty(""), null);
        }
        StartupTrace.mark("file opened");
        if (screenshot) {
            if (options.file() != null && !opened) {
                DesignerLauncher.fail(2);
                Platform.exit();
                return;
            }
            Screenshot.take(window, options);
        } else if (options.run()) {
            window.actions().run.handler().run();
        }
        if (options.run()) {
            StartupTrace.markWhenTrue(window.runs().running(), "the run is running");
        }
    }

    /** A recording at launch: replayed (playing with --run); a screenshot waits until it shows. */
    private static void openRecording(DesignerWindow window, Path file, LaunchOptions options) {
        window.openRecording(file, options.run()).thenAccept(shown -> Platform.runLater(() -> {
            StartupTrace.mark("recording opened");
            if (options.screenshot() == null) {
                return;
            }
            if (!shown) {
                DesignerLauncher.fail(2);
                Platform.exit();
                return;
            }
            Screenshot.take(window, options.replaying());
        }));
    }

    /** Prompts for unattended runs: errors go to stderr, unsaved work is never in question. */
    private static final class ConsolePrompts implements Prompts {
        @Override
        public Unsaved askSaveChanges(javafx.stage.Window owner, String documentName) {
            return Unsaved.DISCARD;
        }

        @Override
        public void showError(javafx.stage.Window owner, String title, String message) {
            System.err.println("error: " + message);
        }

        /** A screenshot of a run shows it running, on free ports if another program holds the file's. */
        @Override
        public BusyPorts askBusyPorts(javafx.stage.Window owner, java.util.List<dev.zmqstudio.ui.edit.PortMove> busy) {
            return BusyPorts.USE_FREE_PORTS;
        }
    }
}
