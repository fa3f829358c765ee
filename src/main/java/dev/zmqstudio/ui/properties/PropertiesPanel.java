package dev.zmqstudio.ui.properties;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.ui.edit.Editor;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

import java.util.List;

/**
 * The right-hand properties: a ControlsFX PropertySheet for the single selected node, wire or link, or for the
 * topology when nothing is selected. When an edit keeps the same rows, values update in place so the editor
 * being typed in keeps its focus.
 */
public final class PropertiesPanel extends VBox {

    private final Editor editor;
    private final PropertySheet sheet = new PropertySheet();
    private final Label heading = new Label();
    private final Label hint = new Label();
    private String subject;

    public PropertiesPanel(Editor editor) {
        this.editor = editor;
        setId("properties");
        getStyleClass().add("properties-panel");
        heading.getStyleClass().add("panel-heading");
        hint.getStyleClass().add("panel-hint");
        hint.setWrapText(true);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setPropertyEditorFactory(item -> SheetEditors.create(item, editor.status()));
        VBox.setVgrow(sheet, Priority.ALWAYS);
        getChildren().addAll(heading, hint, sheet);
        editor.document().topologyProperty().addListener((obs, old, t) -> refresh());
        editor.selection().ids().addListener((SetChangeListener<String>) c -> refresh());
        refresh();
    }

    private void refresh() {
        Topology t = editor.topology();
        String id = editor.selection().single();
        List<SheetItem> items;
        String title;
        String help;
        if (id != null && t.node(id).isPresent()) {
            Node node = t.node(id).get();
            items = new NodeRows(editor, id).build(node);
            title = node.displayName() + "  ·  " + node.type().name();
            help = node.type().description();
        } else if (id != null && t.wire(id).isPresent()) {
            items = new ConnectionRows(editor).wire(t.wire(id).get());
            title = "Wire " + id;
            help = "Right-click the wire to swap who binds and who connects.";
        } else if (id != null && t.link(id).isPresent()) {
            items = new ConnectionRows(editor).link(t.link(id).get());
            title = "Link " + id;
            help = "Messages received by the first node are handed to the second, in the same process.";
        } else {
            items = new ConnectionRows(editor).topology(t);
            int n = editor.selection().ids().size();
            title = n > 1 ? n + " items selected" : "Topology";
            help = n > 1 ? "Select a single item to edit its properties." : "Select a node, wire or link to edit it.";
        }
        heading.setText(title);
        hint.setText(help);
        String newSubject = id == null ? "" : id;
        if (newSubject.equals(subject) && sameRows(items)) {
            for (int i = 0; i < items.size(); i++) {
                ((SheetItem) sheet.getItems().get(i)).valueProperty().set(items.get(i).getValue());
            }
            // The in-place rows keep their apply functions, which look the subject up by id at commit time.
            return;
        }
        subject = newSubject;
        sheet.getItems().setAll(items);
    }

    private boolean sameRows(List<SheetItem> items) {
        if (sheet.getItems().size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            SheetItem old = (SheetItem) sheet.getItems().get(i);
            if (!old.key().equals(items.get(i).key()) || !old.getCategory().equals(items.get(i).getCategory())) {
                return false;
            }
        }
        return true;
    }

    public PropertySheet sheet() {
        return sheet;
    }
}
