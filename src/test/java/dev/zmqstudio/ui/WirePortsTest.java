package dev.zmqstudio.ui;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wires and links leave and enter nodes at their ports: the middle of the side facing the other node (a socket's
 * handle is the right one), never a corner or an arbitrary point of an edge; the ends follow a node that grows.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class WirePortsTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** The line's two ends in scene coordinates. */
    private static Point2D[] ends(FxRobot robot, String selector) {
        return fx(() -> {
            Line line = (Line) robot.lookup(selector).query();
            return new Point2D[]{line.localToScene(line.getStartX(), line.getStartY()),
                    line.localToScene(line.getEndX(), line.getEndY())};
        });
    }

    private static Bounds body(FxRobot robot, String nodeId) {
        return fx(() -> {
            Node body = robot.lookup("#node-" + nodeId + " .node-body").query();
            return body.localToScene(body.getBoundsInLocal());
        });
    }

    /** Which port of the node {@code p} is at ("left", "right", "top", "bottom"), or a description of where it is. */
    private static String port(Point2D p, Bounds b) {
        double cx = (b.getMinX() + b.getMaxX()) / 2;
        double cy = (b.getMinY() + b.getMaxY()) / 2;
        double e = 1.5;
        if (Math.abs(p.getY() - cy) < e && Math.abs(p.getX() - b.getMinX()) < e) {
            return "left";
        }
        if (Math.abs(p.getY() - cy) < e && Math.abs(p.getX() - b.getMaxX()) < e) {
            return "right";
        }
        if (Math.abs(p.getX() - cx) < e && Math.abs(p.getY() - b.getMinY()) < e) {
            return "top";
        }
        if (Math.abs(p.getX() - cx) < e && Math.abs(p.getY() - b.getMaxY()) < e) {
            return "bottom";
        }
        return "not a port: " + p + " on " + b;
    }

    @Test
    void inThePipelineEveryWireAndLinkRunsFromTheRightPortOfOneNodeToTheLeftPortOfTheNext(FxRobot robot) throws Exception {
        Topology t = FreePortExamples.load("pipeline.json");
        load(t);
        List<String> wrong = new ArrayList<>();
        for (Wire w : t.wires()) {
            Point2D[] e = ends(robot, "#wire-" + w.id() + " .wire-line");
            // Data flows left to right: the node on the left gives out of its right port into the other's left port.
            boolean connectorLeft = body(robot, w.from()).getMinX() < body(robot, w.to()).getMinX();
            String fromPort = port(e[0], body(robot, w.from()));
            String toPort = port(e[1], body(robot, w.to()));
            if (!fromPort.equals(connectorLeft ? "right" : "left") || !toPort.equals(connectorLeft ? "left" : "right")) {
                wrong.add(w.id() + ": " + fromPort + " -> " + toPort);
            }
        }
        for (var l : t.links()) {
            Point2D[] e = ends(robot, "#link-" + l.id() + " .link-line");
            String fromPort = port(e[0], body(robot, l.from()));
            String toPort = port(e[1], body(robot, l.to()));
            if (!fromPort.equals("right") || !toPort.equals("left")) {
                wrong.add(l.id() + ": " + fromPort + " -> " + toPort);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void nodesAboveEachOtherMeetAtTheirTopAndBottomPortsAndTheEndsFollowANodeThatGrows(FxRobot robot) {
        Topology t = new Topology("t", "", Settings.DEFAULTS, List.of(
                new SocketNode("server", "Server", SocketSpec.of(SocketType.REP, "inproc://s"), Behaviour.Passive.INSTANCE, null,
                        new Position(100, 60)),
                new SocketNode("client", "Client", SocketSpec.of(SocketType.REQ), Behaviour.Passive.INSTANCE, null,
                        new Position(110, 300)),
                new SocketNode("puller", "Puller", SocketSpec.of(SocketType.PULL, "inproc://p"), Behaviour.Passive.INSTANCE, null,
                        new Position(500, 300)),
                new SocketNode("pusher", "Pusher", SocketSpec.of(SocketType.PUSH), Behaviour.Passive.INSTANCE, null,
                        new Position(500, 60))),
                List.of(Wire.of("rr", "client", "server", "inproc://s"), Wire.of("pp", "pusher", "puller", "inproc://p")), List.of());
        load(t);
        Point2D[] e = ends(robot, "#wire-rr .wire-line");
        assertEquals("top", port(e[0], body(robot, "client")));
        assertEquals("bottom", port(e[1], body(robot, "server")));

        // The pusher's name grows: its box widens to the right, and the wire stays on its ports.
        double before = body(robot, "pusher").getWidth();
        fx(() -> window.editor().document().replace(t.replaceNode(t.node("pusher").orElseThrow()
                .withLabel("A pusher with a much longer name")), null));
        assertTrue(body(robot, "pusher").getWidth() > before + 40, "wider: " + body(robot, "pusher").getWidth());
        Point2D[] after = ends(robot, "#wire-pp .wire-line");
        assertEquals("bottom", port(after[0], body(robot, "pusher")));
        assertEquals("top", port(after[1], body(robot, "puller")));
    }
}
