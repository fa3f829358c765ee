package dev.zmqstudio.ui.palette;

import dev.zmqstudio.model.NodeType;
import dev.zmqstudio.ui.canvas.NodeGeometry;
import dev.zmqstudio.ui.canvas.NodeLook;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/** The translucent node outline that follows the pointer while an entry is dragged out of the palette. */
final class PaletteGhost {

    private static final PseudoClass OUTSIDE = PseudoClass.getPseudoClass("outside");

    private final HBox box = new HBox(10);
    private final Pane layer;

    PaletteGhost(NodeType type, Pane layer) {
        this.layer = layer;
        box.getStyleClass().addAll("palette-ghost", NodeLook.family(type).styleClass());
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMouseTransparent(true);
        box.setManaged(false);
        StackPane tile = new StackPane(NodeLook.icon(type));
        tile.getStyleClass().add("node-icon-tile");
        tile.setMinSize(30, 30);
        tile.setMaxSize(30, 30);
        box.getChildren().addAll(tile, new Label(type.name()));
        box.resize(NodeGeometry.width(type), NodeGeometry.height(type));
        layer.getChildren().add(box);
    }

    void moveTo(Point2D scenePoint, boolean overTarget) {
        Point2D local = layer.sceneToLocal(scenePoint);
        box.relocate(local.getX() - box.getWidth() / 2, local.getY() - box.getHeight() / 2);
        box.pseudoClassStateChanged(OUTSIDE, !overTarget);
    }

    void remove() {
        layer.getChildren().remove(box);
    }
}
