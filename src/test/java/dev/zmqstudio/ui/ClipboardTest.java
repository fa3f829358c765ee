package dev.zmqstudio.ui;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class ClipboardTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void pair() {
        load(new Topology("pair", "", Settings.DEFAULTS, List.of(
                Samples.socket("push-1", SocketType.PUSH, Behaviour.Generator.of("m {n}", 1, 0), 100, 100),
                Samples.socket("pull-1", SocketType.PULL, Behaviour.Sink.logging(), 400, 100, "tcp://127.0.0.1:5555")),
                List.of(Wire.of("wire-1", "push-1", "pull-1", "tcp://127.0.0.1:5555")), List.of()));
    }

    @Test
    void copyPasteKeepsTheWireAmongCopiesOnAFreshPort(FxRobot robot) {
        robot.clickOn("#canvas");
        fx(() -> window.actions().selectAll.handler().run());
        fx(() -> window.actions().copy.handler().run());
        fx(() -> window.actions().paste.handler().run());
        Topology t = topology();
        assertEquals(4, robot.lookup(".node-view").queryAll().size());
        assertEquals(List.of("tcp://127.0.0.1:5601"), t.node("pull-2").orElseThrow().socket(Side.MAIN).binds());
        assertEquals(new Wire("wire-2", "push-2", Side.MAIN, "pull-2", Side.MAIN, "tcp://127.0.0.1:5601"),
                t.wire("wire-2").orElseThrow());
        assertEquals(130, t.node("push-2").orElseThrow().position().x(), 0.001);
        assertEquals(1, robot.lookup("#wire-wire-2").queryAll().size());
        assertEquals(Set.of("push-2", "pull-2"), fx(() -> Set.copyOf(window.editor().selection().ids())));
        fx(() -> window.actions().paste.handler().run());
        assertEquals(List.of("tcp://127.0.0.1:5602"), topology().node("pull-3").orElseThrow().socket(Side.MAIN).binds());
        assertEquals(160, topology().node("push-3").orElseThrow().position().x(), 0.001);
    }

    @Test
    void duplicatingOneNodeLeavesItsOutsideWiresBehind(FxRobot robot) {
        robot.clickOn("#node-pull-1");
        fx(() -> window.actions().duplicate.handler().run());
        Topology t = topology();
        assertEquals(List.of("tcp://127.0.0.1:5601"), t.node("pull-2").orElseThrow().socket(Side.MAIN).binds());
        assertEquals(1, t.wires().size());
        fx(() -> window.editor().undo());
        assertEquals(2, robot.lookup(".node-view").queryAll().size());
    }

    @Test
    void cutRemovesAndPasteBringsBack(FxRobot robot) {
        robot.clickOn("#node-push-1");
        fx(() -> window.actions().cut.handler().run());
        assertEquals(0, robot.lookup("#node-push-1").queryAll().size());
        assertEquals(0, topology().wires().size());
        fx(() -> window.actions().paste.handler().run());
        assertEquals(1, robot.lookup("#node-push-1").queryAll().size(), "the id is free again, so the copy takes it");
        assertEquals(130, topology().node("push-1").orElseThrow().position().x(), 0.001);
    }
}
