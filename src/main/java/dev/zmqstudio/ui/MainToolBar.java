package dev.zmqstudio.ui;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;

/** File, history, zoom and simulation buttons, with the simulation speed at the right. */
final class MainToolBar {

    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    static final List<String> SPEEDS = List.of("0.1×", "0.25×", "0.5×", "1×", "2×", "5×", "10×");

    private MainToolBar() {
    }

    static ToolBar build(ActionSet a, RunActions runs) {
        ComboBox<String> speed = new ComboBox<>();
        speed.setId("speed");
        speed.getItems().setAll(SPEEDS);
        speed.setValue("1×");
        speed.setTooltip(new Tooltip("Simulation speed (time scale)"));
        speed.setFocusTraversable(false);
        speed.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                runs.setSpeed(Double.parseDouble(v.replace("×", "")));
            }
        });
        Label speedLabel = new Label("Speed");
        speedLabel.getStyleClass().add("toolbar-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button run = a.run.button();
        run.pseudoClassStateChanged(RUNNING, runs.running().get());
        runs.running().addListener((obs, was, on) -> run.pseudoClassStateChanged(RUNNING, on));
        javafx.scene.control.ToggleButton record = new javafx.scene.control.ToggleButton("● Rec");
        record.setId("record");
        record.getStyleClass().add("record-toggle");
        record.setFocusTraversable(false);
        record.setTooltip(new Tooltip("Record Runs: each Run records every message to a file you can replay"
                + " (File > Open Recording)"));
        record.selectedProperty().bindBidirectional(runs.recordRuns());
        record.disableProperty().bind(runs.running());
        ToolBar bar = new ToolBar(a.newDoc.button(), a.open.button(), a.save.button(), new Separator(),
                a.undo.button(), a.redo.button(), a.delete.button(), new Separator(),
                a.zoomOut.button(), a.zoomIn.button(), a.fit.button(), spacer,
                record, run, a.pause.button(), a.step.button(), a.stop.button(), new Separator(), speedLabel, speed);
        bar.setId("toolbar");
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }
}
