package dev.zmqstudio.ui;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gestures with modifier keys (needs a real display: -Pgui under xvfb-run). */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class ModifierGuiTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void showcase() {
        load(Samples.showcase());
        fx(() -> window.canvas().home());
    }

    @Test
    void shiftClickAddsToTheSelectionAndTogglesOff(FxRobot robot) {
        robot.clickOn("#node-weather");
        robot.press(KeyCode.SHIFT).clickOn("#node-ventilator").release(KeyCode.SHIFT);
        assertEquals(Set.of("weather", "ventilator"), fx(() -> Set.copyOf(window.editor().selection().ids())));
        robot.press(KeyCode.SHIFT).clickOn("#node-weather").release(KeyCode.SHIFT);
        assertEquals(Set.of("ventilator"), fx(() -> Set.copyOf(window.editor().selection().ids())));
    }

    @Test
    void controlWheelZoomsAroundThePointer(FxRobot robot) {
        Point2D pointer = fx(() -> window.canvas().localToScreen(200, 200));
        Point2D worldBefore = fx(() -> window.canvas().viewport().toWorld(new Point2D(200, 200)));
        robot.moveTo(pointer).press(KeyCode.CONTROL).scroll(3, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        double zoom = fx(() -> window.canvas().viewport().zoom());
        assertTrue(zoom != 1.0, "zoom " + zoom);
        Point2D worldAfter = fx(() -> window.canvas().viewport().toWorld(new Point2D(200, 200)));
        assertEquals(worldBefore.getX(), worldAfter.getX(), 0.5);
        assertEquals(worldBefore.getY(), worldAfter.getY(), 0.5);
    }

    @Test
    void altDragLinksTwoNodes(FxRobot robot) {
        robot.moveTo("#node-ventilator").press(KeyCode.ALT).press(MouseButton.PRIMARY)
                .moveBy(30, 30).moveTo("#node-zip-10001").release(MouseButton.PRIMARY).release(KeyCode.ALT);
        assertEquals(dev.zmqstudio.model.Link.of("link-1", "ventilator", "zip-10001"),
                topology().link("link-1").orElseThrow());
        assertEquals(1, robot.lookup("#link-link-1").queryAll().size());
    }

    @Test
    void plainWheelPans(FxRobot robot) {
        robot.moveTo(fx(() -> window.canvas().localToScreen(300, 300))).scroll(2, javafx.geometry.VerticalDirection.DOWN);
        assertEquals(1.0, fx(() -> window.canvas().viewport().zoom()), 1e-9);
        assertTrue(fx(() -> window.canvas().viewport().translate().getY()) != 0);
    }

    @Test
    void spaceDragPans(FxRobot robot) {
        robot.clickOn(fx(() -> window.canvas().localToScreen(560, 480)));
        double tx = fx(() -> window.canvas().viewport().translate().getX());
        robot.press(KeyCode.SPACE).press(MouseButton.PRIMARY).moveBy(50, 0).release(MouseButton.PRIMARY).release(KeyCode.SPACE);
        assertEquals(tx + 50, fx(() -> window.canvas().viewport().translate().getX()), 1.0);
    }
}
