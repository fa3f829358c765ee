package dev.zmqstudio.ui;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.FreePorts;
import dev.zmqstudio.ui.canvas.WireView;
import javafx.css.PseudoClass;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A wire from a program we do not run shows whether that program is connected, as our socket's monitor sees it. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class ExternalWireViewTest extends SimulationFixture {
    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    private boolean shows(FxRobot robot, String state) {
        return fx(() -> robot.lookup("#wire-w1").query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("wire-" + state)));
    }

    private String tip(FxRobot robot) {
        return fx(() -> robot.lookup("#wire-w1").queryAs(WireView.class).tooltipText());
    }

    @Test
    void theProgramsWireIsPendingUntilItConnectsThenConnectedThenDisconnectedWhenItLeaves(FxRobot robot) {
        int port = FreePorts.find();
        load(Topology.empty("external")
                .withNode(SocketNode.of("puller", SocketType.PULL, Behaviour.Sink.logging(), "tcp://127.0.0.1:" + port))
                .withNode(SocketNode.of("program", SocketType.PUSH, Behaviour.Passive.INSTANCE).withPlacement(Placement.EXTERNAL))
                .withWire(Wire.of("w1", "program", "puller", "tcp://127.0.0.1:" + port)));
        robot.clickOn("#run");
        waitUntil(20, () -> shows(robot, "pending") && tip(robot).contains("pending"));
        try (ZContext zmq = new ZContext()) {
            ZMQ.Socket push = dev.zmqstudio.runtime.ProgramSockets.create(zmq, org.zeromq.SocketType.PUSH);
            push.connect("tcp://127.0.0.1:" + port);
            push.send("hello from the program");
            waitUntil(20, () -> shows(robot, "connected") && tip(robot).contains("connected \u00b7 1 message"));
            assertTrue(!shows(robot, "pending"), "one state at a time");
            zmq.destroySocket(push);
            waitUntil(20, () -> shows(robot, "disconnected") && tip(robot).contains("disconnected"));
        }
    }
}
