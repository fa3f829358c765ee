package dev.zmqstudio.ui.palette;

import dev.zmqstudio.model.NodeType;
import javafx.geometry.Point2D;

/** Where palette entries can be dropped (the canvas). */
public interface DropTarget {

    /** Whether a drop at this scene point lands on the target. */
    boolean accepts(Point2D scenePoint);

    /** Adds a node of {@code type} centred on the scene point. */
    void drop(NodeType type, Point2D scenePoint);

    /** Adds a node of {@code type} in the middle of the visible area. */
    void dropAtCentre(NodeType type);
}
