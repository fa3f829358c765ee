package dev.zmqstudio.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Run in the designer publishes the nodes' lines too: pub-logger.json's logger counts them per level in the Live tab. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class LogPublisherRunTest extends SimulationFixture {
    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    private static String countsBy(FxRobot robot) {
        return fx(() -> robot.lookup("#live-counts-by").tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    @Test
    void theLoggerOfPubLoggerCountsEveryWorkersLinePerLevel(FxRobot robot) throws Exception {
        load(FreePortExamples.load("pub-logger.json"));
        robot.clickOn("#run");
        robot.clickOn("#node-logger");
        robot.clickOn("#live-tab");
        waitUntil(30, () -> countsBy(robot).equals("INFO 20, WARNING 20"));
        assertEquals("INFO 20, WARNING 20", countsBy(robot), "every line of the 40 jobs, by level");
    }
}
