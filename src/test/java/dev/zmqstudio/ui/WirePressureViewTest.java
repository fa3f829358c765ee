package dev.zmqstudio.ui;

import dev.zmqstudio.runtime.PressureTopologies;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A subscriber that cannot keep up: its wire turns red and says how many messages it lost, the others do not. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class WirePressureViewTest extends SimulationFixture {
    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    private static final PseudoClass FULL = PseudoClass.getPseudoClass("wire-full");

    private String rateLabel(FxRobot robot, String wireId) {
        return fx(() -> robot.lookup("#rate-" + wireId).tryQueryAs(Label.class)
                .filter(javafx.scene.Node::isVisible).map(Label::getText).orElse(""));
    }

    private boolean full(FxRobot robot, String wireId) {
        return fx(() -> robot.lookup("#wire-" + wireId).query().getPseudoClassStates().contains(FULL));
    }

    @Test
    void theJammedSubscribersWireIsMarkedWithItsLossesAndTheFastOneIsNot(FxRobot robot) throws Exception {
        load(PressureTopologies.jammedSubscriber(dev.zmqstudio.runtime.FreePorts.find(), 30_000));
        robot.clickOn("#run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rateLabel(robot, "to-slow").contains("dropped"));
        assertTrue(rateLabel(robot, "to-slow").matches(".*\u2265 [0-9.k]+ dropped"), rateLabel(robot, "to-slow"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> full(robot, "to-nobody"));
        assertTrue(rateLabel(robot, "to-nobody").endsWith("HWM"), "the pusher waits: " + rateLabel(robot, "to-nobody"));
        assertFalse(full(robot, "to-fast"), "the fast subscriber keeps up");
        assertFalse(rateLabel(robot, "to-fast").contains("HWM") || rateLabel(robot, "to-fast").contains("dropped"),
                rateLabel(robot, "to-fast"));
        fx(() -> window.editor().selection().selectOnly("to-slow"));
        robot.clickOn("#live-tab");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#live-queue").tryQuery().isPresent());
        assertTrue(fx(() -> robot.lookup("#live-queue").queryAs(Label.class).getText()).contains("messages dropped"));

        fx(() -> window.canvas().viewport().resetTo(0.1, 20, 20));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.canvas().detail()) == dev.zmqstudio.ui.canvas.LevelOfDetail.MAP);
        assertTrue(rateLabel(robot, "to-slow").contains("dropped"), "zoomed out to a map, a wire in trouble still says so: "
                + rateLabel(robot, "to-slow"));
    }

    @Test
    void zoomedOutToAMapTheRatesAreNotDrawnAndZoomedInTheyAre(FxRobot robot) throws Exception {
        load(dev.zmqstudio.model.Topology.empty("steady")
                .withNode(dev.zmqstudio.model.SocketNode.of("pusher", dev.zmqstudio.model.SocketType.PUSH,
                        new dev.zmqstudio.model.Behaviour.Generator("m {n}", 200, 0, java.util.List.of(), 1, false), "inproc://steady"))
                .withNode(dev.zmqstudio.model.SocketNode.of("puller", dev.zmqstudio.model.SocketType.PULL,
                        new dev.zmqstudio.model.Behaviour.Sink(false, null, null, null)))
                .withWire(dev.zmqstudio.model.Wire.of("w1", "puller", "pusher", "inproc://steady")));
        fx(() -> window.canvas().viewport().resetTo(1, 0, 0));
        robot.clickOn("#run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rateLabel(robot, "w1").endsWith("msg/s"));
        fx(() -> window.canvas().viewport().resetTo(0.1, 20, 20));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rateLabel(robot, "w1").isEmpty());
        fx(() -> window.canvas().viewport().resetTo(1, 0, 0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rateLabel(robot, "w1").endsWith("msg/s"));
    }
}
