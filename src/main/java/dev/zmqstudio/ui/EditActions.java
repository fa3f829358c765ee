package dev.zmqstudio.ui;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.NodeType;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.ui.canvas.DiagramCanvas;
import dev.zmqstudio.ui.canvas.NodeGeometry;
import dev.zmqstudio.ui.edit.Editor;
import dev.zmqstudio.ui.edit.Edits;
import dev.zmqstudio.ui.edit.Fragment;
import dev.zmqstudio.ui.edit.NodeFactory;
import dev.zmqstudio.ui.edit.Paste;
import dev.zmqstudio.ui.edit.Wiring;
import javafx.geometry.Point2D;

import java.util.ArrayList;
import java.util.List;

/** The Edit menu and the canvas context actions: clipboard, delete, select all, swap, feed into, add node. */
final class EditActions {

    private static final double PASTE_OFFSET = 30;

    private final Editor editor;
    private final DiagramCanvas canvas;
    private Fragment clipboard;
    private int pasteCount;

    EditActions(Editor editor, DiagramCanvas canvas) {
        this.editor = editor;
        this.canvas = canvas;
    }

    /** Adds a node centred on {@code worldCentre}; {@code besideOthers} moves it down past nodes already there. */
    void addNode(NodeType type, Point2D worldCentre, boolean besideOthers) {
        double x = worldCentre.getX() - NodeGeometry.width(type) / 2;
        double y = worldCentre.getY() - NodeGeometry.height(type) / 2;
        if (editor.snapProperty().get()) {
            x = Math.round(x / 10) * 10;
            y = Math.round(y / 10) * 10;
        }
        // Repeated double-clicks would pile nodes up; put each new one below those already there.
        while (besideOthers && occupied(type, x, y)) {
            y += NodeGeometry.height(type) + 20;
        }
        Node node = NodeFactory.create(editor.topology(), type, new Position(x, y));
        if (editor.execute(Edits.addNode(node))) {
            editor.selection().selectOnly(node.id());
            editor.status().info("Added " + node.id());
        }
        canvas.requestFocus();
    }

    private boolean occupied(NodeType type, double x, double y) {
        javafx.geometry.Rectangle2D box = new javafx.geometry.Rectangle2D(x, y, NodeGeometry.width(type), NodeGeometry.height(type));
        return editor.topology().nodes().stream().anyMatch(n -> box.intersects(n.position().x(), n.position().y(),
                NodeGeometry.width(n.type()), NodeGeometry.height(n.type())));
    }

    void copy() {
        List<String> ids = editor.selection().nodeIds(editor.topology());
        if (ids.isEmpty()) {
            editor.status().info("Select nodes to copy");
            return;
        }
        clipboard = Fragment.of(editor.topology(), ids);
        pasteCount = 0;
        editor.status().info("Copied " + ids.size() + " node" + (ids.size() == 1 ? "" : "s"));
    }

    void cut() {
        copy();
        if (clipboard != null) {
            delete();
        }
    }

    void paste() {
        if (clipboard == null || clipboard.isEmpty()) {
            editor.status().info("Nothing to paste");
            return;
        }
        pasteCount++;
        insert(clipboard, PASTE_OFFSET * pasteCount);
    }

    void duplicate() {
        List<String> ids = editor.selection().nodeIds(editor.topology());
        if (!ids.isEmpty()) {
            insert(Fragment.of(editor.topology(), ids), PASTE_OFFSET);
        }
    }

    private void insert(Fragment fragment, double offset) {
        List<String> pasted = new ArrayList<>();
        if (editor.execute(Paste.of(fragment, offset, pasted))) {
            editor.selection().selectOnly(List.copyOf(pasted));
            editor.status().info("Pasted " + String.join(", ", pasted));
        }
    }

    void delete() {
        if (editor.selection().isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(editor.selection().ids());
        if (editor.execute(Edits.delete(ids))) {
            editor.status().info("Deleted " + (ids.size() == 1 ? ids.getFirst() : ids.size() + " items"));
        }
    }

    void selectAll() {
        editor.selection().selectOnly(editor.topology().nodes().stream().map(Node::id).toList());
    }

    void swapBindConnect() {
        String id = editor.selection().single();
        if (id == null || editor.topology().wire(id).isEmpty()) {
            editor.status().info("Select one wire to swap who binds and who connects");
            return;
        }
        if (editor.execute(Wiring.swap(id, editor.ports().freshTcp(editor.topology())))) {
            editor.status().info("Swapped bind/connect on " + id);
        }
    }

    void feedInto() {
        String id = editor.selection().single();
        if (id == null || editor.topology().node(id).isEmpty()) {
            editor.status().info("Select one node to feed into another");
            return;
        }
        canvas.startLink(id);
    }
}
