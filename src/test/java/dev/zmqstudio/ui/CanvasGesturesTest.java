package dev.zmqstudio.ui;

import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Topology;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class CanvasGesturesTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void showcase() {
        load(Samples.showcase());
        fx(() -> window.actions().actualSize.handler().run());
        fx(() -> window.canvas().home());
    }

    private Point2D screen(double canvasX, double canvasY) {
        return fx(() -> window.canvas().localToScreen(canvasX, canvasY));
    }

    @Test
    void rubberBandSelectsTheNodesItTouches(FxRobot robot) {
        robot.moveTo(screen(10, 250)).press(MouseButton.PRIMARY).moveTo(screen(300, 330)).moveTo(screen(420, 470))
                .release(MouseButton.PRIMARY);
        assertEquals(Set.of("weather", "zip-10001", "all-zips"), fx(() -> Set.copyOf(window.editor().selection().ids())));
        assertEquals(3, robot.lookup(".node-view:selected").queryAll().size());
        robot.clickOn(screen(560, 480));
        assertTrue(fx(() -> window.editor().selection().isEmpty()), "a click on empty canvas clears the selection");
    }

    @Test
    void aSelectionMovesTogetherAsOneUndoStep(FxRobot robot) {
        robot.moveTo(screen(10, 250)).press(MouseButton.PRIMARY).moveTo(screen(420, 470)).release(MouseButton.PRIMARY);
        Topology before = topology();
        robot.moveTo("#node-weather").press(MouseButton.PRIMARY).moveBy(30, 20).moveBy(30, 20).release(MouseButton.PRIMARY);
        Topology after = topology();
        for (String id : List.of("weather", "zip-10001", "all-zips")) {
            Position a = before.node(id).orElseThrow().position();
            Position b = after.node(id).orElseThrow().position();
            assertEquals(60, b.x() - a.x(), 10.001, id);
            assertEquals(b.x() - a.x(), after.node("weather").orElseThrow().position().x() - before.node("weather").orElseThrow().position().x(), 0.001);
        }
        assertEquals(before.node("client"), after.node("client"));
        fx(() -> window.editor().undo());
        assertEquals(before, topology());
    }

    @Test
    void arrowKeysNudgeTheSelection(FxRobot robot) {
        robot.clickOn("#node-weather");
        Position p = topology().node("weather").orElseThrow().position();
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        Position q = topology().node("weather").orElseThrow().position();
        assertEquals(p.x() + 10, q.x(), 0.001);
        assertEquals(p.y() + 10, q.y(), 0.001);
    }

    @Test
    void feedIntoLinksTheNextNodeClicked(FxRobot robot) {
        robot.clickOn("#node-ventilator");
        fx(() -> window.actions().feedInto.handler().run());
        assertTrue(status().startsWith("Click the node ventilator should feed into"), status());
        robot.clickOn("#node-zip-10001");
        assertEquals(Link.of("link-1", "ventilator", "zip-10001"), topology().link("link-1").orElseThrow());
        Line line = robot.lookup("#link-link-1 .link-line").queryAs(Line.class);
        assertFalse(fx(() -> line.getStrokeDashArray().isEmpty()), "links are dashed");
    }

    @Test
    void rightClickOnAWireOffersSwapBindConnect(FxRobot robot) {
        Line hit = robot.lookup("#wire-w-zip .wire-hit").queryAs(Line.class);
        Point2D mid = fx(() -> hit.localToScreen((hit.getStartX() + hit.getEndX()) / 2 + 20,
                (hit.getStartY() + hit.getEndY()) / 2 + 20 * (hit.getEndY() - hit.getStartY()) / (hit.getEndX() - hit.getStartX())));
        robot.moveTo(mid).clickOn(MouseButton.SECONDARY);
        assertEquals(Set.of("w-zip"), fx(() -> Set.copyOf(window.editor().selection().ids())));
        robot.clickOn("Swap Bind/Connect");
        assertEquals("weather", topology().wire("w-zip").orElseThrow().from(), "the publisher now connects");
        assertTrue(topology().node("zip-10001").orElseThrow().socket(dev.zmqstudio.model.Side.MAIN).binds().contains(
                topology().wire("w-zip").orElseThrow().endpoint()));
    }

    @Test
    void middleDragPansTheView(FxRobot robot) {
        double tx = fx(() -> window.canvas().viewport().translate().getX());
        robot.moveTo(screen(560, 480)).press(MouseButton.MIDDLE).moveBy(40, 0).moveBy(40, 10).release(MouseButton.MIDDLE);
        assertEquals(tx + 80, fx(() -> window.canvas().viewport().translate().getX()), 0.001);
        assertEquals(12, robot.lookup(".node-view").queryAll().size());
    }
}
