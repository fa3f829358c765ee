package dev.zmqstudio.ui;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.ScenarioAction;
import dev.zmqstudio.model.ScenarioEvent;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.model.WireFaults;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.ui.canvas.ScenarioStrip;
import dev.zmqstudio.ui.canvas.WireView;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Line;
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

/**
 * A wire's faults on the canvas: latency named in its label and drawn dashed, a cut drawn broken; Cut wire and Heal
 * wire from its context menu are undoable edits that a run applies at once (ZeroMQ retries, then connects again).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class WireFaultsViewTest extends SimulationFixture {
    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    private boolean shows(FxRobot robot, String pseudoClass) {
        return fx(() -> robot.lookup("#wire-w1").query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass(pseudoClass)));
    }

    private String label(FxRobot robot) {
        return fx(() -> robot.lookup("#wire-w1").queryAs(WireView.class).label().getText());
    }

    private boolean consoleSays(String text) {
        return fx(() -> window.editor().console().stream().anyMatch(l -> l.text().contains(text)));
    }

    private void rightClickWire(FxRobot robot) {
        Line hit = robot.lookup("#wire-w1 .wire-hit").queryAs(Line.class);
        Point2D mid = fx(() -> hit.localToScreen((hit.getStartX() + hit.getEndX()) / 2, (hit.getStartY() + hit.getEndY()) / 2));
        robot.moveTo(mid).clickOn(MouseButton.SECONDARY);
    }

    private void load(int port, WireFaults faults) {
        String endpoint = "tcp://127.0.0.1:" + port;
        load(Topology.empty("faults")
                .withNode(SocketNode.of("pusher", SocketType.PUSH, Behaviour.Generator.of("m {n}", 50, 0), endpoint))
                .withNode(SocketNode.of("puller", SocketType.PULL, Behaviour.Sink.logging())
                        .withPosition(new dev.zmqstudio.model.Position(400, 0)))
                .withWire(new Wire("w1", "puller", Side.MAIN, "pusher", Side.MAIN, endpoint, faults)));
    }

    @Test
    void latencyIsNamedOnTheWireAndACutIsDrawnBroken(FxRobot robot) {
        load(FreePorts.find(), WireFaults.NONE.withLatency(20, 5));
        assertTrue(label(robot).startsWith("+20 ms ±5 · "), label(robot));
        assertTrue(shows(robot, "faulted"));
        assertFalse(shows(robot, "cut"));
        rightClickWire(robot);
        robot.clickOn("#cut-wire");
        assertTrue(topology().wire("w1").orElseThrow().faults().cut());
        assertTrue(label(robot).startsWith("✂ cut · "), label(robot));
        assertTrue(shows(robot, "cut"));
        assertFalse(shows(robot, "faulted"));
        fx(() -> window.editor().undo());
        assertFalse(topology().wire("w1").orElseThrow().faults().cut(), "Cut wire is one undo step");
    }

    @Test
    void cutAndHealApplyToTheRunningSystem(FxRobot robot) {
        load(FreePorts.find(), WireFaults.NONE);
        robot.clickOn("#run");
        waitUntil(30, () -> shows(robot, "wire-connected") && consoleSays("m 3"));
        rightClickWire(robot);
        robot.clickOn("#cut-wire");
        waitUntil(30, () -> consoleSays("Wire w1: cut (applied to the running system)")
                && (shows(robot, "wire-retrying") || shows(robot, "wire-disconnected")));
        assertTrue(shows(robot, "cut"));
        rightClickWire(robot);
        robot.clickOn("#heal-wire");
        waitUntil(30, () -> consoleSays("Wire w1: no faults (applied to the running system)") && shows(robot, "wire-connected"));
        assertEquals(false, topology().wire("w1").orElseThrow().faults().cut());
    }

    @Test
    void theScenarioShowsAsATimelineThatMarksEachEventAsTheRunAppliesIt(FxRobot robot) {
        load(FreePorts.find(), null);
        ScenarioStrip strip = robot.lookup("#scenario-strip").queryAs(ScenarioStrip.class);
        assertFalse(fx(strip::isVisible), "no scenario, no strip");
        fx(() -> window.editor().execute(dev.zmqstudio.ui.edit.Edits.changeTopology("scenario", t -> t.withScenario(List.of(
                ScenarioEvent.of(600, ScenarioAction.HEAL, "w1"),
                ScenarioEvent.of(300, ScenarioAction.CUT, "w1"))))));
        assertTrue(fx(strip::isVisible));
        assertEquals(List.of("300ms cut w1", "600ms heal w1"), fx(strip::labels));
        assertEquals(List.of(false, false), fx(strip::applied));
        robot.clickOn("#run");
        waitUntil(30, () -> fx(strip::applied).equals(List.of(true, true)));
        assertTrue(consoleSays(" s cut w1") && consoleSays(" s heal w1"), "the console logs each event as it is applied");
    }

    private boolean nodeShows(FxRobot robot, String node, String pseudoClass) {
        return fx(() -> robot.lookup("#node-" + node).query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass(pseudoClass)));
    }

    @Test
    void aRunningNodeCanBePausedResumedKilledAndRestartedFromItsMenu(FxRobot robot) {
        load(FreePorts.find(), null);
        robot.clickOn("#run");
        waitUntil(30, () -> nodeShows(robot, "puller", "live-running") && consoleSays("m 2"));
        robot.rightClickOn("#node-puller");
        robot.clickOn("#pause-node");
        waitUntil(30, () -> nodeShows(robot, "puller", "live-paused"));
        robot.rightClickOn("#node-puller");
        robot.clickOn("#resume-node");
        waitUntil(30, () -> nodeShows(robot, "puller", "live-running"));
        assertTrue(consoleSays("Pause node puller") && consoleSays("Resume node puller"));
        robot.rightClickOn("#node-puller");
        robot.clickOn("#kill-node");
        waitUntil(30, () -> nodeShows(robot, "puller", "live-stopped"));
        robot.rightClickOn("#node-puller");
        robot.clickOn("#restart-node");
        waitUntil(30, () -> nodeShows(robot, "puller", "live-running"));
    }

    @Test
    void theFaultsTabListsFaultedWiresAndCutsHealsAddsAndRemovesThem(FxRobot robot) {
        load(FreePorts.find(), null);
        javafx.scene.control.Tab tab = fx(() -> robot.lookup("#bottom-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getTabs().stream().filter(t -> "faults-tab".equals(t.getId())).findFirst().orElseThrow());
        fx(() -> tab.getTabPane().getSelectionModel().select(tab));
        assertEquals("Faults", fx(tab::getText));
        fx(() -> window.editor().selection().selectOnly("w1"));
        robot.clickOn("#faults-add");
        assertEquals("Faults (1)", fx(tab::getText));
        assertEquals(WireFaults.NONE, topology().wire("w1").orElseThrow().faults());
        javafx.scene.control.TableView<?> table = robot.lookup("#faults-table").queryAs(javafx.scene.control.TableView.class);
        fx(() -> table.getSelectionModel().select(0));
        robot.clickOn("#faults-cut");
        assertTrue(topology().wire("w1").orElseThrow().faults().cut());
        assertTrue(shows(robot, "cut"), "the canvas shows the cut");
        robot.clickOn("#faults-heal");
        assertFalse(topology().wire("w1").orElseThrow().faults().cut());
        robot.clickOn("#faults-remove");
        assertEquals(null, topology().wire("w1").orElseThrow().faults());
        assertEquals("Faults", fx(tab::getText));
        fx(() -> window.editor().execute(dev.zmqstudio.ui.edit.Edits.changeTopology("scenario", t -> t.withScenario(List.of(
                ScenarioEvent.of(1500, ScenarioAction.CUT, "w1"))))));
        assertEquals(List.of("1.5s   cut w1"), fx(() -> List.copyOf(robot.lookup("#faults-scenario")
                .queryAs(javafx.scene.control.ListView.class).getItems())));
    }
}
