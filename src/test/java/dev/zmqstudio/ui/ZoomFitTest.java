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
}
