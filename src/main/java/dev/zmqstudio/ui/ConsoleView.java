package dev.zmqstudio.ui;

import dev.zmqstudio.runtime.logging.LogLevel;
import dev.zmqstudio.ui.edit.ConsoleLine;
import dev.zmqstudio.ui.edit.Editor;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.BorderPane;

/**
 * The Console tab: the log lines of the designer and of the running nodes, newest at the bottom, under a toolbar
 * that filters them by node and text, pauses the scrolling (Follow) and clears them.
 */
final class ConsoleView extends BorderPane {
    private static final PseudoClass DESIGNER = PseudoClass.getPseudoClass("designer");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    ConsoleView(Editor editor) {
        ConsoleModel model = new ConsoleModel(editor);
        LogListView<ConsoleLine> list = new LogListView<>(model.shown());
        list.setId("console");
        list.getStyleClass().add("console-view");
        list.followProperty().bindBidirectional(model.followProperty());
        list.setNearestIndexOf(model::nearestShownIndex);
        list.setCellFactory(v -> new LineCell());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(Bindings.isEmpty(model.all()))
                .then("Nothing logged yet.").otherwise("No line matches the filter."));
        list.setPlaceholder(placeholder);
        setTop(new ConsoleToolBar(model));
        setCenter(list);
    }

    /** One line as text; the designer's own lines, errors and warnings styled apart. */
    private static final class LineCell extends ListCell<ConsoleLine> {
        @Override
        protected void updateItem(ConsoleLine line, boolean empty) {
            super.updateItem(line, empty);
            boolean shown = !empty && line != null;
            setText(shown ? line.toString() : null);
            pseudoClassStateChanged(DESIGNER, shown && line.nodeId() == null);
            LogLevel level = shown ? LogLevel.of(line.text()) : LogLevel.INFO;
            pseudoClassStateChanged(ERROR, shown && level.failure());
            pseudoClassStateChanged(WARNING, shown && level == LogLevel.WARNING);
        }
    }
}
