package dev.zmqstudio.ui;

import dev.zmqstudio.ui.canvas.LevelOfDetail;
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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fit to window in the window the app opens at ({@link WindowFit#PREFERRED_WIDTH} x
 * {@link WindowFit#PREFERRED_HEIGHT}): the examples of the newcomer's first hour are shown whole, at a zoom where
 * every text is drawn and readable, labels clear of nodes and of each other. Needs a display (-Pgui under
 * xvfb-run); leaves PNGs in target/screens.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class FitReadableGuiTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theExamplesFitWholeAndReadable(FxRobot robot) throws Exception {
        fx(() -> {
            window.stage().setWidth(WindowFit.PREFERRED_WIDTH);
            window.stage().setHeight(WindowFit.PREFERRED_HEIGHT);
        });
        awaitFx("the window at its preferred size", () -> window.scene().getWidth() >= WindowFit.PREFERRED_WIDTH - 40);
        List<String> problems = new ArrayList<>();
        for (String name : new String[]{"pipeline.json", "queue-device.json", "invoice-filter.json",
                "pubsub-centralized-vs-direct.json"}) {
            load(FreePortExamples.load(name));
            double zoom = fx(() -> window.canvas().viewport().zoom());
            if (zoom < LevelOfDetail.fullZoom()) {
                problems.add(name + ": fitted at " + Math.round(zoom * 100) + "%, too small to draw every text");
            }
            problems.addAll(fx(() -> DrawnDiagram.problems(window, name)));
            Node canvas = robot.lookup("#canvas").query();
            Bounds view = fx(() -> canvas.localToScene(canvas.getLayoutBounds()));
            for (Bounds node : fx(() -> DrawnDiagram.boxes(canvas, ".node-body"))) {
                if (!view.contains(node)) {
                    problems.add(name + ": a node outside the canvas: " + node);
                }
            }
            Path out = Path.of("target/screens/fit-" + name.replace(".json", ".png"));
            fx(() -> {
                try {
                    Snapshots.writeScene(window.scene(), out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
