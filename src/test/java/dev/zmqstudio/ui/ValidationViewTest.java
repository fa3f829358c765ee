package dev.zmqstudio.ui;

import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Validator;
import dev.zmqstudio.model.Wire;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
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

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class ValidationViewTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** A PUB wired to a PULL, as a hand-edited file might have it. */
    private static Topology illegal() {
        return new Topology("bad", "", Settings.DEFAULTS, List.of(
                Samples.socket("pub-1", SocketType.PUB, null, 60, 60, "tcp://127.0.0.1:5555"),
                Samples.socket("pull-1", SocketType.PULL, null, 360, 60)),
                List.of(Wire.of("wire-1", "pull-1", "pub-1", "tcp://127.0.0.1:5555")), List.of());
    }

    @Test
    void problemsAreListedAndBadgedAndAClickSelectsTheCulprit(FxRobot robot) {
        Topology t = illegal();
        List<Problem> expected = Validator.validate(t);
        Problem illegalPair = expected.stream().filter(p -> p.subjectId() != null && p.subjectId().equals("wire-1"))
                .findFirst().orElseThrow();
        load(t);
        robot.clickOn("Problems (" + expected.size() + ")");
        @SuppressWarnings("unchecked")
        ListView<Problem> list = robot.lookup("#problems").queryAs(ListView.class);
        assertEquals(expected, List.copyOf(list.getItems()));
        assertTrue(fx(() -> robot.lookup("#wire-wire-1").query().getPseudoClassStates().stream()
                .anyMatch(c -> c.getPseudoClassName().equals(illegalPair.isError() ? "error" : "warning"))));
        fx(() -> list.getSelectionModel().select(illegalPair));
        assertEquals("wire-1", fx(() -> window.editor().selection().single()));
        assertEquals(illegalPair.toString(), status());
        long errors = expected.stream().filter(Problem::isError).count();
        long warnings = expected.size() - errors;
        assertEquals(errors + (errors == 1 ? " error · " : " errors · ") + warnings + (warnings == 1 ? " warning" : " warnings"),
                robot.lookup("#status-problems").queryAs(Label.class).getText());
    }

    @Test
    void eachProblemReadsWholeWrappedToTheListsWidthWithItsFix(FxRobot robot) {
        Topology t = illegal().withNode(Samples.socket("sub-1", SocketType.SUB, null, 80, 300));
        load(t);
        fx(() -> ((javafx.scene.control.TabPane) robot.lookup("#bottom-tabs").query()).getSelectionModel().select(1));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Problem> list = robot.lookup("#problems").queryAs(ListView.class);
        List<Label> texts = fx(() -> list.lookupAll(".problem-text").stream().map(Label.class::cast).toList());
        assertFalse(texts.isEmpty());
        for (Label text : texts) {
            double listRight = fx(() -> list.localToScene(list.getLayoutBounds()).getMaxX());
            double textRight = fx(() -> text.localToScene(text.getLayoutBounds()).getMaxX());
            assertTrue(textRight <= listRight, text.getText() + ": ends at " + textRight + ", the list at " + listRight);
            assertTrue(fx(() -> text.getHeight() >= text.prefHeight(text.getWidth()) - 0.5),
                    "every line of it shows: " + text.getText());
            assertTrue(text.getText().contains(" — "), "with its fix: " + text.getText());
        }
    }

    @Test
    void selectingAProblemBringsItsCulpritIntoView(FxRobot robot) {
        Topology t = Topology.empty("far").withNode(Samples.socket("sub-far", SocketType.SUB, null, 3000, 2000));
        load(t);
        fx(() -> window.canvas().home());
        var view = robot.lookup("#node-sub-far").query();
        var canvas = robot.lookup("#canvas").query();
        assertFalse(fx(() -> canvas.localToScreen(canvas.getLayoutBounds()).contains(view.localToScreen(view.getLayoutBounds()))));
        @SuppressWarnings("unchecked")
        ListView<Problem> list = robot.lookup("#problems").queryAs(ListView.class);
        fx(() -> list.getSelectionModel().select(0));
        assertTrue(fx(() -> canvas.localToScreen(canvas.getLayoutBounds()).contains(view.localToScreen(view.getLayoutBounds()))));
        assertEquals("sub-far", fx(() -> window.editor().selection().single()));
    }

    @Test
    void aBindExposedToTheNetworkShowsAWarningOnItsNodeWithTheFix(FxRobot robot) {
        Topology t = new Topology("lan", "", Settings.DEFAULTS, List.of(
                Samples.socket("pusher", SocketType.PUSH, null, 60, 60, "tcp://*:5555"),
                Samples.socket("puller", SocketType.PULL, null, 360, 60)),
                List.of(Wire.of("w1", "puller", "pusher", "tcp://127.0.0.1:5555")), List.of());
        load(t);
        Label badge = robot.lookup("#node-pusher .node-badge").queryAs(Label.class);
        assertTrue(fx(badge::isVisible));
        assertTrue(fx(() -> robot.lookup("#node-pusher").query().getPseudoClassStates().stream()
                .anyMatch(c -> c.getPseudoClassName().equals("warning"))), "a warning, not an error");
        Tooltip tip = fx(() -> (Tooltip) badge.getProperties().get("javafx.scene.control.Tooltip"));
        assertEquals("binds 'tcp://*:5555': exposed to the network, unauthenticated (any machine that reaches this one may"
                + " connect, send and receive)\nbind tcp://127.0.0.1:5555 unless other machines must connect, or secure its wires with CURVE (\"curve\": true)", tip.getText());
        assertFalse(onScreen(robot, "#node-puller .node-badge"));
        assertEquals("0 errors · 1 warning", robot.lookup("#status-problems").queryAs(Label.class).getText());
    }

    @Test
    void aNodeWithAProblemShowsABadgeWithTheMessage(FxRobot robot) {
        Topology t = Topology.empty("lonely").withNode(Samples.socket("sub-1", SocketType.SUB, null, 80, 80));
        Problem first = Validator.validate(t).stream().filter(p -> "sub-1".equals(p.subjectId())).findFirst().orElseThrow();
        load(t);
        Label badge = robot.lookup("#node-sub-1 .node-badge").queryAs(Label.class);
        assertTrue(fx(badge::isVisible));
        Tooltip tip = fx(() -> (Tooltip) badge.getProperties().get("javafx.scene.control.Tooltip"));
        assertTrue(tip.getText().startsWith(Validator.validate(t).stream().filter(p -> "sub-1".equals(p.subjectId()))
                .reduce((a, b) -> a.isError() ? a : b).orElse(first).message()), tip.getText());
        fx(() -> window.editor().undo());
        assertFalse(robot.lookup("#node-sub-1 .node-badge").queryAs(Label.class).getStyleClass().isEmpty());
    }

    @Test
    void expressionsThatCannotRunAreProblemsOfTheirLink(FxRobot robot) {
        Topology t = new Topology("worker", "", Settings.DEFAULTS, List.of(
                Samples.socket("in", SocketType.PULL, null, 60, 60),
                Samples.socket("out", SocketType.PUSH, null, 360, 60, "inproc://out")),
                List.of(), List.of(new Link("l1", "in", "out", "msg.matches('(.*a){30}')", "json.num %%% 2 ==")));
        load(t);
        @SuppressWarnings("unchecked")
        ListView<Problem> list = robot.lookup("#problems").queryAs(ListView.class);
        List<String> onTheLink = fx(() -> list.getItems().stream().filter(p -> "l1".equals(p.subjectId()) && p.isError())
                .map(Problem::message).toList());
        assertEquals(List.of("filter 'msg.matches('(.*a){30}')' calls .matches(): that method is not allowed: it can take"
                        + " exponential time; use the function matches(s, re)",
                "transform 'json.num %%% 2 ==' is not a valid expression: parsing error in '%' (line 1, column 10)"),
                onTheLink);
    }
}
