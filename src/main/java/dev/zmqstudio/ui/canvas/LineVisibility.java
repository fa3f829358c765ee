package dev.zmqstudio.ui.canvas;

import javafx.scene.Node;

/**
 * Whether a wire or link is drawn, for two reasons kept apart: it is shown (both its nodes have views) and it is
 * not culled (it lies in or near the visible part of the canvas). Labels are placed for every shown line, culled or
 * not, so panning never moves them.
 */
final class LineVisibility {
    private final Node view;
    private boolean shown = true;
    private boolean culled;

    LineVisibility(Node view) {
        this.view = view;
    }

    void setShown(boolean value) {
        shown = value;
        apply();
    }

    boolean isShown() {
        return shown;
    }

    void setCulled(boolean value) {
        if (value != culled) {
            culled = value;
            apply();
        }
    }

    private void apply() {
        view.setVisible(shown && !culled);
    }
}
