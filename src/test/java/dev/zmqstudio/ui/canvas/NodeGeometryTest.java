package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketType;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NodeGeometryTest {
    private static final Rectangle2D BOX = new Rectangle2D(100, 100, 176, 58);

    private static Point2D toward(double x, double y) {
        return NodeGeometry.anchor(BOX, Side.MAIN, new Rectangle2D(x, y, 176, 58));
    }

    @Test
    void aSocketMeetsAWireAtTheMiddleOfTheSideFacingTheOtherNode() {
        assertEquals(new Point2D(276, 129), toward(400, 400), "right, however far below");
        assertEquals(new Point2D(276, 129), toward(300, -300), "right, however far above");
        assertEquals(new Point2D(100, 129), toward(-200, 500), "left");
        assertEquals(new Point2D(188, 100), toward(150, -100), "above, overlapping left to right: top");
        assertEquals(new Point2D(188, 158), toward(60, 300), "below, overlapping left to right: bottom");
        assertEquals(new Point2D(276, 129), toward(150, 110), "boxes on top of each other: a side");
    }

    @Test
    void aDeviceMeetsWiresAtItsFrontendAndBackendWhereverTheOtherNodeIs() {
        Rectangle2D device = new Rectangle2D(0, 0, 208, 64);
        Rectangle2D farRight = new Rectangle2D(900, 0, 100, 50);
        assertEquals(new Point2D(0, 32), NodeGeometry.anchor(device, Side.FRONTEND, farRight));
        assertEquals(new Point2D(208, 32), NodeGeometry.anchor(device, Side.BACKEND, new Rectangle2D(-900, 0, 100, 50)));
    }

    @Test
    void aBoxIsAsWideAsItsTextBetweenTheUsualAndTheMaximumWidth() {
        assertEquals(NodeGeometry.SOCKET_WIDTH, NodeGeometry.width(SocketType.PUSH, 40, 60));
        assertEquals(260, NodeGeometry.width(SocketType.PUSH, 120, 198), "room for the subtitle, on a 4-pixel step");
        assertEquals(NodeGeometry.MAX_WIDTH, NodeGeometry.width(SocketType.PUSH, 900, 10));
    }
}
