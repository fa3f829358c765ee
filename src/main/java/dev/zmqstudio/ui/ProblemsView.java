package dev.zmqstudio.ui;

import dev.zmqstudio.model.Problem;
import dev.zmqstudio.ui.edit.Editor;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;

/** The validator's findings; clicking one selects the node, wire or link at fault. */
final class ProblemsView extends ListView<Problem> {

    ProblemsView(Editor editor, java.util.function.Consumer<String> reveal) {
        super(editor.problems());
        setId("problems");
        getStyleClass().add("problems-view");
        setPlaceholder(new Label("No problems found."));
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    setText(null);
                    setTooltip(null);
                    return;
                }
                Circle dot = new Circle(4);
                dot.getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
                Label where = new Label(p.subjectKind() == Problem.SubjectKind.TOPOLOGY ? "topology" : p.subjectId());
                where.getStyleClass().add("problem-subject");
                where.setMinWidth(Label.USE_PREF_SIZE);
                // The whole message and its fix, wrapped to the list's width: a problem is read, not scrolled to.
                Label text = new Label(p.message() + (p.fix().isEmpty() ? "" : "  — " + p.fix()));
                text.getStyleClass().add("problem-text");
                text.setWrapText(true);
                text.setMinWidth(0);
                HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
                HBox row = new HBox(8, dot, where);
                row.setMinWidth(0);
                row.prefWidthProperty().bind(list.widthProperty().subtract(30));
                row.maxWidthProperty().bind(list.widthProperty().subtract(30));
                if (!p.guide().isEmpty()) {
                    Label guide = new Label("ZeroMQ Guide, " + p.guide().replaceFirst(",.*", ""));
                    guide.getStyleClass().add("problem-guide");
                    guide.setMinWidth(Label.USE_PREF_SIZE);
                    row.getChildren().add(guide);
                }
                row.getChildren().add(text);
                setTooltip(new javafx.scene.control.Tooltip(p.toString()));
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setGraphic(row);
                setText(null);
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null && p.subjectId() != null) {
                var t = editor.topology();
                if (t.node(p.subjectId()).isPresent() || t.wire(p.subjectId()).isPresent()
                        || t.link(p.subjectId()).isPresent()) {
                    editor.selection().selectOnly(p.subjectId());
                    reveal.accept(p.subjectId());
                }
                editor.status().info(p.toString());
            }
        });
    }
}
