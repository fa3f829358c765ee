package dev.zmqstudio.ui;

import dev.zmqstudio.ui.experiment.ExperimentView;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Run > Experiments runs a sweep off the FX thread, with progress, a chart filling in run by run, and a table. */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class ExperimentsViewTest extends DesignerFixture {
    private static final String SPEC = """
            {"name": "tiny-ui", "description": "two hosts, direct and through a broker", "kind": "tree",
             "options": {"depth": 1, "fanout": 2, "rate": 20, "hopMs": 5},
             "vary": {"mode": ["direct", "broker"]}, "duration": "1s"}""";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aSweepRunsFromTheRunMenuAndItsChartAndTableFillIn(FxRobot robot, @TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("tiny-ui.json"), SPEC);
        dialogs.answers.add(spec);
        fx(() -> window.actions().experiments.handler().run());
        ExperimentView view = robot.lookup("#experiment-view").queryAs(ExperimentView.class);
        robot.clickOn("#experiment-choose");
        assertEquals("tiny-ui: tiny-ui.json, 2 runs of 1.0 s", fx(() -> robot.lookup("#experiment-spec").queryAs(Label.class).getText()));
        robot.clickOn("#experiment-run");
        ExperimentView v = view;
        waitUntil(90, () -> fx(() -> !v.running() && v.status().startsWith("Wrote ")));
        assertEquals(Map.of("direct p50", 1, "direct p99", 1, "broker p50", 1, "broker p99", 1), fx(v::pointsPerSeries));
        assertEquals(2, fx(() -> robot.lookup("#experiment-table").queryAs(TableView.class).getItems().size()));
        String status = fx(v::status);
        Path output = Path.of(status.substring("Wrote ".length(), status.indexOf(": report.md")));
        assertTrue(Files.exists(output.resolve("report.md")) && Files.exists(output.resolve("latency-vs-hosts.png")), status);
        assertTrue(output.getFileName().toString().startsWith("tiny-ui-"), output.toString());
    }
}
