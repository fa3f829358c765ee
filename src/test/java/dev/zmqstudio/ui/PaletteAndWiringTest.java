package dev.zmqstudio.ui;

import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class PaletteAndWiringTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void dragFromPaletteCreatesAutoNamedNodesWhereDropped(FxRobot robot) {
        dragFromPalette(robot, "PUSH", 150, 150);
        dragFromPalette(robot, "PULL", 450, 150);
        assertEquals(2, robot.lookup(".node-view").queryAll().size());
        Region push = robot.lookup("#node-push-1").queryAs(Region.class);
        Region pull = robot.lookup("#node-pull-1").queryAs(Region.class);
        assertEquals("0", robot.from(push).lookup(".node-count").queryAs(Label.class).getText());
        assertEquals("push-1", robot.from(push).lookup(".node-title").queryAs(Label.class).getText());
        var bounds = fx(() -> window.canvas().sceneToLocal(push.localToScene(push.getLayoutBounds())));
        assertEquals(150, bounds.getCenterX(), 12);
        assertEquals(150, bounds.getCenterY(), 12);
        assertTrue(fx(() -> pull.localToScene(pull.getLayoutBounds()).getMinX() > push.localToScene(push.getLayoutBounds()).getMaxX()));
        assertEquals(List.of("push-1", "pull-1"), topology().nodes().stream().map(n -> n.id()).toList());
    }

    @Test
    void doubleClickAddsAtTheCentreOfTheView(FxRobot robot) {
        robot.doubleClickOn("#palette-QUEUE");
        assertEquals(1, robot.lookup("#node-queue-1").queryAll().size());
        assertEquals(2, robot.lookup("#node-queue-1 .node-handle").queryAll().size(), "frontend and backend handles");
    }

    @Test
    void wiringPushToPullBindsAFreshPortOnTheTarget(FxRobot robot) {
        dragFromPalette(robot, "PUSH", 150, 150);
        dragFromPalette(robot, "PULL", 500, 300);
        wire(robot, "push-1", "main", "pull-1");
        Topology t = topology();
        assertEquals(List.of(Wire.of("wire-1", "push-1", "pull-1", "tcp://127.0.0.1:5601")), t.wires());
        assertEquals(List.of("tcp://127.0.0.1:5601"), t.node("pull-1").orElseThrow().socket(dev.zmqstudio.model.Side.MAIN).binds());
        assertEquals(1, robot.lookup("#wire-wire-1").queryAll().size());
        assertEquals("tcp://127.0.0.1:5601", robot.lookup("#wire-wire-1 .wire-label").queryAs(Label.class).getText());
        // A second pusher connects to the endpoint pull-1 already binds.
        dragFromPalette(robot, "PUSH", 150, 420);
        wire(robot, "push-2", "main", "pull-1");
        assertEquals("tcp://127.0.0.1:5601", topology().wire("wire-2").orElseThrow().endpoint());
        assertEquals(1, topology().node("pull-1").orElseThrow().socket(dev.zmqstudio.model.Side.MAIN).binds().size());
    }

    @Test
    void devicesWireFromTheirBackendAndIntoTheMatchingSide(FxRobot robot) {
        dragFromPalette(robot, "PUSH", 110, 120);
        dragFromPalette(robot, "STREAMER", 370, 120);
        dragFromPalette(robot, "PULL", 500, 330);
        wire(robot, "push-1", "main", "streamer-1");
        wire(robot, "streamer-1", "backend", "pull-1");
        Topology t = topology();
        assertEquals(new Wire("wire-1", "push-1", Side.MAIN, "streamer-1", Side.FRONTEND, "tcp://127.0.0.1:5601"),
                t.wire("wire-1").orElseThrow());
        assertEquals(new Wire("wire-2", "streamer-1", Side.BACKEND, "pull-1", Side.MAIN, "tcp://127.0.0.1:5602"),
                t.wire("wire-2").orElseThrow());
        assertEquals(List.of("tcp://127.0.0.1:5601"), t.node("streamer-1").orElseThrow().socket(Side.FRONTEND).binds());
        assertEquals(2, robot.lookup(".wire-view").queryAll().size());
    }

    @Test
    void legalTargetsLightUpWhileDragging(FxRobot robot) {
        dragFromPalette(robot, "PUB", 120, 120);
        dragFromPalette(robot, "SUB", 420, 120);
        dragFromPalette(robot, "PULL", 420, 320);
        robot.moveTo("#handle-pub-1-main").press(javafx.scene.input.MouseButton.PRIMARY).moveBy(40, 40);
        assertEquals(1, robot.lookup(".node-view:allowed").queryAll().size());
        assertEquals(1, robot.lookup("#node-sub-1:allowed").queryAll().size());
        assertEquals(1, robot.lookup("#node-pull-1:forbidden").queryAll().size());
        assertEquals(0, robot.lookup("#node-pub-1:allowed").queryAll().size() + robot.lookup("#node-pub-1:forbidden").queryAll().size());
        robot.moveTo("#node-sub-1").release(javafx.scene.input.MouseButton.PRIMARY);
        assertEquals(0, robot.lookup(".node-view:allowed").queryAll().size() + robot.lookup(".node-view:forbidden").queryAll().size());
        assertEquals("sub-1", topology().wire("wire-1").orElseThrow().to(), "the drop target binds");
        assertEquals("pub-1", topology().wire("wire-1").orElseThrow().from(), "the dragged-from socket connects");
    }

    @Test
    void pubToPullIsRefusedWithTheReasonInTheStatusBar(FxRobot robot) {
        dragFromPalette(robot, "PUB", 150, 150);
        dragFromPalette(robot, "PULL", 500, 150);
        wire(robot, "pub-1", "main", "pull-1");
        Label status = robot.lookup("#status-message").queryAs(Label.class);
        String reason = Compatibility.whyNot(SocketType.PUB, SocketType.PULL).orElseThrow();
        assertEquals(reason, status.getText());
        assertTrue(fx(() -> status.isVisible() && status.getScene() != null && status.getWidth() > 100));
        assertTrue(topology().wires().isEmpty());
        assertEquals(0, robot.lookup(".wire-view").queryAll().size());
    }
}
