package dev.zmqstudio.ui.properties;

import dev.zmqstudio.ui.edit.Status;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

import java.util.Objects;

/**
 * Editors for {@link SheetItem}s. Text commits on Enter or when focus leaves (not per keystroke), so one edit is one
 * undo step; a refused value is reverted and the reason shown in the status bar. Each editor has id "prop-KEY".
 */
final class SheetEditors {

    /** About what one row of the panel's text area holds at its usual width. */
    private static final int PROSE_CHARS_PER_ROW = 34;

    private SheetEditors() {
    }

    static PropertyEditor<?> create(PropertySheet.Item raw, Status status) {
        SheetItem item = (SheetItem) raw;
        Node editor = switch (item.kind()) {
            case BOOLEAN -> checkBox(item, status);
            case CHOICE -> comboBox(item, status);
            case LINES -> textArea(item, status, false);
            case PROSE -> textArea(item, status, true);
            default -> textField(item, status);
        };
        editor.setId("prop-" + item.key());
        return new PropertyEditor<Object>() {
            @Override
            public Node getEditor() {
                return editor;
            }

            @Override
            public Object getValue() {
                return item.getValue();
            }

            @Override
            public void setValue(Object value) {
                // The editors follow item.valueProperty() themselves.
            }
        };
    }

    private static TextField textField(SheetItem item, Status status) {
        TextField field = new TextField(text(item.getValue()));
        field.setEditable(item.isEditable());
        if (!item.isEditable()) {
            field.getStyleClass().add("read-only");
        }
        Runnable commit = () -> {
            if (!item.isEditable() || field.getText().equals(text(item.getValue()))) {
                return;
            }
            String error = item.commit(field.getText().trim());
            if (error != null) {
                status.error(item.getName() + ": " + error);
                field.setText(text(item.getValue()));
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        item.valueProperty().addListener((obs, old, v) -> field.setText(text(v)));
        return field;
    }

    /**
     * Several lines (or, {@code prose}, sentences wrapped to the panel's width): Enter starts a new line, so the text
     * commits when focus leaves or on Ctrl+Enter.
     */
    private static TextArea textArea(SheetItem item, Status status, boolean prose) {
        TextArea area = new TextArea(text(item.getValue()));
        area.setWrapText(prose);
        fitRows(area, prose);
        area.textProperty().addListener((obs, old, text) -> fitRows(area, prose)); // its text may come after it is made
        Runnable commit = () -> {
            if (area.getText().equals(text(item.getValue()))) {
                return;
            }
            String error = item.commit(area.getText());
            if (error != null) {
                status.error(item.getName() + ": " + error);
                area.setText(text(item.getValue()));
            }
        };
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                commit.run();
            }
        });
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        item.valueProperty().addListener((obs, old, v) -> {
            if (!area.getText().equals(text(v))) {
                area.setText(text(v));
            }
        });
        return area;
    }

    /** Two to six rows, as many as the text needs (prose: about as many as it wraps into). */
    private static void fitRows(TextArea area, boolean prose) {
        String text = area.getText();
        int lines = prose ? text.length() / PROSE_CHARS_PER_ROW + 1 : text.split("\n", -1).length;
        area.setPrefRowCount(Math.clamp(lines, 2, 6));
    }

    private static ComboBox<String> comboBox(SheetItem item, Status status) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(item.choices());
        box.setValue(text(item.getValue()));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            String chosen = box.getValue();
            if (chosen != null && !chosen.equals(text(item.getValue()))) {
                String error = item.commit(chosen);
                if (error != null) {
                    status.error(item.getName() + ": " + error);
                    box.setValue(text(item.getValue()));
                }
            }
        });
        item.valueProperty().addListener((obs, old, v) -> {
            if (!Objects.equals(box.getValue(), text(v))) {
                box.setValue(text(v));
            }
        });
        return box;
    }

    private static CheckBox checkBox(SheetItem item, Status status) {
        CheckBox box = new CheckBox();
        box.setSelected(Boolean.TRUE.equals(item.getValue()));
        box.setOnAction(e -> {
            String error = item.commit(box.isSelected());
            if (error != null) {
                status.error(item.getName() + ": " + error);
                box.setSelected(Boolean.TRUE.equals(item.getValue()));
            }
        });
        item.valueProperty().addListener((obs, old, v) -> box.setSelected(Boolean.TRUE.equals(v)));
        return box;
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
