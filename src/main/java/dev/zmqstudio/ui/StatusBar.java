package dev.zmqstudio.ui;

import dev.zmqstudio.model.Problem;
import dev.zmqstudio.ui.canvas.Viewport;
import dev.zmqstudio.ui.edit.Editor;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Bottom line: the last message (red for refusals and errors), selection, problem counts and zoom. */
final class StatusBar extends HBox {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    StatusBar(Editor editor, Viewport viewport) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        Label message = new Label();
        message.setId("status-message");
        message.getStyleClass().add("status-message");
        message.textProperty().bind(editor.status().messageProperty());
        editor.status().errorProperty().addListener((obs, o, e) -> message.pseudoClassStateChanged(ERROR, e));
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        Label selection = new Label();
        selection.setId("status-selection");
        Runnable showSelection = () -> {
            int n = editor.selection().ids().size();
            selection.setText(n == 0 ? "" : n + " selected");
        };
        editor.selection().ids().addListener((SetChangeListener<String>) c -> showSelection.run());

        Label problems = new Label();
        problems.setId("status-problems");
        Runnable showProblems = () -> {
            long errors = editor.problems().stream().filter(Problem::isError).count();
            long warnings = editor.problems().size() - errors;
            problems.setText(errors + (errors == 1 ? " error · " : " errors · ") + warnings
                    + (warnings == 1 ? " warning" : " warnings"));
            problems.pseudoClassStateChanged(ERROR, errors > 0);
        };
        editor.problems().addListener((ListChangeListener<Problem>) c -> showProblems.run());
        showProblems.run();

        Label zoom = new Label();
        zoom.setId("status-zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(viewport.zoom() * 100) + "%", viewport.zoomProperty()));
        Region gap = new Region();
        gap.setMinWidth(8);
        getChildren().addAll(message, selection, problems, zoom);
        for (Label l : new Label[]{selection, problems, zoom}) {
            l.getStyleClass().add("status-cell");
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
    }
}
