package dev.zmqstudio.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class ZoomFitTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void fiveHundredNodesLoadAndFitInsideTheCanvas(FxRobot robot) {
        long t0 = System.nanoTime();
        load(Samples.grid(500));
        robot.clickOn("#fit");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(500, robot.lookup(".node-view").queryAll().size());
        assertEquals(250, robot.lookup(".wire-view").queryAll().size());
        double zoom = fx(() -> window.canvas().viewport().zoom());
        assertTrue(zoom < 0.5, "zoom " + zoom);
        Node canvas = robot.lookup("#canvas").query();
        Bounds view = fx(() -> canvas.localToScreen(canvas.getLayoutBounds()));
        for (String id : new String[]{"#node-push-0", "#node-pull-249", "#node-pull-9", "#node-push-240"}) {
            Node n = robot.lookup(id).query();
            Bounds b = fx(() -> n.localToScreen(n.getLayoutBounds()));
            assertTrue(view.contains(b), id + " " + b + " outside " + view);
        }
        assertEquals(Math.round(zoom * 100) + "%", robot.lookup("#status-zoom").queryAs(Label.class).getText());
        assertTrue(ms < 20_000, "took " + ms + " ms");
    }

    @Test
    void aThousandNodePipelineFitsWholeBelowTheOldTenPercentFloor(FxRobot robot) {
        load(new dev.zmqstudio.model.generate.TopologyGenerator(5601, 10, 0).pipeline(499));
        robot.clickOn("#fit");
        double zoom = fx(() -> window.canvas().viewport().zoom());
        assertTrue(zoom < 0.1, "a 1,000-node pipeline needs less than 10%: " + zoom);
        Node canvas = robot.lookup("#canvas").query();
        Bounds view = fx(() -> canvas.localToScreen(canvas.getLayoutBounds()));
        java.util.List<String> outside = fx(() -> window.editor().topology().nodes().stream().map(node -> window.canvas().nodeView(node.id()))
                .filter(n -> !view.contains(n.localToScreen(n.getLayoutBounds()))).map(n -> n.nodeId()).toList());
        assertEquals(java.util.List.of(), outside, "outside " + view);
    }

    @Test
    void zoomButtonsAndActualSize(FxRobot robot) {
        load(Samples.showcase());
        fx(() -> window.actions().actualSize.handler().run());
        Label zoom = robot.lookup("#status-zoom").queryAs(Label.class);
        assertEquals("100%", zoom.getText());
        robot.clickOn("#zoom-in");
        assertEquals("125%", zoom.getText());
        robot.clickOn("#zoom-out");
        assertEquals("100%", zoom.getText());
        robot.clickOn("#zoom-out");
        assertEquals("80%", zoom.getText());
    }

    @Test
    void keyboardZoomAndFit(FxRobot robot) {
        load(Samples.showcase());
        fx(() -> window.actions().actualSize.handler().run());
        robot.clickOn("#canvas");
        robot.type(javafx.scene.input.KeyCode.ADD);
        assertEquals("125%", robot.lookup("#status-zoom").queryAs(Label.class).getText());
        robot.type(javafx.scene.input.KeyCode.F);
        double z = fx(() -> window.canvas().viewport().zoom());
        assertTrue(z <= 1.0 && z > 0.3, "fit zoom " + z);
    }

    @Test
    void pinchZoomsAroundTheFingers(FxRobot robot) {
        load(Samples.showcase());
        fx(() -> window.actions().actualSize.handler().run());
        javafx.geometry.Point2D local = new javafx.geometry.Point2D(200, 150);
        javafx.geometry.Point2D worldBefore = fx(() -> window.canvas().viewport().toWorld(local));
        fx(() -> {
            var scene = window.canvas().localToScene(local);
            var screen = window.canvas().localToScreen(local);
            window.canvas().fireEvent(new javafx.scene.input.ZoomEvent(javafx.scene.input.ZoomEvent.ZOOM,
                    scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                    false, false, false, false, false, false, 1.5, 1.5, null));
        });
        assertEquals("150%", robot.lookup("#status-zoom").queryAs(Label.class).getText());
        javafx.geometry.Point2D worldAfter = fx(() -> window.canvas().viewport().toWorld(local));
        assertEquals(worldBefore.getX(), worldAfter.getX(), 0.01);
        assertEquals(worldBefore.getY(), worldAfter.getY(), 0.01);
    }
}
