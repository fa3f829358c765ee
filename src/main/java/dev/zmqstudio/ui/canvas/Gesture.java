package dev.zmqstudio.ui.canvas;

import javafx.scene.input.MouseEvent;

/** A pointer interaction that began with a press and ends with the release. */
interface Gesture {

    void drag(MouseEvent event);

    void release(MouseEvent event);
}
