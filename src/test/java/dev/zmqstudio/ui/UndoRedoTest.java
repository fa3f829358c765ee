package dev.zmqstudio.ui;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class UndoRedoTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void tenEditsUndoToTheExactStartAndRedoToTheExactEnd(FxRobot robot) {
        List<Topology> states = new ArrayList<>();
        states.add(topology());
        dragFromPalette(robot, "PUSH", 150, 120);
        states.add(topology());
        dragFromPalette(robot, "PULL", 520, 120);
        states.add(topology());
        wire(robot, "push-1", "main", "pull-1");
        states.add(topology());
        Node push = robot.lookup("#node-push-1 .node-title").query();
        robot.moveTo(push).press(MouseButton.PRIMARY).moveBy(20, 40).moveBy(20, 100).release(MouseButton.PRIMARY);
        states.add(topology());
        robot.clickOn("#node-pull-1");
        TextField label = find(robot, "#prop-label", TextField.class);
        robot.clickOn(label).write("Sink").type(KeyCode.ENTER);
        states.add(topology());
        dragFromPalette(robot, "SUB", 300, 420);
        states.add(topology());
        robot.type(KeyCode.DELETE);
        states.add(topology());
        robot.clickOn("#node-push-1");
        fx(() -> window.actions().duplicate.handler().run());
        states.add(topology());
        fx(() -> window.editor().selection().selectOnly("wire-1"));
        fx(() -> window.actions().swap.handler().run());
        states.add(topology());
        robot.clickOn("#node-pull-1").type(KeyCode.RIGHT);
        states.add(topology());

        assertEquals(11, states.size());
        for (int i = 1; i < states.size(); i++) {
            assertNotEquals(states.get(i - 1), states.get(i), "edit " + i + " changed nothing");
        }
        assertEquals("pull-1", states.get(9).wire("wire-1").orElseThrow().from(), "swap made pull-1 connect");
        for (int i = states.size() - 1; i > 0; i--) {
            fx(() -> window.editor().undo());
            assertEquals(states.get(i - 1), topology(), "after undoing edit " + i);
            assertEquals(TopologyFiles.toJson(states.get(i - 1)), TopologyFiles.toJson(topology()));
        }
        assertEquals("Untitled — ZMQ Studio", fx(() -> window.stage().getTitle()));
        assertEquals(0, robot.lookup(".node-view").queryAll().size());
        for (int i = 1; i < states.size(); i++) {
            fx(() -> window.editor().redo());
            assertEquals(states.get(i), topology(), "after redoing edit " + i);
            assertEquals(TopologyFiles.toJson(states.get(i)), TopologyFiles.toJson(topology()));
        }
        assertEquals(3, robot.lookup(".node-view").queryAll().size());
        assertEquals("• Untitled — ZMQ Studio", fx(() -> window.stage().getTitle()));
    }
}
