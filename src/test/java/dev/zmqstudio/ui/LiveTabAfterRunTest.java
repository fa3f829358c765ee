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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Live tab reads a wire the way its data goes, answers for the run that ended, and forgets it on File > New. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class LiveTabAfterRunTest extends SimulationFixture {
    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    private String title(FxRobot robot) {
        return fx(() -> robot.lookup("#live-inspector .live-title").queryAs(Label.class).getText());
    }

    @Test
    void aWireReadsSenderToReceiverAndAfterStopANodeStillShowsItsFinalNumbersUntilFileNew(FxRobot robot) throws Exception {
        load(FreePortExamples.load("push-pull.json")); // the puller connects to the pusher, which binds
        robot.clickOn("#run");
        fx(() -> window.editor().selection().selectOnly("w1"));
        waitUntil(20, () -> title(robot).startsWith("wire w1 · pusher → puller, pusher binds · "));

        waitUntil(20, () -> fx(() -> simulation.lastSnapshot()).node("puller").received() == 10);
        robot.clickOn("#stop");
        waitUntil(20, () -> fx(() -> !simulation.isRunning()));
        fx(() -> window.editor().selection().selectOnly("puller"));
        waitUntil(5, () -> title(robot).startsWith("puller · PULL · "));
        assertEquals("10", fx(() -> robot.lookup("#live-received").queryAs(Label.class).getText()),
                "selected after Stop: the run's final count");

        fx(() -> window.actions().newDoc.handler().run());
        waitUntil(5, () -> fx(() -> window.editor().topology().nodes().isEmpty()));
        assertEquals("Select a node or wire while running to see its numbers.", title(robot),
                "a new document shows nothing of the previous one's run");
        assertTrue(robot.lookup("#live-received").tryQuery().isEmpty());
    }

    @Test
    void aFileOpenedWhileRunningDoesNotShowTheRunsNumbersOnItsNodesAfterStop(FxRobot robot) throws Exception {
        load(FreePortExamples.load("push-pull.json"));
        robot.clickOn("#run");
        waitUntil(20, () -> fx(() -> simulation.lastSnapshot()) != null
                && fx(() -> simulation.lastSnapshot()).node("puller").received() >= 1);
        // Another file with the same node ids, opened while the first one runs.
        dev.zmqstudio.model.Topology other = FreePortExamples.load("push-pull.json");
        fx(() -> window.editor().document().replace(other, null));
        robot.clickOn("#stop");
        waitUntil(20, () -> fx(() -> !simulation.isRunning()));
        fx(() -> window.editor().selection().selectOnly("puller"));
        waitUntil(5, () -> title(robot).equals("Select a node or wire while running to see its numbers."));
        assertTrue(robot.lookup("#live-received").tryQuery().isEmpty(), "no count of the other document's run");
    }
}
