package dev.zmqstudio.ui;

import dev.zmqstudio.model.Behaviour.Generator;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.ui.edit.ConsoleLine;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Console tab as a user works it: filter by node, search, pause the scrolling (Follow), clear. The list shows a
 * change on the next pulse, which a loaded machine delays: states the view reaches are waited for, and what must stay
 * put is checked after a layout pass ({@link #layoutNow}).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class ConsoleViewTest extends SimulationFixture {
    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    @SuppressWarnings("unchecked")
    private ListView<ConsoleLine> console(FxRobot robot) {
        return robot.lookup("#console").queryAs(ListView.class);
    }

    private VirtualFlow<?> flow(FxRobot robot) {
        return (VirtualFlow<?>) console(robot).lookup(".virtual-flow");
    }

    /** The text of every line the user can see, top to bottom. */
    private List<String> visibleLines(FxRobot robot) {
        return fx(() -> {
            VirtualFlow<?> flow = flow(robot);
            List<String> texts = new ArrayList<>();
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first == null || last == null) {
                return texts;
            }
            for (int i = first.getIndex(); i <= last.getIndex(); i++) {
                IndexedCell<?> cell = flow.getVisibleCell(i);
                if (cell != null && !cell.isEmpty()) {
                    texts.add(((ListCell<?>) cell).getText());
                }
            }
            return texts;
        });
    }

    private Object firstVisibleItem(FxRobot robot) {
        return fx(() -> flow(robot).getFirstVisibleCell().getItem());
    }

    /** The newest line is in view, and nothing is below it. */
    private boolean showsTheEnd(FxRobot robot) {
        return fx(() -> {
            ListView<ConsoleLine> list = console(robot);
            IndexedCell<?> last = flow(robot).getLastVisibleCell();
            return last != null && last.getIndex() == list.getItems().size() - 1
                    && last.localToScene(0, last.getHeight()).getY() <= list.localToScene(0, list.getHeight()).getY() + 0.5;
        });
    }

    private String count(FxRobot robot) {
        return fx(() -> robot.lookup("#console-count").queryAs(Label.class).getText());
    }

    private boolean following(FxRobot robot) {
        return fx(() -> robot.lookup("#console-follow").queryAs(ToggleButton.class).isSelected());
    }

    private void chooseNode(FxRobot robot, String choice) {
        robot.clickOn("#console-node-filter");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> choice.equals(c.getText())).queryAs(ListCell.class));
    }

    /** Runs what the next pulse would (CSS and layout of the window), then whatever that queued. */
    private void layoutNow() {
        fx(() -> {
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** push-pull with a pusher that never finishes: lines keep arriving however slowly the test moves. */
    private static Topology endlessPushPull() throws Exception {
        return FreePortExamples.load("push-pull.json").mapNodes(n -> n instanceof SocketNode s && s.behaviour() instanceof Generator g
                ? s.withBehaviour(new Generator(g.template(), g.rate(), 0, g.topics(), g.seed(), g.log())) : n);
    }

    private static List<ConsoleLine> lines(String node, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new ConsoleLine(LocalTime.NOON, node, "line " + i)).toList();
    }

    @Test
    void pushPullFilteredByNodeSearchedPausedAndCleared(FxRobot robot) throws Exception {
        load(endlessPushPull());
        @SuppressWarnings("unchecked")
        ComboBox<String> nodes = robot.lookup("#console-node-filter").queryAs(ComboBox.class);
        assertEquals(List.of("All nodes", "puller", "pusher"), fx(() -> List.copyOf(nodes.getItems())));
        assertEquals("All nodes", fx(nodes::getValue));
        robot.clickOn("#run");
        waitUntil(60, () -> fx(() -> window.editor().console().stream()
                .anyMatch(l -> l.text().startsWith("Received message: Message 1:"))));

        chooseNode(robot, "puller");
        waitUntil(10, () -> {
            List<String> shown = visibleLines(robot);
            return !shown.isEmpty() && shown.stream().allMatch(t -> t.contains("  [puller] Received message: Message "));
        });
        assertTrue(count(robot).matches("\\d+ of \\d+ shown"), count(robot));

        robot.clickOn("#console-search").write("MESSAGE 1:");
        waitUntil(10, () -> visibleLines(robot).size() == 1);
        List<String> shown = visibleLines(robot);
        assertTrue(shown.getFirst().endsWith("  [puller] Received message: Message 1: Data from the pusher"), shown.toString());
        assertTrue(count(robot).startsWith("1 of "), count(robot));

        robot.clickOn("#console-search").type(javafx.scene.input.KeyCode.ESCAPE);
        assertEquals("", fx(() -> robot.lookup("#console-search").queryAs(javafx.scene.control.TextField.class).getText()));
        chooseNode(robot, "All nodes");
        waitUntil(10, () -> count(robot).matches("\\d+ lines"));
        ListView<ConsoleLine> list = console(robot);
        waitUntil(60, () -> fx(() -> list.getItems().size()) > visibleLines(robot).size() + 2);
        waitUntil(10, () -> showsTheEnd(robot)); // following: the newest line comes into view

        robot.clickOn("#console-follow");
        assertFalse(following(robot));
        for (int i = 0; i < 50 && fx(() -> flow(robot).getFirstVisibleCell().getIndex()) > 0; i++) {
            robot.moveTo(list).scroll(10, VerticalDirection.UP);
            layoutNow();
        }
        assertEquals(0, fx(() -> flow(robot).getFirstVisibleCell().getIndex()), "scrolled to the top");
        Object top = firstVisibleItem(robot);
        int before = fx(() -> list.getItems().size());
        waitUntil(60, () -> fx(() -> list.getItems().size()) >= before + 2);
        layoutNow();
        assertSame(top, firstVisibleItem(robot), "paused: the first visible line stays while lines arrive");
        assertFalse(showsTheEnd(robot));

        robot.clickOn("#console-follow");
        waitUntil(10, () -> showsTheEnd(robot)); // following again: at the bottom

        robot.clickOn("#stop");
        waitUntil(20, () -> fx(() -> !simulation.isRunning()));
        robot.clickOn("#console-clear");
        waitUntil(10, () -> visibleLines(robot).isEmpty());
        assertEquals("0 lines", count(robot));
        assertEquals("Nothing logged yet.", fx(() -> ((Label) list.getPlaceholder()).getText()));
    }

    @Test
    void pausedTheFirstVisibleLineStaysWhileTheOldestLinesAreDropped(FxRobot robot) {
        ListView<ConsoleLine> list = console(robot);
        fx(() -> window.editor().logAll(lines("n", 0, 5000)));
        waitUntil(10, () -> showsTheEnd(robot));
        assertEquals(String.format("%,d lines", 5000), count(robot));

        robot.clickOn("#console-follow");
        fx(() -> list.scrollTo(2500));
        layoutNow();
        Object top = firstVisibleItem(robot);
        for (int batch = 0; batch < 5; batch++) {
            int from = 5000 + batch * 200;
            fx(() -> window.editor().logAll(lines("n", from, from + 200)));
            layoutNow();
            assertSame(top, firstVisibleItem(robot), "after batch " + batch);
        }
        assertEquals("line 1000", fx(() -> list.getItems().getFirst().text()), "the oldest 1000 lines are gone");

        robot.clickOn("#console-follow");
        waitUntil(10, () -> showsTheEnd(robot));
        fx(() -> window.editor().logAll(lines("n", 6000, 6200)));
        waitUntil(10, () -> showsTheEnd(robot)); // following: new lines come into view
    }

    @Test
    void pausedAFilterChangeKeepsTheTopLineOrPutsTheNextShownLineOnTop(FxRobot robot) throws Exception {
        load(FreePortExamples.load("push-pull.json"));
        ListView<ConsoleLine> list = console(robot);
        List<ConsoleLine> mixed = IntStream.range(0, 2000)
                .mapToObj(i -> new ConsoleLine(LocalTime.NOON, i % 2 == 0 ? "pusher" : "puller", "line " + i)).toList();
        fx(() -> window.editor().logAll(mixed));
        robot.clickOn("#console-follow");
        fx(() -> list.scrollTo(1001));
        layoutNow();
        assertEquals("line 1001", ((ConsoleLine) firstVisibleItem(robot)).text());

        chooseNode(robot, "pusher");
        layoutNow();
        assertEquals("line 1002", ((ConsoleLine) firstVisibleItem(robot)).text(),
                "the puller's line is filtered out: the pusher's next line is on top, not the first line");
        chooseNode(robot, "All nodes");
        layoutNow();
        assertEquals("line 1002", ((ConsoleLine) firstVisibleItem(robot)).text(), "back to all nodes: the same line on top");
        assertFalse(following(robot), "still paused");
    }

    @Test
    void scrollingUpStopsFollowingAndScrollingBackToTheEndFollowsAgain(FxRobot robot) {
        ListView<ConsoleLine> list = console(robot);
        fx(() -> window.editor().logAll(lines("n", 0, 300)));
        waitUntil(10, () -> showsTheEnd(robot));
        assertTrue(following(robot));
        robot.moveTo(list).scroll(3, VerticalDirection.UP);
        assertFalse(following(robot), "the toggle shows that the view no longer follows");
        layoutNow();
        Object top = firstVisibleItem(robot);
        fx(() -> window.editor().logAll(lines("n", 300, 400)));
        layoutNow();
        assertSame(top, firstVisibleItem(robot));
        robot.scroll(5, VerticalDirection.DOWN);
        layoutNow();
        assertFalse(following(robot), "scrolling down short of the end does not follow yet");
        for (int i = 0; i < 50 && !following(robot); i++) {
            robot.scroll(5, VerticalDirection.DOWN);
            layoutNow();
        }
        assertTrue(following(robot), "back at the end: following again");
        fx(() -> window.editor().logAll(lines("n", 400, 410)));
        waitUntil(10, () -> showsTheEnd(robot));
    }

    @Test
    void clearEmptiesTheConsoleAndTheFilterSaysWhenItHidesEverything(FxRobot robot) {
        fx(() -> window.editor().logAll(lines("n", 0, 3)));
        robot.clickOn("#console-search").write("nothing like this");
        waitUntil(10, () -> visibleLines(robot).isEmpty());
        assertEquals("0 of 3 shown", count(robot));
        assertEquals("No line matches the filter.", fx(() -> ((Label) console(robot).getPlaceholder()).getText()));
        robot.clickOn("#console-clear");
        assertEquals("0 of 0 shown", count(robot));
        assertTrue(fx(() -> robot.lookup("#console-clear").query().isDisabled()), "nothing left to clear");
        assertEquals("Nothing logged yet.", fx(() -> ((Label) console(robot).getPlaceholder()).getText()));
    }
}
