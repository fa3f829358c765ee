package dev.zmqstudio.ui;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.generate.TopologyGenerator;
import dev.zmqstudio.ui.canvas.LevelOfDetail;
import dev.zmqstudio.ui.canvas.NodeView;
import dev.zmqstudio.ui.canvas.WireView;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.shape.Path;
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
 * What keeps a large diagram fast to pan and zoom, as a user sees it: up close, what is far outside the window is not
 * drawn and comes back as it is panned into view; zoomed out to a map, every node is a box and the wires are drawn
 * as one path (hovering one still shows its endpoint), and they come back one by one when zoomed in again.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class LargeDiagramTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static Topology pipeline(int workers) {
        return new TopologyGenerator(6101, 10, 0).pipeline(workers);
    }

    private Bounds canvasOnScreen(FxRobot robot) {
        Node canvas = robot.lookup("#canvas").query();
        return fx(() -> canvas.localToScreen(canvas.getLayoutBounds()));
    }

    /** The node views drawn now whose box lies, or does not lie, in the window. */
    private List<String> drawn(FxRobot robot, boolean inWindow) {
        Bounds view = canvasOnScreen(robot);
        return fx(() -> window.editor().topology().nodes().stream().map(n -> window.canvas().nodeView(n.id()))
                .filter(Node::isVisible)
                .filter(v -> view.intersects(v.localToScreen(v.getLayoutBounds())) == inWindow)
                .map(NodeView::nodeId).toList());
    }

    private List<String> hidden(FxRobot robot) {
        Bounds view = canvasOnScreen(robot);
        return fx(() -> window.editor().topology().nodes().stream().map(n -> window.canvas().nodeView(n.id()))
                .filter(v -> !v.isVisible() && view.intersects(v.localToScreen(v.getLayoutBounds())))
                .map(NodeView::nodeId).toList());
    }

    @Test
    void upCloseOnlyWhatIsNearTheWindowIsDrawnAndPanningBringsTheRestBack(FxRobot robot) {
        load(pipeline(150)); // 302 nodes: enough to cull
        fx(() -> window.canvas().home());
        long drawnNodes = fx(() -> window.editor().topology().nodes().stream()
                .filter(n -> window.canvas().nodeView(n.id()).isVisible()).count());
        assertTrue(drawnNodes < 150, "at 100% only the nodes near the window are drawn: " + drawnNodes + " of 302");
        assertEquals(List.of(), hidden(robot), "every node in the window is drawn");
        String far = "worker-150-out";
        assertFalse(fx(() -> window.canvas().nodeView(far).isVisible()), far + " is far away, not drawn");

        fx(() -> window.canvas().reveal(far));
        assertTrue(fx(() -> window.canvas().nodeView(far).isVisible()), "panned into view, it is drawn");
        assertEquals(List.of(), hidden(robot), "every node in the window is drawn after the pan");
        assertFalse(drawn(robot, true).isEmpty());
        WireView wire = robot.lookup("#wire-results-150").queryAs(WireView.class);
        assertTrue(fx(wire::isVisible), "its wire is drawn too");
    }

    @Test
    void openedAsAMapTheBoxesMakeTheirTextOnlyWhereTheUserZoomsInAndItReadsAsAlways(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("large.json");
        dev.zmqstudio.io.TopologyFiles.save(pipeline(150), file); // 302 nodes
        assertTrue(fx(() -> window.open(file)));
        assertEquals(LevelOfDetail.MAP, fx(() -> window.canvas().detail()), "File > Open fits a large diagram as a map");
        assertEquals(List.of(), fx(() -> robot.lookup(".node-title").queryAll().stream().toList()),
                "a map shows boxes only: no box has made its title, icon or handles");
        assertTrue(fx(() -> robot.lookup(".node-handle").queryAll().isEmpty()));

        fx(() -> window.canvas().resetZoom());
        assertEquals(LevelOfDetail.FULL, fx(() -> window.canvas().detail()));
        List<String> inWindow = drawn(robot, true);
        assertFalse(inWindow.isEmpty());
        for (String id : inWindow) {
            NodeView view = fx(() -> window.canvas().nodeView(id));
            javafx.scene.control.Label title = robot.from(view).lookup(".node-title").queryAs(javafx.scene.control.Label.class);
            assertEquals(fx(() -> window.editor().topology().node(id).orElseThrow().displayName()), fx(title::getText));
            assertTrue(fx(title::isVisible), id + "'s title shows");
            assertEquals(13.0, fx(() -> title.getFont().getSize()), id + "'s title is styled as any title (designer.css)");
            assertTrue(fx(() -> robot.from(view).lookup(".node-handle").queryAll().stream().allMatch(Node::isVisible)),
                    id + " can be wired from its handles");
        }
        int made = fx(() -> robot.lookup(".node-title").queryAll().size());
        assertTrue(made < 302 / 2, "only the boxes near the window made their parts: " + made + " of 302");

        String far = "worker-150-out";
        fx(() -> window.canvas().reveal(far));
        javafx.scene.control.Label farTitle = robot.from(fx(() -> window.canvas().nodeView(far)))
                .lookup(".node-title").queryAs(javafx.scene.control.Label.class);
        assertEquals("Worker 150 out", fx(farTitle::getText), "panned into view, its title is made");
        assertEquals(13.0, fx(() -> farTitle.getFont().getSize()));
    }

    @Test
    void runAsAMapEveryBoxHasItsLiveCountAndTheCountsRise(FxRobot robot) throws Exception {
        load(new TopologyGenerator(dev.zmqstudio.runtime.FreePorts.find(), 50, 0).pipeline(150)); // 302 nodes
        assertEquals(LevelOfDetail.MAP, fx(() -> window.canvas().detail()));
        robot.clickOn("#run");
        try {
            waitUntil(60, () -> fx(() -> robot.lookup("#node-collector .node-count").tryQuery()
                    .map(n -> ((javafx.scene.control.Label) n).getText()).filter(t -> !t.equals("0")).isPresent()));
            waitUntil(10, () -> fx(() -> robot.lookup(".node-count").queryAll().size()) == 302);
        } finally {
            robot.clickOn("#stop");
            waitUntil(30, () -> fx(() -> !robot.lookup("#run").query().isDisabled()));
        }
    }

    @Test
    void aSmallDiagramIsAlwaysDrawnWhole(FxRobot robot) {
        load(pipeline(40)); // 82 nodes
        fx(() -> window.canvas().home());
        assertTrue(fx(() -> window.editor().topology().nodes().stream().allMatch(n -> window.canvas().nodeView(n.id()).isVisible())));
    }

    @Test
    void zoomedOutToAMapTheWiresAreOnePathAndZoomingInBringsEachBack(FxRobot robot) {
        load(pipeline(150));
        robot.clickOn("#fit");
        assertEquals(LevelOfDetail.MAP, fx(() -> window.canvas().detail()));
        Path wires = robot.lookup(".map-wires").queryAs(Path.class);
        Path links = robot.lookup(".map-links").queryAs(Path.class);
        assertTrue(fx(() -> wires.getParent().isVisible()), "the map's lines are drawn");
        assertEquals(2 * 300, fx(() -> wires.getElements().size()), "a move and a line for each of the 300 wires");
        assertEquals(2 * 150, fx(() -> links.getElements().size()));
        WireView one = robot.lookup("#wire-tasks-7").queryAs(WireView.class);
        Node ownLine = robot.from(one).lookup(".wire-line").query();
        assertEquals(0.0, fx(ownLine::getOpacity), "the wires' own lines are not drawn on the map");
        assertFalse(fx(() -> robot.lookup(".plain-wire-lines").query().isVisible()), "nor their full-size lines as one path");
        assertEquals(1, fx(() -> robot.from(one).lookup(".wire-arrow").queryAll().stream().filter(Node::isVisible).count()),
                "a one-way wire has one arrow");

        robot.clickOn("#node-producer"); // a node still answers the pointer on the map
        assertEquals(java.util.Set.of("producer"), fx(() -> java.util.Set.copyOf(window.editor().selection().ids())));

        fx(() -> window.canvas().resetZoom());
        assertEquals(LevelOfDetail.FULL, fx(() -> window.canvas().detail()));
        assertFalse(fx(() -> wires.getParent().isVisible()), "the map's lines are not");
        assertEquals(1.0, fx(ownLine::getOpacity), "zoomed in, the wires are drawn in full again");
        assertEquals(1, fx(() -> robot.from(one).lookup(".wire-arrow").queryAll().stream().filter(Node::isVisible).count()),
                "and still one arrow, not two");
    }

    @Test
    void upCloseThePlainWiresAreOnePathAndAWireDrawnOtherwiseDrawsItsOwnLine(FxRobot robot) {
        load(pipeline(150));
        fx(() -> window.canvas().home());
        assertEquals(LevelOfDetail.FULL, fx(() -> window.canvas().detail()));
        Path plain = robot.lookup(".plain-wire-lines").queryAs(Path.class);
        assertTrue(fx(plain::isVisible));
        assertEquals(2 * 300, fx(() -> plain.getElements().size()), "a move and a line for each of the 300 wires");
        WireView seven = robot.lookup("#wire-tasks-7").queryAs(WireView.class);
        javafx.scene.shape.Line ownLine = robot.from(seven).lookup(".wire-line").queryAs(javafx.scene.shape.Line.class);
        assertFalse(fx(ownLine::isVisible), "its line is drawn by the path");
        assertEquals(fx(plain::getStroke), fx(ownLine::getStroke));
        assertEquals(1, fx(() -> robot.from(seven).lookup(".wire-arrow").queryAll().stream().filter(Node::isVisible).count()),
                "its arrow is its own");

        fx(() -> window.editor().selection().selectOnly("tasks-7"));
        waitUntil(10, () -> fx(() -> plain.getElements().size()) == 2 * 299 && fx(ownLine::isVisible));
        assertFalse(fx(() -> ownLine.getStroke().equals(plain.getStroke())), "selected, it is drawn in the accent colour, on its own");

        fx(() -> window.editor().selection().clear());
        waitUntil(10, () -> fx(() -> plain.getElements().size()) == 2 * 300 && !fx(ownLine::isVisible));

        WireView one = robot.lookup("#wire-tasks-1").queryAs(WireView.class);
        javafx.scene.shape.Line hovered = robot.from(one).lookup(".wire-line").queryAs(javafx.scene.shape.Line.class);
        java.util.function.Supplier<javafx.geometry.Point2D> nearWorker = () -> { // where no other wire runs
            javafx.geometry.Point2D[] ends = one.ends();
            return one.localToScreen(ends[0].add(ends[1].subtract(ends[0]).normalize().multiply(40)));
        };
        Bounds canvas = canvasOnScreen(robot);
        fx(() -> {
            javafx.geometry.Point2D p = nearWorker.get();
            window.canvas().viewport().panBy(canvas.getCenterX() - p.getX(), canvas.getCenterY() - p.getY());
        });
        robot.moveTo(fx(nearWorker::get));
        waitUntil(10, () -> fx(hovered::isVisible) && fx(() -> plain.getElements().size()) == 2 * 299);
        assertFalse(fx(() -> hovered.getStroke().equals(plain.getStroke())), "hovered, it is drawn stronger, on its own");
    }

    @Test
    void aSmallDiagramDrawsEachWireOnItsOwn(FxRobot robot) {
        load(pipeline(40));
        fx(() -> window.canvas().home());
        assertFalse(fx(() -> robot.lookup(".plain-wire-lines").query().isVisible()));
        assertTrue(fx(() -> robot.lookup(".wire-line").queryAll().stream().filter(n -> !n.getStyleClass().contains("plain-wire-lines"))
                .allMatch(Node::isVisible)));
    }

    @Test
    void aSelectedWireStandsOutOnTheMap(FxRobot robot) {
        load(pipeline(150));
        robot.clickOn("#fit");
        fx(() -> window.editor().selection().selectOnly("tasks-3"));
        Path marked = robot.lookup(".map-marked").queryAs(Path.class);
        waitUntil(10, () -> fx(() -> marked.getElements().size()) == 2);
        assertEquals(2 * 299, fx(() -> robot.lookup(".map-wires").queryAs(Path.class).getElements().size()));
    }

    @Test
    void aWireMakesItsTooltipWhenFirstHoveredAndShowsIt(FxRobot robot) {
        load(pipeline(2));
        fx(() -> window.canvas().home());
        Node hit = robot.lookup("#wire-tasks-1 .wire-hit").query();
        assertEquals(null, fx(() -> hit.getProperties().get("javafx.scene.control.Tooltip")), "no popup made for it yet");
        robot.moveTo(hit);
        waitUntil(10, () -> fx(() -> hit.getProperties().get("javafx.scene.control.Tooltip")
                instanceof javafx.scene.control.Tooltip tip && tip.isShowing()));
        javafx.scene.control.Tooltip tip = fx(() -> (javafx.scene.control.Tooltip) hit.getProperties().get("javafx.scene.control.Tooltip"));
        assertEquals(robot.lookup("#wire-tasks-1").queryAs(WireView.class).tooltipText(), fx(tip::getText));
        assertTrue(fx(tip::getText).contains("worker-1-in connects to tcp://127.0.0.1:6101"), fx(tip::getText));
    }
}
