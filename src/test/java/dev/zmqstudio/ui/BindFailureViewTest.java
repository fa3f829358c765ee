package dev.zmqstudio.ui;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineOptions;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.runtime.engine.NodeState;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes bind one port: the validator refuses that within one file, so here the other is a node of another run
 * (an example opened twice). The second bind fails; the node that could not bind says so under its box, with the
 * fix, and the wire to it says it is not connected, not "HWM", although its sender's queue is full.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class BindFailureViewTest extends SimulationFixture {
    private static final PseudoClass FULL = PseudoClass.getPseudoClass("wire-full");
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("wire-broken");

    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    @Test
    void aNodeThatCannotBindSaysWhyAndTheFixAndItsWireIsNotShownAsQueuePressure(FxRobot robot) throws Exception {
        int port = FreePorts.find();
        String endpoint = "tcp://127.0.0.1:" + port;
        Topology first = new Topology("first", "", Settings.DEFAULTS, List.of(
                new SocketNode("squatter", "", SocketSpec.of(SocketType.PUSH, endpoint), Behaviour.Passive.INSTANCE, null,
                        new Position(0, 0))), List.of(), List.of());
        try (Engine other = new Engine(first, EngineOptions.logTo((node, text) -> { }))) {
            other.start();
            load(new Topology("second", "", Settings.DEFAULTS, List.of(
                    new SocketNode("pusher", "Pusher", SocketSpec.of(SocketType.PUSH),
                            new Behaviour.Generator("m {n}", 0, 1_000_000, List.of(), 1, false), null, new Position(60, 100)),
                    new SocketNode("sink", "Sink", SocketSpec.of(SocketType.PULL, endpoint), Behaviour.Sink.logging(), null,
                            new Position(420, 100))),
                    List.of(Wire.of("w1", "pusher", "sink", endpoint)), List.of()));
            robot.clickOn("#run");
            // The run reaches the state of the report: the bind failed, and the pusher's queue towards the port is full.
            waitUntil(30, () -> {
                EngineSnapshot s = fx(() -> simulation.lastSnapshot());
                return s != null && s.node("sink").state() == NodeState.ERROR && s.wire("w1").full();
            });

            Label failure = robot.lookup("#node-sink .node-failure").queryAs(Label.class);
            awaitFx("the failure under the sink's box", failure::isVisible);
            String said = fx(failure::getText);
            assertTrue(said.contains("Cannot bind: port " + port + " is in use"), said);
            assertTrue(said.contains("Fix: stop what holds it, or bind a free port"), said);
            assertTrue(fx(() -> failure.localToScene(failure.getBoundsInLocal()).getMinY()
                    >= robot.lookup("#node-sink .node-body").query().localToScene(
                            robot.lookup("#node-sink .node-body").query().getBoundsInLocal()).getMaxY()),
                    "under the box, not over its title");

            awaitFx("the wire says why", () -> robot.lookup("#rate-w1").tryQueryAs(Label.class)
                    .filter(Node::isVisible).map(l -> l.getText().contains("not connected")).orElse(false));
            String onWire = fx(() -> robot.lookup("#rate-w1").queryAs(Label.class).getText());
            assertTrue(onWire.contains("not connected: :" + port + " in use"), onWire);
            assertFalse(onWire.contains("HWM") || onWire.contains("msg/s"), onWire);
            Node wire = robot.lookup("#wire-w1").query();
            assertTrue(fx(() -> wire.getPseudoClassStates().contains(BROKEN)), "drawn as broken");
            assertFalse(fx(() -> wire.getPseudoClassStates().contains(FULL)), "not drawn as queue pressure");
        }
    }
}
