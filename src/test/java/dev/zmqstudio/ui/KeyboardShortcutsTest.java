package dev.zmqstudio.ui;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class KeyboardShortcutsTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void editingShortcuts(FxRobot robot) {
        robot.doubleClickOn("#palette-PUSH");
        robot.doubleClickOn("#palette-PULL");
        assertEquals(2, robot.lookup(".node-view").queryAll().size(), "the second node does not hide the first");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        assertEquals(Set.of("push-1", "pull-1"), fx(() -> Set.copyOf(window.editor().selection().ids())));
        robot.push(KeyCode.CONTROL, KeyCode.D);
        assertEquals(4, robot.lookup(".node-view").queryAll().size());
        robot.type(KeyCode.DELETE);
        assertEquals(2, robot.lookup(".node-view").queryAll().size());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(4, robot.lookup(".node-view").queryAll().size());
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(2, robot.lookup(".node-view").queryAll().size());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(2, robot.lookup(".node-view").queryAll().size(), "nothing left to redo");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(2, robot.lookup(".node-view").queryAll().size());
        robot.clickOn("#node-push-1");
        robot.push(KeyCode.CONTROL, KeyCode.C).push(KeyCode.CONTROL, KeyCode.V);
        assertEquals(Set.of("push-2"), fx(() -> Set.copyOf(window.editor().selection().ids())));
    }

    @Test
    void saveShortcutAsksForAFileTheFirstTime(FxRobot robot) {
        robot.doubleClickOn("#palette-PAIR");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertEquals(1, dialogs.asked);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        assertEquals(1, prompts.asked);
    }
}
