package dev.zmqstudio.ui.experiment;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Run > Experiments: one window with the {@link ExperimentView}, brought to the front when opened again. */
public final class ExperimentWindow {
    private Stage stage;
    private ExperimentView view;

    /**
     * Shows the window (made the first time) beside {@code owner}, styled as the designer.
     *
     * @param chooser asks for a spec file: owner window and starting folder
     */
    public ExperimentView show(Window owner, BiFunction<Window, Path, Optional<Path>> chooser, Path specFolder,
                               List<String> stylesheets) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Experiments — ZMQ Studio");
            view = new ExperimentView(folder -> chooser.apply(stage, folder), specFolder);
            Scene scene = new Scene(view, 900, 680);
            scene.getStylesheets().setAll(stylesheets);
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
        return view;
    }
}
