package dev.zmqstudio.ui;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.ui.canvas.NodeGeometry;
import dev.zmqstudio.ui.canvas.NodeView;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Node boxes are as wide as their text: names and subtitles show whole, while running too, up to a maximum. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class NodeSizeTest extends SimulationFixture {
    private static final List<String> PIPELINE = List.of("producer", "consumer-1-in", "consumer-1-out", "consumer-2-in",
            "consumer-2-out", "consumer-3-in", "consumer-3-out", "collector");

    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    /** What a label shows on screen: its text, or less and "..." when its box cuts it. */
    private static String shown(FxRobot robot, String selector) {
        return fx(() -> {
            Label label = robot.lookup(selector).queryAs(Label.class);
            label.getScene().getRoot().applyCss();
            label.getScene().getRoot().layout();
            return ((Text) label.lookup(".text")).getText();
        });
    }

    private static String text(FxRobot robot, String selector) {
        return fx(() -> robot.lookup(selector).queryAs(Label.class).getText());
    }

    private void assertWhole(FxRobot robot, String when) {
        Set<String> titles = new HashSet<>();
        for (String id : PIPELINE) {
            String title = shown(robot, "#node-" + id + " .node-title");
            assertEquals(text(robot, "#node-" + id + " .node-title"), title, when + ": the title of " + id);
            assertEquals(text(robot, "#node-" + id + " .node-subtitle"), shown(robot, "#node-" + id + " .node-subtitle"),
                    when + ": the subtitle of " + id);
            titles.add(title);
        }
        assertEquals(PIPELINE.size(), titles.size(), when + ": every node told apart by its title: " + titles);
    }

    @Test
    void thePipelinesNodesShowTheirWholeNamesAndSubtitlesBeforeAndWhileRunning(FxRobot robot) throws Exception {
        load(FreePortExamples.load("pipeline.json"));
        fx(() -> window.actions().actualSize.handler().run());
        assertWhole(robot, "before the run");
        assertTrue(text(robot, "#node-producer .node-subtitle").startsWith("PUSH · generator  :"),
                "a local port is shown short: " + text(robot, "#node-producer .node-subtitle"));

        robot.clickOn("#run");
        waitUntil(60, () -> "10.0k".equals(text(robot, "#node-collector .node-count"))
                && "20.0k".equals(text(robot, "#node-producer .node-count")));
        assertWhole(robot, "with five-character counts");
    }

    @Test
    void aNameTooLongForTheWidestBoxIsCutAndShownWholeInATooltip(FxRobot robot) {
        String name = "A socket whose name goes on and on well past what any box should hold";
        load(new Topology("t", "", Settings.DEFAULTS, List.of(
                new SocketNode("long", name, SocketSpec.of(SocketType.PULL), Behaviour.Passive.INSTANCE, null, new Position(40, 40)),
                new SocketNode("short", "Short", SocketSpec.of(SocketType.PULL), Behaviour.Passive.INSTANCE, null, new Position(40, 200))),
                List.of(), List.of()));
        fx(() -> window.actions().actualSize.handler().run());
        NodeView longView = robot.lookup("#node-long").queryAs(NodeView.class);
        assertEquals(NodeGeometry.MAX_WIDTH, fx(() -> longView.box().getWidth()), 0.01, "at most the widest box");
        assertTrue(shown(robot, "#node-long .node-title").endsWith("..."), shown(robot, "#node-long .node-title"));
        assertNotNull(fx(longView::textTooltip), "the cut name has a tooltip");
        assertTrue(fx(() -> longView.textTooltip().getText()).startsWith(name + "\n"), fx(() -> longView.textTooltip().getText()));

        NodeView shortView = robot.lookup("#node-short").queryAs(NodeView.class);
        assertEquals(NodeGeometry.width(SocketType.PULL), fx(() -> shortView.box().getWidth()), 0.01, "a short name keeps the usual width");
        assertEquals(null, fx(shortView::textTooltip), "nothing cut, no tooltip");
    }
}
