package dev.zmqstudio.ui;

import dev.zmqstudio.io.AppVersion;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help: shortcuts, the file format from the schema, About with the version; the app's icon on its windows. */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class HelpMenuTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static void fire(FxRobot robot, String id) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu help = bar.getMenus().stream().filter(m -> "menu-help".equals(m.getId())).findFirst().orElseThrow();
        fx(() -> help.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire());
    }

    @Test
    void shortcutsListEveryActionWithItsKeysAndTheMouseGestures(FxRobot robot) {
        fire(robot, "menu-help-shortcuts");
        TableView<?> table = robot.lookup("#help-shortcuts").queryAs(TableView.class);
        List<HelpWindows.Shortcut> rows = fx(() -> table.getItems().stream().map(HelpWindows.Shortcut.class::cast).toList());
        assertTrue(rows.contains(new HelpWindows.Shortcut("Run", "F5")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.action().equals("Stop") && r.keys().contains("F5")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.action().equals("Zoom")), rows.toString());
    }

    @Test
    void theFileFormatIsReadFromTheSchema(FxRobot robot) {
        fire(robot, "menu-help-format");
        TableView<?> table = robot.lookup("#help-format").queryAs(TableView.class);
        List<dev.zmqstudio.io.SchemaReference.Field> rows = fx(() -> table.getItems().stream()
                .map(dev.zmqstudio.io.SchemaReference.Field.class::cast).toList());
        var rate = rows.stream().filter(f -> f.part().equals("generator") && f.name().equals("rate")).findFirst();
        assertTrue(rate.isPresent(), rows.toString());
        assertEquals("number", rate.get().type());
        assertFalse(rate.get().description().isBlank());
        assertTrue(rows.stream().anyMatch(f -> f.part().equals("wire") && f.name().equals("endpoint")));
    }

    @Test
    void aboutNamesTheVersionAndWindowsCarryTheAppIcon(FxRobot robot) {
        fire(robot, "menu-help-about");
        String text = robot.lookup("#help-about-text").queryAs(Label.class).getText();
        assertTrue(text.startsWith("ZMQ Studio " + AppVersion.current()), text);
        assertTrue(text.contains("JeroMQ 0.6.0"), text);
        assertEquals(6, fx(() -> window.stage().getIcons().size()), "the app icon in all its sizes");
        Stage about = (Stage) robot.lookup("#help-about-text").query().getScene().getWindow();
        assertEquals(6, fx(() -> about.getIcons().size()));
    }
}
