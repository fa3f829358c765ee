package dev.zmqstudio.ui.properties;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.ui.edit.Editor;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The right-hand properties of the single selected node, wire or link, or of the topology when nothing is selected.
 * Each category is its own ControlsFX PropertySheet under a heading, so every field stays visible (the sheet's own
 * category mode is an accordion that hides all but one group). When an edit keeps the same rows, values update in
 * place so the editor being typed in keeps its focus.
 */
public final class PropertiesPanel extends VBox {

    private final Editor editor;
    private final VBox sections = new VBox();
    private List<SheetItem> shown = List.of();
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
        sections.getStyleClass().add("property-sections");
        ScrollPane scroller = new ScrollPane(sections);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("properties-scroller");
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().addAll(heading, hint, scroller);
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
            // The rows in place keep their apply functions, which look the subject up by id at commit time.
            for (int i = 0; i < items.size(); i++) {
                shown.get(i).valueProperty().set(items.get(i).getValue());
            }
            return;
        }
        subject = newSubject;
        shown = items;
        Map<String, List<SheetItem>> byCategory = new LinkedHashMap<>();
        items.forEach(item -> byCategory.computeIfAbsent(item.getCategory(), k -> new ArrayList<>()).add(item));
        List<javafx.scene.Node> children = new ArrayList<>();
        byCategory.forEach((category, rows) -> {
            Label header = new Label(category);
            header.getStyleClass().add("sheet-category");
            PropertySheet sheet = new PropertySheet();
            sheet.setModeSwitcherVisible(false);
            sheet.setSearchBoxVisible(false);
            sheet.setMode(PropertySheet.Mode.NAME);
            sheet.setPropertyEditorFactory(item -> SheetEditors.create(item, editor.status()));
            sheet.getItems().setAll(rows);
            children.add(header);
            children.add(sheet);
        });
        sections.getChildren().setAll(children);
    }

    private boolean sameRows(List<SheetItem> items) {
        if (shown.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!shown.get(i).key().equals(items.get(i).key())
                    || !shown.get(i).getCategory().equals(items.get(i).getCategory())) {
                return false;
            }
        }
        return true;
    }
}
