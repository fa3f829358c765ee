package dev.zmqstudio.ui;

import dev.zmqstudio.ui.run.SimulationController;
import dev.zmqstudio.ui.theme.Appearance;
import dev.zmqstudio.ui.theme.MemoryPreferences;
import dev.zmqstudio.ui.theme.ThemeChoice;
import dev.zmqstudio.ui.theme.ThemeSetting;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** View > Theme: the designer turns dark and light, canvas included, and the choice is remembered. */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class ThemeMenuTest extends DesignerFixture {

    private final MemoryPreferences prefs = new MemoryPreferences();

    @Start
    void start(Stage stage) {
        ThemeSetting.storedIn(prefs).choose(ThemeChoice.LIGHT); // as a user who picked Light last time
        window = new DesignerWindow(stage, new DesignerServices(dialogs, prompts, SimulationController::new, recent, null,
                ThemeSetting.storedIn(prefs)), 1000, 760);
        stage.setX(0);
        stage.setY(0);
        window.show();
    }

    private boolean dark() {
        return fx(() -> window.scene().getRoot().getPseudoClassStates().contains(Appearance.DARK));
    }

    private Color canvasBackground() {
        return fx(() -> (Color) ((Region) window.canvas()).getBackground().getFills().getFirst().getFill());
    }

    private Color gridDots(FxRobot robot) {
        return fx(() -> {
            javafx.scene.canvas.Canvas grid = robot.lookup(".grid-layer").queryAs(javafx.scene.canvas.Canvas.class);
            javafx.css.CssMetaData<?, ?> meta = grid.getCssMetaData().stream()
                    .filter(m -> m.getProperty().equals("-grid-dot-color")).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            var property = ((javafx.css.CssMetaData<javafx.scene.canvas.Canvas, Color>) meta).getStyleableProperty(grid);
            return property.getValue();
        });
    }

    private boolean checked(FxRobot robot, String id) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return fx(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i instanceof javafx.scene.control.Menu).flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> id.equals(i.getId())).map(i -> ((RadioMenuItem) i).isSelected()).findFirst().orElseThrow());
    }

    @Test
    void darkFromTheViewMenuDarkensTheCanvasAndIsRememberedThenLightComesBack(FxRobot robot) {
        assertFalse(dark());
        assertTrue(checked(robot, "menu-theme-light"));
        Color lightCanvas = canvasBackground();
        Color lightDots = gridDots(robot);
        assertTrue(lightCanvas.getBrightness() > 0.9, lightCanvas.toString());

        robot.clickOn("View").clickOn("Theme").clickOn("Dark");
        awaitFx("the window turns dark", () -> window.scene().getRoot().getPseudoClassStates().contains(Appearance.DARK));
        Color darkCanvas = canvasBackground();
        assertTrue(darkCanvas.getBrightness() < 0.2, "the canvas is dark: " + darkCanvas);
        assertTrue(gridDots(robot).getBrightness() < lightDots.getBrightness(), "the grid dots are dimmed to match");
        assertTrue(gridDots(robot).getBrightness() > darkCanvas.getBrightness(), "and still show on the canvas");
        assertTrue(checked(robot, "menu-theme-dark"));
        assertFalse(checked(robot, "menu-theme-light"));
        assertEquals(ThemeChoice.DARK, ThemeSetting.storedIn(prefs).choice(), "the next start is dark too");

        robot.clickOn("View").clickOn("Theme").clickOn("Light");
        awaitFx("the window turns light", () -> !window.scene().getRoot().getPseudoClassStates().contains(Appearance.DARK));
        assertEquals(lightCanvas, canvasBackground());
        assertEquals(ThemeChoice.LIGHT, ThemeSetting.storedIn(prefs).choice());
    }
}
