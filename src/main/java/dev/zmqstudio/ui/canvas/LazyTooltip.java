package dev.zmqstudio.ui.canvas;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters one of its owners (with some text to show): a popup costs about a tenth of a millisecond to
 * make, and a diagram of a thousand wires and links would otherwise pay for all of them when it opens.
 */
final class LazyTooltip {
    private final java.util.List<Node> owners = new java.util.ArrayList<>();
    private String text = "";
    private Tooltip tip;

    LazyTooltip(Node... owners) {
        for (Node owner : owners) {
            addOwner(owner);
        }
    }

    /** One more node that shows the tooltip when hovered. */
    void addOwner(Node owner) {
        owners.add(owner);
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> make());
        if (tip != null) {
            Tooltip.install(owner, tip);
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

    /** No text, no tooltip (an empty one would still pop up). */
    private void make() {
        if (tip == null && !text.isEmpty()) {
            tip = new Tooltip(text);
            for (Node owner : owners) {
                Tooltip.install(owner, tip);
            }
        }
    }
}
