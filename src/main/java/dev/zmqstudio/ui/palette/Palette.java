package dev.zmqstudio.ui.palette;

import dev.zmqstudio.model.NodeType;
import dev.zmqstudio.ui.canvas.NodeLook;
import dev.zmqstudio.ui.canvas.PointerCapture;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * The left palette: one entry per node type, grouped by pattern family. Dragging an entry onto the canvas adds a
 * node there; a double-click adds one in the middle of the view. The drag is built from plain mouse events
 * (press, drag, release) with a ghost, because platform drag-and-drop is not delivered everywhere (headless).
 */
public final class Palette extends ScrollPane {

    private final DropTarget target;
    private final Pane ghostLayer;
    private PaletteGhost ghost;

    public Palette(DropTarget target, Pane ghostLayer) {
        this.target = target;
        this.ghostLayer = ghostLayer;
        setId("palette");
        getStyleClass().add("palette");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        VBox content = new VBox();
        content.getStyleClass().add("palette-content");
        for (NodeLook.Family family : NodeLook.Family.values()) {
            Label header = new Label(family.title().toUpperCase(java.util.Locale.ROOT));
            header.getStyleClass().add("palette-header");
            content.getChildren().add(header);
            for (NodeType type : NodeType.all()) {
                if (NodeLook.family(type) == family) {
                    PaletteItem item = new PaletteItem(type);
                    wire(item);
                    content.getChildren().add(item);
                }
            }
        }
        setContent(content);
    }

    private void wire(PaletteItem item) {
        item.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            e.consume();
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.getClickCount() == 2) {
                target.dropAtCentre(item.type());
                return;
            }
            PointerCapture.capture(item, drag -> {
                if (ghost == null) {
                    ghost = new PaletteGhost(item.type(), ghostLayer);
                }
                Point2D p = new Point2D(drag.getSceneX(), drag.getSceneY());
                ghost.moveTo(p, target.accepts(p));
            }, release -> {
                if (ghost != null) {
                    ghost.remove();
                    ghost = null;
                    Point2D p = new Point2D(release.getSceneX(), release.getSceneY());
                    if (target.accepts(p)) {
                        target.drop(item.type(), p);
                    }
                }
            });
        });
    }
}
