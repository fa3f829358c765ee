package dev.zmqstudio.ui.canvas;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters one of its owners: a popup costs about a tenth of a millisecond to
 * make, and a diagram of a thousand wires and links would otherwise pay for all of them when it opens.
 */
final class LazyTooltip {
    private final Node[] owners;
    private String text = "";
    private Tooltip tip;

    LazyTooltip(Node... owners) {
        this.owners = owners;
        for (Node owner : owners) {
            owner.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> make());
        }
    }

    void setText(String value) {
        text = value;
        if (tip != null) {
            tip.setText(value);
        }
    }

    /** What the tooltip says (or will say, once hovered). */
    String text() {
        return text;
    }

    private void make() {
        if (tip == null) {
            tip = new Tooltip(text);
            for (Node owner : owners) {
                Tooltip.install(owner, tip);
            }
        }
    }
}
