package dev.zmqstudio.ui;

import dev.zmqstudio.model.NodeType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class MainWindowTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void showsEveryPartUnderItsContractId(FxRobot robot) {
        for (String id : new String[]{"#canvas", "#run", "#stop", "#pause", "#step", "#speed", "#properties",
                "#console", "#problems", "#status-message", "#menu-bar"}) {
            assertNotNull(robot.lookup(id).tryQuery().orElse(null), id + " missing");
        }
        for (NodeType type : NodeType.all()) {
            Region item = robot.lookup("#palette-" + type.name()).queryAs(Region.class);
            assertTrue(fx(() -> item.isVisible() && item.getHeight() > 0), type + " palette entry not shown");
            Tooltip tip = fx(() -> (Tooltip) item.getProperties().get("javafx.scene.control.Tooltip"));
            assertEquals(type.description(), tip.getText());
        }
        assertEquals(14, robot.lookup(".palette-item").queryAll().size());
        assertEquals("1×", robot.lookup("#speed").queryAs(ComboBox.class).getValue());
    }

    @Test
    void titleNamesTheDocumentAndMarksUnsavedChanges(FxRobot robot) {
        assertEquals("Untitled — ZMQ Studio", fx(() -> window.stage().getTitle()));
        robot.doubleClickOn("#palette-PUSH");
        assertEquals("• Untitled — ZMQ Studio", fx(() -> window.stage().getTitle()));
        fx(() -> window.editor().undo());
        assertEquals("Untitled — ZMQ Studio", fx(() -> window.stage().getTitle()));
    }

}
