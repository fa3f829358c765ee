package dev.zmqstudio.ui;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.ui.edit.PortMove;
import dev.zmqstudio.ui.edit.PortPicker;
import dev.zmqstudio.ui.edit.PortProbe;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ports another program holds: a new wire steps over them, and Run offers a free one instead. The "other program" is
 * a server socket of this test on an ephemeral port; the designer's picks start there, never at the classic ports.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class PortsOnTheMachineTest extends SimulationFixture {

    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    private static ServerSocket otherProgram() throws Exception {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    /** New binds from {@code first} on, free on this machine. */
    private void picksFrom(int first) {
        fx(() -> window.editor().usePorts(new PortPicker(first, PortProbe.machine())));
    }

    @Test
    void aNewWireSkipsAPortAnotherProgramHolds(FxRobot robot) throws Exception {
        try (ServerSocket other = otherProgram()) {
            int held = other.getLocalPort();
            picksFrom(held);
            dragFromPalette(robot, "PUSH", 150, 150);
            dragFromPalette(robot, "PULL", 500, 300);
            wire(robot, "push-1", "main", "pull-1");
            Topology t = topology();
            String bind = t.node("pull-1").orElseThrow().socket(Side.MAIN).binds().getFirst();
            int port = dev.zmqstudio.ui.edit.Ports.tcpPort(bind).orElseThrow();
            assertTrue(port > held, "the first candidate, " + held + ", is held: " + bind);
            assertTrue(bind.startsWith("tcp://127.0.0.1:"), "new binds stay on the loopback: " + bind);
            assertEquals(bind, t.wire("wire-1").orElseThrow().endpoint());
            try (ServerSocket mine = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
                assertEquals(port, mine.getLocalPort(), "the port picked was free on the machine");
            }
        }
    }

    private Topology pushPullOn(int port) {
        return new Topology("t", "", Settings.DEFAULTS, List.of(
                new SocketNode("pusher", "", SocketSpec.of(SocketType.PUSH, "tcp://127.0.0.1:" + port),
                        Behaviour.Generator.of("m {n}", 20, 0), null, new Position(100, 100)),
                new SocketNode("puller", "", SocketSpec.of(SocketType.PULL), Behaviour.Sink.logging(), null,
                        new Position(400, 100))),
                List.of(Wire.of("w1", "puller", "pusher", "tcp://127.0.0.1:" + port)), List.of());
    }

    private long shownCount(FxRobot robot, String nodeId) {
        return fx(() -> Long.parseLong(robot.lookup("#node-" + nodeId + " .node-count").queryAs(Label.class).getText()));
    }

    @Test
    void runOffersAFreePortForOneInUseAndUseMovesTheBindAndItsWires(FxRobot robot) throws Exception {
        try (ServerSocket other = otherProgram(); ServerSocket base = otherProgram()) {
            int held = other.getLocalPort();
            int first = base.getLocalPort();
            base.close(); // the port the designer will offer: free again
            picksFrom(first);
            load(pushPullOn(held));
            prompts.busyPorts = Prompts.BusyPorts.USE_FREE_PORTS;
            robot.clickOn("#run");
            waitUntil(15, () -> shownCount(robot, "puller") >= 3);
            assertEquals(List.of(List.of(new PortMove("pusher", Side.MAIN, "tcp://127.0.0.1:" + held,
                    "tcp://127.0.0.1:" + first))), prompts.busyAsked);
            Topology t = topology();
            assertEquals(List.of("tcp://127.0.0.1:" + first), t.node("pusher").orElseThrow().socket(Side.MAIN).binds());
            assertEquals("tcp://127.0.0.1:" + first, t.wire("w1").orElseThrow().endpoint(), "the wire follows its bind");
            assertTrue(fx(() -> window.editor().console().stream().anyMatch(l -> l.text().equals("Run: port " + held
                    + " of pusher is in use by another program; pusher now binds tcp://127.0.0.1:" + first))));
            robot.clickOn("#stop");
            waitUntil(20, () -> fx(() -> !simulation.isRunning()));
            fx(() -> window.editor().undo());
            assertEquals(pushPullOn(held), topology(), "the move is one undoable edit");
        }
    }

    @Test
    void cancelRunsNothingAndChangesNothing(FxRobot robot) throws Exception {
        try (ServerSocket other = otherProgram()) {
            int held = other.getLocalPort();
            load(pushPullOn(held));
            prompts.busyPorts = Prompts.BusyPorts.CANCEL;
            robot.clickOn("#run");
            waitUntil(10, () -> !prompts.busyAsked.isEmpty());
            awaitFx("the status says why nothing runs", () -> status().startsWith("Not run"));
            assertEquals("Not run: port " + held + " of pusher is in use by another program", status());
            assertFalse(fx(() -> simulation.isRunning()));
            assertEquals(pushPullOn(held), topology());
            assertTrue(fx(() -> window.editor().console().stream().noneMatch(l -> l.text().startsWith("Run: starting"))));
            assertTrue(fx(() -> robot.lookup("#run").query().isDisable()) == false, "Run can be pressed again");
        }
    }
}
