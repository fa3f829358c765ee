package dev.zmqstudio.ui;

import dev.zmqstudio.ui.edit.ConsoleLine;
import dev.zmqstudio.ui.edit.Editor;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;

/** The log: one line per event, newest at the bottom, following the end while new lines arrive. */
final class ConsoleView extends ListView<ConsoleLine> {

    ConsoleView(Editor editor) {
        super(editor.console());
        setId("console");
        getStyleClass().add("console-view");
        setPlaceholder(new javafx.scene.control.Label("Nothing logged yet."));
        editor.console().addListener((ListChangeListener<ConsoleLine>) c -> {
            if (!getItems().isEmpty()) {
                scrollTo(getItems().size() - 1);
            }
        });
    }
}
