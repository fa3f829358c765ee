package dev.zmqstudio.ui;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Press Run and watch: counts rise, tokens move, Stop and Run again, a failing node shows on its own. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class LiveSimulationTest extends SimulationFixture {
    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    private static Topology example(String name) throws Exception {
        return FreePortExamples.load(name);
    }

    private List<String> clientLines() {
        return fx(() -> List.copyOf(window.editor().console())).stream()
                .filter(l -> "weather-client".equals(l.nodeId()) && l.text().startsWith("Received message:"))
                .map(l -> l.text()).toList();
    }

    private long shownCount(FxRobot robot, String nodeId) {
        return fx(() -> Long.parseLong(robot.lookup("#node-" + nodeId + " .node-count").queryAs(Label.class).getText()));
    }

    @Test
    void pushPullCountsRiseTokensMoveAndRunningAgainReusesThePorts(FxRobot robot) throws Exception {
        load(example("push-pull.json"));
        for (int round = 0; round < 2; round++) {
            robot.clickOn("#run");
            waitUntil(15, () -> shownCount(robot, "puller") >= 2);
            waitUntil(5, () -> fx(() -> simulation.tokensInFlight()) > 0);
            assertTrue(fx(() -> robot.lookup("#node-puller").query().getPseudoClassStates()
                    .contains(PseudoClass.getPseudoClass("live-running"))), "the puller shows as running");
            assertTrue(fx(() -> window.editor().console().stream()
                    .anyMatch(l -> "puller".equals(l.nodeId()) && l.text().equals("Received message: Message 0: Data from the pusher"))));
            robot.clickOn("#stop");
            waitUntil(20, () -> fx(() -> !simulation.isRunning()));
            assertEquals("Stopped", status());
        }
    }

    @Test
    void whileRunningTheCountIsPaintedOverTheBadgeAndAfterStopTheBadgeShowsItAgain(FxRobot robot) throws Exception {
        load(example("push-pull.json"));
        fx(() -> window.canvas().zoomOut()); // zoomed: where the badge's own text is costly to draw
        robot.clickOn("#run");
        waitUntil(15, () -> shownCount(robot, "puller") >= 2);
        Label badge = robot.lookup("#node-puller .node-count").queryAs(Label.class);
        javafx.scene.text.Text ownText = (javafx.scene.text.Text) badge.lookup(".text");
        assertFalse(fx(ownText::isVisible), "running: the badge's own text is hidden");
        assertTrue(fx(() -> inkOnTokenCanvas(badge)) > 8, "running: the count's glyphs are painted where the badge is");

        robot.clickOn("#stop");
        waitUntil(20, () -> fx(() -> !simulation.isRunning()));
        assertTrue(fx(ownText::isVisible), "stopped: the badge shows its own text again");
        assertEquals(0, fx(() -> inkOnTokenCanvas(badge)), "stopped: nothing left painted over it");
    }

    /** Pixels of the token canvas (snapshot on white) over the badge that are not white: the glyphs painted there. */
    private int inkOnTokenCanvas(Label badge) {
        javafx.scene.canvas.Canvas tokens = (javafx.scene.canvas.Canvas) window.canvas().lookup("#tokens");
        javafx.scene.image.WritableImage image = tokens.snapshot(null, null);
        javafx.geometry.Bounds area = tokens.sceneToLocal(badge.localToScene(badge.getLayoutBounds()));
        int ink = 0;
        for (int x = (int) Math.max(0, area.getMinX()); x < Math.min(image.getWidth(), area.getMaxX()); x++) {
            for (int y = (int) Math.max(0, area.getMinY()); y < Math.min(image.getHeight(), area.getMaxY()); y++) {
                javafx.scene.paint.Color c = image.getPixelReader().getColor(x, y);
                if (c.getBrightness() < 0.9 || c.getSaturation() > 0.25) {
                    ink++;
                }
            }
        }
        return ink;
    }

    @Test
    void weatherClientCountMatchesTheEngineAndOnlyMatchingMessagesArrive(FxRobot robot) throws Exception {
        load(example("pubsub-weather.json"));
        robot.clickOn("#run");
        waitUntil(30, () -> {
            EngineSnapshot s = fx(() -> simulation.lastSnapshot());
            return s != null && s.node("weather-server").state() == NodeState.FINISHED;
        });
        waitUntil(30, () -> fx(() -> simulation.currentEngine().map(e -> e.isQuiet(Duration.ofMillis(500))).orElse(false)));
        waitUntil(15, () -> {
            long engine = fx(() -> simulation.lastSnapshot()).node("weather-client").received();
            return engine == shownCount(robot, "weather-client") && engine == clientLines().size();
        });
        EngineSnapshot s = fx(() -> simulation.lastSnapshot());
        long received = s.node("weather-client").received();
        assertTrue(received > 350, "about a sixth of 3000: " + received);
        assertEquals(received, shownCount(robot, "weather-client"), "the badge shows the engine's exact count");
        List<String> lines = clientLines();
        assertEquals(received, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.contains("Received message: 10001 ")), "only 10001");
        robot.clickOn("#node-weather-client");
        waitUntil(5, () -> robot.lookup("#live-received").tryQuery().isPresent());
        assertEquals(Long.toString(received), fx(() -> robot.lookup("#live-received").queryAs(Label.class).getText()),
                "the Live tab shows the selected node's exact count");
        List<String> recent = fx(() -> List.copyOf(robot.lookup("#live-messages")
                .queryAs(javafx.scene.control.ListView.class).getItems()).stream().map(Object::toString).toList());
        assertTrue(!recent.isEmpty() && recent.stream().allMatch(m -> m.startsWith("10001 ")), recent.toString());
    }

    @Test
    void aNodeThatCannotBindShowsItsErrorWhileTheOthersRun(FxRobot robot) throws Exception {
        try (ServerSocket squatter = new ServerSocket(0); ServerSocket free = new ServerSocket(0)) {
            int busy = squatter.getLocalPort();
            int port = free.getLocalPort();
            free.close();
            Topology t = new Topology("t", "", Settings.DEFAULTS, List.of(
                    new SocketNode("blocked", "", dev.zmqstudio.model.SocketSpec.of(SocketType.PUSH, "tcp://127.0.0.1:" + busy),
                            Behaviour.Generator.of("x", 1, 0), null, new Position(100, 100)),
                    new SocketNode("pusher", "", dev.zmqstudio.model.SocketSpec.of(SocketType.PUSH, "tcp://127.0.0.1:" + port),
                            Behaviour.Generator.of("m {n}", 20, 0), null, new Position(100, 300)),
                    new SocketNode("puller", "", dev.zmqstudio.model.SocketSpec.of(SocketType.PULL),
                            Behaviour.Sink.logging(), null, new Position(400, 300))),
                    List.of(Wire.of("w1", "puller", "pusher", "tcp://127.0.0.1:" + port)), List.of());
            load(t);
            robot.clickOn("#run");
            waitUntil(15, () -> shownCount(robot, "puller") >= 5);
            assertTrue(fx(() -> robot.lookup("#node-blocked").query().getPseudoClassStates()
                    .contains(PseudoClass.getPseudoClass("live-error"))), "the blocked node shows its error");
            assertTrue(fx(() -> robot.lookup("#node-puller").query().getPseudoClassStates()
                    .contains(PseudoClass.getPseudoClass("live-running"))));
            assertTrue(status().contains("blocked: cannot bind tcp://127.0.0.1:" + busy + ": address already in use"), status());
            assertEquals(List.of("blocked"), prompts.busyAsked.getFirst().stream().map(m -> m.nodeId()).toList(),
                    "asked before running about the port in use; the answer (Run Anyway) let the run go on");
        }
    }

    @Test
    void aNodeWhoseExpressionFailsShowsItsErrorCountOnItsBoxAndInTheLiveTab(FxRobot robot) {
        Topology t = new Topology("t", "", Settings.DEFAULTS, List.of(
                new SocketNode("pusher", "", dev.zmqstudio.model.SocketSpec.of(SocketType.PUSH, "inproc://failing"),
                        new Behaviour.Generator("m {n}", 0, 20, List.of(), 1, false), null, new Position(100, 100)),
                new SocketNode("sink", "", dev.zmqstudio.model.SocketSpec.of(SocketType.PULL),
                        new Behaviour.Sink(false, null, "n / 0", null), null, new Position(400, 100))),
                List.of(Wire.of("w1", "sink", "pusher", "inproc://failing")), List.of());
        load(t);
        assertFalse(onScreen(robot, "#node-sink .node-errors"), "no error before the run");
        robot.clickOn("#run");
        waitUntil(15, () -> "20 errors".equals(fx(() -> robot.lookup("#node-sink .node-errors").tryQuery()
                .map(n -> ((Label) n).getText()).orElse(""))));
        assertTrue(onScreen(robot, "#node-sink .node-errors"));
        assertTrue(fx(() -> robot.lookup("#node-sink").query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("live-errors"))), "the box shows it had errors");
        assertFalse(onScreen(robot, "#node-pusher .node-errors"), "its peer had none");
        assertEquals(20, shownCount(robot, "sink"), "it received every message");

        robot.clickOn("#node-sink");
        waitUntil(5, () -> robot.lookup("#live-errors").tryQuery().isPresent());
        assertEquals("20", fx(() -> robot.lookup("#live-errors").queryAs(Label.class).getText()));
        assertEquals("aggregate of node sink 'n / 0' failed on message 'm 0': division by zero (line 1, column 5)",
                fx(() -> robot.lookup("#live-first-error").queryAs(Label.class).getText()));
        waitUntil(10, () -> fx(() -> window.editor().console().stream()
                .anyMatch(l -> "sink".equals(l.nodeId()) && l.text().startsWith("error: 19 more failures (20 in all)"))));
        List<String> errorLines = fx(() -> window.editor().console().stream()
                .filter(l -> "sink".equals(l.nodeId()) && l.text().startsWith("error: ")).map(l -> l.text()).toList());
        assertEquals(2, errorLines.size(), "the first error in full, then one line counting the others: " + errorLines);
        assertEquals("error: aggregate of node sink 'n / 0' failed on message 'm 0': division by zero (line 1, column 5)",
                errorLines.getFirst());

        robot.clickOn("#stop");
        waitUntil(20, () -> fx(() -> !simulation.isRunning()));
        assertEquals("Stopped — 1 node had errors; sink: aggregate of node sink 'n / 0' failed on message 'm 0':"
                + " division by zero (line 1, column 5)", status());
        assertEquals("20 errors", fx(() -> robot.lookup("#node-sink .node-errors").queryAs(Label.class).getText()),
                "the count stays on the box after the run");
    }

    @Test
    void aFileThatLaunchesProgramsRunsOnlyOnceTheUserTrustsIt(FxRobot robot) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Topology t = new Topology("t", "", Settings.DEFAULTS, List.of(
                new SocketNode("pusher", "", dev.zmqstudio.model.SocketSpec.of(SocketType.PUSH, "tcp://127.0.0.1:" + port),
                        Behaviour.Generator.of("m {n}", 5, 0), null, new Position(100, 100)),
                new SocketNode("worker", "", dev.zmqstudio.model.SocketSpec.of(SocketType.PULL), Behaviour.Passive.INSTANCE,
                        dev.zmqstudio.model.Placement.EXTERNAL, new Position(400, 100))
                        .withCommand(dev.zmqstudio.model.Command.of("/bin/sh", "-c", "echo hello-from-worker; sleep 30"))),
                List.of(Wire.of("w1", "worker", "pusher", "tcp://127.0.0.1:" + port)), List.of());
        load(t);
        prompts.trust = false;
        robot.clickOn("#run");
        assertEquals(1, prompts.trustAsked.size(), "the user is asked before anything starts");
        assertEquals(List.of("worker: /bin/sh -c \"echo hello-from-worker; sleep 30\""), prompts.trustAsked.getFirst());
        assertTrue(fx(() -> !simulation.isRunning()), "refused: nothing runs");
        assertEquals("Not run: the file launches programs you did not trust", status());
        prompts.trust = true;
        robot.clickOn("#run");
        waitUntil(15, () -> fx(() -> window.editor().console().stream().anyMatch(l -> "worker".equals(l.nodeId()) && l.text().equals("hello-from-worker"))));
        robot.clickOn("#stop");
        waitUntil(20, () -> fx(() -> !simulation.isRunning()));
        robot.clickOn("#run");
        assertEquals(2, prompts.trustAsked.size(), "a trusted file is not asked about again in the same session");
    }

    @Test
    void aNodeInAChildProcessCountsAndAnimatesLikeTheOthers(FxRobot robot) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Topology t = new Topology("t", "", Settings.DEFAULTS, List.of(
                new SocketNode("pusher", "", dev.zmqstudio.model.SocketSpec.of(SocketType.PUSH, "tcp://127.0.0.1:" + port),
                        Behaviour.Generator.of("m {n}", 20, 0), null, new Position(100, 100)),
                new SocketNode("child", "", dev.zmqstudio.model.SocketSpec.of(SocketType.PULL), Behaviour.Sink.logging(),
                        dev.zmqstudio.model.Placement.CHILD_PROCESS, new Position(400, 100))),
                List.of(Wire.of("w1", "child", "pusher", "tcp://127.0.0.1:" + port)), List.of());
        load(t);
        robot.clickOn("#run");
        waitUntil(30, () -> shownCount(robot, "child") >= 5);
        waitUntil(5, () -> fx(() -> simulation.tokensInFlight()) > 0);
        assertTrue(fx(() -> window.editor().console().stream().anyMatch(l -> "child".equals(l.nodeId()) && l.text().equals("Received message: m 0"))));
        long pid = fx(() -> simulation.currentEngine().orElseThrow().child("child").orElseThrow().pid());
        assertTrue(ProcessHandle.of(pid).isPresent(), "the node runs in its own process");

        robot.rightClickOn("#node-child");
        robot.clickOn("Kill node");
        waitUntil(5, () -> fx(() -> robot.lookup("#node-child").query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("live-stopped"))));
        assertFalse(onScreen(robot, "#node-child .node-errors"), "killed on purpose: no error");
        waitUntil(5, () -> ProcessHandle.of(pid).isEmpty());
        assertTrue(fx(() -> robot.lookup("#node-pusher").query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("live-running"))), "its peer keeps running");
        long before = shownCount(robot, "child");

        robot.rightClickOn("#node-child");
        robot.clickOn("Restart node");
        waitUntil(30, () -> shownCount(robot, "child") > before + 3);
        long restarted = fx(() -> simulation.currentEngine().orElseThrow().child("child").orElseThrow().pid());
        assertTrue(restarted != pid, "a new process");

        robot.clickOn("#stop");
        waitUntil(20, () -> fx(() -> !simulation.isRunning()));
        waitUntil(5, () -> ProcessHandle.of(restarted).isEmpty());
    }
}
