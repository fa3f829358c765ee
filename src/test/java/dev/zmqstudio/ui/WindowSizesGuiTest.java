package dev.zmqstudio.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real window sizes (needs a display: run with -Pgui under xvfb-run); leaves PNGs in target/screens. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class WindowSizesGuiTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void wiringHighlightsLegalPeers(FxRobot robot) throws Exception {
        load(Samples.showcase());
        fx(() -> {
            window.stage().setWidth(1600);
            window.stage().setHeight(1000);
        });
        awaitResized(1600);
        fx(() -> window.canvas().fit());
        robot.moveTo("#handle-weather-main").press(javafx.scene.input.MouseButton.PRIMARY).moveBy(60, 40);
        Path out = Path.of("target/screens/wiring.png");
        fx(() -> {
            try {
                Snapshots.writeScene(window.scene(), out);
            } catch (java.io.IOException e) {
                throw new RuntimeException(e);
            }
        });
        assertTrue(robot.lookup(".node-view:allowed").queryAll().size() >= 2);
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
    }

    @Test
    void everyPanelIsVisibleAtLargeAndSmallSizes(FxRobot robot) throws Exception {
        load(Samples.showcase());
        for (int[] size : new int[][]{{1600, 1000}, {1024, 700}}) {
            fx(() -> {
                window.stage().setWidth(size[0]);
                window.stage().setHeight(size[1]);
            });
            awaitResized(size[0]);
            fx(() -> window.canvas().fit());
            fx(() -> window.editor().selection().selectOnly(size[0] > 1200 ? "zip-10001" : "queue"));
            Path out = Path.of("target/screens/window-" + size[0] + "x" + size[1] + ".png");
            fx(() -> {
                try {
                    Snapshots.writeScene(window.scene(), out);
                } catch (java.io.IOException e) {
                    throw new RuntimeException(e);
                }
            });
            assertTrue(Files.size(out) > 10_000);
            for (String id : new String[]{"#canvas", "#palette", "#properties", "#console", "#status-message", "#run", "#speed"}) {
                Node n = robot.lookup(id).query();
                Bounds b = fx(() -> n.localToScene(n.getLayoutBounds()));
                assertTrue(b.getWidth() > 20 && b.getMaxX() <= size[0] + 1, id + " at " + size[0] + ": " + b);
            }
        }
    }

    /** Until the window system has applied the new width (less its decorations) and the layout has followed. */
    private void awaitResized(int width) {
        awaitFx("the window " + width + " px wide and laid out", () -> {
            double scene = window.scene().getWidth();
            return scene > width - 40 && scene <= width && window.scene().getRoot().getLayoutBounds().getWidth() == scene;
        });
    }
}
