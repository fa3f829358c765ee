package dev.zmqstudio.ui.palette;

import dev.zmqstudio.model.NodeType;
import dev.zmqstudio.ui.canvas.NodeLook;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One palette entry: icon tile in the family colour, the type name and a caption; the tooltip explains it. */
final class PaletteItem extends HBox {

    private final NodeType type;

    PaletteItem(NodeType type) {
        this.type = type;
        setId("palette-" + type.name());
        getStyleClass().addAll("palette-item", NodeLook.family(type).styleClass());
        setAlignment(Pos.CENTER_LEFT);
        StackPane tile = new StackPane(NodeLook.icon(type));
        tile.getStyleClass().add("node-icon-tile");
        tile.setMinSize(28, 28);
        tile.setMaxSize(28, 28);
        Label name = new Label(type.name());
        name.getStyleClass().add("palette-name");
        Label caption = new Label(NodeLook.caption(type));
        caption.getStyleClass().add("palette-caption");
        getChildren().addAll(tile, new VBox(name, caption));
        Tooltip tip = new Tooltip(type.description());
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        Tooltip.install(this, tip);
    }

    NodeType type() {
        return type;
    }
}
