package dev.zmqstudio.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Labels on the diagram: every example, fitted to the window and at 100%, shows its endpoint and link labels clear
 * of the nodes and of each other, and draws no text too small to read (below 8 px on screen; 9 px for the labels
 * beside wires and links). A label that found no room shows, readable, while its wire is hovered.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class LabelLayoutTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static List<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(FreePortExamples.folder())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void atTheFitAndAtActualSizeNoLabelOverlapsANodeOrAnotherLabelAndNoTextIsTooSmallToRead() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path file : examples()) {
            load(FreePortExamples.load(file));
            check(file.getFileName() + " fitted", problems);
            fx(() -> window.actions().actualSize.handler().run());
            check(file.getFileName() + " at 100%", problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void check(String where, List<String> problems) {
        problems.addAll(fx(() -> DrawnDiagram.problems(window, where)));
    }

    @Test
    void zoomedFarOutTheLabelsHideAndAHoveredWireShowsItsEndpointReadably(FxRobot robot) throws Exception {
        load(FreePortExamples.load("queue-device.json"));
        fx(() -> window.canvas().viewport().resetTo(0.35, 20, 200));
        Label label = robot.lookup("#wire-w-client-1 .wire-label").queryAs(Label.class);
        awaitFx("the endpoint label hidden far out", () -> !label.isVisible());
        Node hit = robot.lookup("#wire-w-client-1 .wire-hit").query();
        javafx.geometry.Point2D middle = fx(() -> {
            javafx.scene.shape.Line l = (javafx.scene.shape.Line) hit;
            return l.localToScreen((l.getStartX() + l.getEndX()) / 2, (l.getStartY() + l.getEndY()) / 2);
        });
        robot.moveTo(middle);
        awaitFx("the endpoint label shown while the wire is hovered", label::isVisible);
        double px = fx(() -> DrawnDiagram.texts(label).stream().mapToDouble(DrawnDiagram.DrawnText::screenPx).min().orElse(0));
        assertTrue(px >= 8.9, "readable: " + px + " px");
        robot.moveBy(0, 200);
        awaitFx("hidden again once the pointer leaves", () -> !label.isVisible());
        assertFalse(fx(label::isVisible));
    }
}
