package dev.zmqstudio.ui;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.SocketNode;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class PropertiesTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void showcase() {
        load(Samples.showcase());
    }

    private void type(FxRobot robot, String fieldId, String text) {
        TextField field = find(robot, "#" + fieldId, TextField.class);
        robot.clickOn(field);
        fx(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void clickingANodeShowsItsPropertiesAndEditingTheLabelRenamesTheBox(FxRobot robot) {
        robot.clickOn("#node-zip-10001");
        assertEquals("Zip 10001  ·  SUB", find(robot, ".panel-heading", Label.class).getText());
        assertEquals("10001", find(robot, "#prop-subscriptions", TextField.class).getText());
        type(robot, "prop-label", "Downtown");
        assertEquals("Downtown", robot.lookup("#node-zip-10001 .node-title").queryAs(Label.class).getText());
        assertEquals("Downtown", topology().node("zip-10001").orElseThrow().label());
        assertTrue(fx(() -> window.stage().getTitle()).startsWith("• "));
        fx(() -> window.editor().undo());
        assertEquals("Zip 10001", robot.lookup("#node-zip-10001 .node-title").queryAs(Label.class).getText());
        assertEquals("Zip 10001", find(robot, "#prop-label", TextField.class).getText());
    }

    @Test
    void aProcessNameTypedForANodeIsSavedOnItAndClearingItRemovesIt(FxRobot robot) {
        robot.clickOn("#node-zip-10001");
        type(robot, "prop-process", "subscribers");
        assertEquals("subscribers", topology().node("zip-10001").orElseThrow().process());
        type(robot, "prop-process", " ");
        assertEquals(null, topology().node("zip-10001").orElseThrow().process());
    }

    @Test
    void aHostTypedForANodeIsSavedOnItAndShownUnderItsName(FxRobot robot) {
        robot.clickOn("#node-zip-10001");
        type(robot, "prop-host", "edge-1");
        assertEquals("edge-1", topology().node("zip-10001").orElseThrow().host());
        assertTrue(robot.lookup("#node-zip-10001 .node-subtitle").queryAs(Label.class).getText().endsWith(" · on edge-1"));
        type(robot, "prop-host", " ");
        assertEquals(null, topology().node("zip-10001").orElseThrow().host());
        assertFalse(robot.lookup("#node-zip-10001 .node-subtitle").queryAs(Label.class).getText().contains(" on "));
    }

    @Test
    void aBadNumberIsRefusedWithTheReasonAndTheFieldReverts(FxRobot robot) {
        robot.clickOn("#node-weather");
        type(robot, "prop-send-hwm", "lots");
        assertEquals("Send HWM: 'lots' is not a whole number", status());
        assertEquals("1000", find(robot, "#prop-send-hwm", TextField.class).getText());
        type(robot, "prop-send-hwm", "50");
        assertEquals(50, topology().node("weather").orElseThrow().socket(dev.zmqstudio.model.Side.MAIN).options().sendHwm());
    }

    @Test
    void changingTheBehaviourKindShowsItsFields(FxRobot robot) {
        robot.clickOn("#node-worker-2");
        find(robot, "#prop-behaviour", ComboBox.class);
        assertEquals(0, countAfterPulse(robot, "#prop-format"));
        @SuppressWarnings("unchecked")
        ComboBox<String> kind = find(robot, "#prop-behaviour", ComboBox.class);
        fx(() -> kind.getSelectionModel().select("sink"));
        assertInstanceOf(Behaviour.Sink.class, ((SocketNode) topology().node("worker-2").orElseThrow()).behaviour());
        find(robot, "#prop-aggregate", TextField.class);
        type(robot, "prop-format", "got {msg}");
        assertEquals("got {msg}", ((Behaviour.Sink) ((SocketNode) topology().node("worker-2").orElseThrow()).behaviour()).format());
        type(robot, "prop-work", "2.5");
        type(robot, "prop-aggregate", "json.num");
        Behaviour.Sink sink = (Behaviour.Sink) ((SocketNode) topology().node("worker-2").orElseThrow()).behaviour();
        assertEquals(2.5, sink.workMillis(), "a slow consumer's work per message, kept when another field changes");
        assertEquals("json.num", sink.aggregate());
    }

    @Test
    void aGeneratorsFramesAreEditedOnePerLineAndUndoneInOneStep(FxRobot robot) {
        robot.clickOn("#node-weather");
        TextArea frames = find(robot, "#prop-frames", TextArea.class);
        assertEquals("{rand:10000..10010} {rand:-20..40}", frames.getText(), "one frame: the template on one line");
        robot.clickOn(frames);
        fx(frames::selectAll);
        robot.write("{topic}\ntemperature {rand:-20..40}");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        Behaviour.Generator edited = (Behaviour.Generator) ((SocketNode) topology().node("weather").orElseThrow()).behaviour();
        assertEquals(java.util.List.of("{topic}", "temperature {rand:-20..40}"), edited.frames());
        assertEquals(null, edited.template());
        assertEquals(10, edited.rate(), "the other fields are kept");
        fx(() -> window.editor().undo());
        Behaviour.Generator back = (Behaviour.Generator) ((SocketNode) topology().node("weather").orElseThrow()).behaviour();
        assertEquals("{rand:10000..10010} {rand:-20..40}", back.template());
        assertEquals(java.util.List.of(), back.frames());
        assertEquals("{rand:10000..10010} {rand:-20..40}", find(robot, "#prop-frames", TextArea.class).getText());
    }

    @Test
    void renamingANodeKeepsItsWiresAndSelection(FxRobot robot) {
        robot.clickOn("#node-server-1");
        type(robot, "prop-id", "alpha");
        assertEquals(1, robot.lookup("#node-alpha").queryAll().size());
        assertEquals(0, robot.lookup("#node-server-1").queryAll().size());
        assertEquals("alpha", topology().wire("w-s1").orElseThrow().from());
        assertEquals("alpha", fx(() -> window.editor().selection().single()));
    }
    @Test
    void theTopologysDescriptionIsShownWholeWrappedAndEditedInOneStep(FxRobot robot) {
        fx(() -> window.editor().selection().clear());
        TextArea description = find(robot, "#prop-description", TextArea.class);
        assertTrue(description.isWrapText(), "every sentence readable in the panel's width");
        assertEquals(topology().description(), description.getText());
        robot.clickOn(description);
        fx(description::selectAll);
        robot.write("Weather by zip code, and a pool of servers.");
        robot.clickOn("#prop-name"); // leaving the field commits it
        assertEquals("Weather by zip code, and a pool of servers.", topology().description());
        fx(() -> window.editor().undo());
        assertEquals(Samples.showcase().description(), topology().description());
    }

    @Test
    void aLongDescriptionGetsSeveralRows(FxRobot robot) {
        load(Samples.showcase().withDescription("Weather by zip code: the publisher sends a reading every 100 ms,"
                + " two subscribers each take one zip code, and a pool of three servers answers the clients' requests"
                + " behind a ROUTER, so every part of ZeroMQ's patterns shows at once."));
        fx(() -> window.editor().selection().clear());
        TextArea description = find(robot, "#prop-description", TextArea.class);
        TextField name = find(robot, "#prop-name", TextField.class);
        awaitFx("the description laid out in several rows, more than three fields' height",
                () -> name.getHeight() > 0 && description.getHeight() > 3 * name.getHeight());
    }

    @Test
    void theTopologysExpressionBudgetIsEditableWithinItsBounds(FxRobot robot) {
        fx(() -> window.editor().selection().clear());
        assertEquals("50", find(robot, "#prop-expression-budget", TextField.class).getText());
        type(robot, "prop-expression-budget", "5000");
        assertEquals("Expression ms: must be 1 to 1000 ms", status());
        assertEquals(50, topology().settings().expressionBudgetMs());
        type(robot, "prop-expression-budget", "200");
        assertEquals(200, topology().settings().expressionBudgetMs());
    }

    @Test
    void theLogPublisherAndASinksCountByAreTypedInAndClearedAgain(FxRobot robot) {
        fx(() -> window.editor().selection().clear());
        type(robot, "prop-log-publisher", "tcp://127.0.0.1:47565");
        assertEquals("tcp://127.0.0.1:47565", topology().settings().logPublisher());
        type(robot, "prop-log-publisher", " ");
        assertEquals(null, topology().settings().logPublisher(), "empty: no log publisher");

        robot.clickOn("#node-zip-10001");
        type(robot, "prop-countBy", "words[0]");
        Behaviour.Sink sink = (Behaviour.Sink) ((SocketNode) topology().node("zip-10001").orElseThrow()).behaviour();
        assertEquals("words[0]", sink.countBy());
        type(robot, "prop-format", "t {msg}");
        sink = (Behaviour.Sink) ((SocketNode) topology().node("zip-10001").orElseThrow()).behaviour();
        assertEquals("words[0]", sink.countBy(), "kept when another field of the sink changes");
    }

    @Test
    void securingAWireWithCurveShowsOnItAndInItsTooltip(FxRobot robot) {
        fx(() -> window.editor().selection().selectOnly("w-zip"));
        javafx.scene.control.CheckBox curve = find(robot, "#prop-curve", javafx.scene.control.CheckBox.class);
        robot.clickOn(curve);
        assertTrue(topology().wire("w-zip").orElseThrow().curve());
        dev.zmqstudio.ui.canvas.WireView view = robot.lookup("#wire-w-zip").queryAs(dev.zmqstudio.ui.canvas.WireView.class);
        assertTrue(fx(() -> view.getPseudoClassStates().stream().anyMatch(c -> c.getPseudoClassName().equals("secured"))));
        assertTrue(fx(view::tooltipText).contains("Secured with CURVE: weather is the server, zip-10001 a client"),
                fx(view::tooltipText));
        assertTrue(robot.lookup("#wire-w-zip .wire-label").queryAs(Label.class).getText().startsWith("CURVE · "));
        fx(() -> window.editor().undo());
        assertEquals(false, topology().wire("w-zip").orElseThrow().curve());
    }

    @Test
    void onlyAnExternalNodeOffersTheLogsItsProgramPublishes(FxRobot robot) {
        robot.clickOn("#node-zip-10001");
        assertEquals(0, countAfterPulse(robot, "#prop-logs"), "a node we run has no program logs to read");
        @SuppressWarnings("unchecked")
        ComboBox<String> placement = find(robot, "#prop-placement", ComboBox.class);
        fx(() -> placement.getSelectionModel().select("external"));
        type(robot, "prop-logs", "tcp://127.0.0.1:47566");
        assertEquals("tcp://127.0.0.1:47566", topology().node("zip-10001").orElseThrow().logs());
    }

    @Test
    void anIdOutsideTheRuleIsRefusedWithTheRuleAndTheNodeKeepsItsId(FxRobot robot) {
        robot.clickOn("#node-server-1");
        type(robot, "prop-id", "a,b");
        assertEquals("Id: 'a,b' has a comma at character 2; an id is 1 to 64 characters: letters, digits, '.', '_' or '-'", status());
        type(robot, "prop-id", "n".repeat(65));
        assertEquals("Id: '" + "n".repeat(65) + "' is 65 characters long (at most 64); an id is 1 to 64 characters: letters, digits, "
                + "'.', '_' or '-'", status());
        assertEquals("server-1", find(robot, "#prop-id", TextField.class).getText());
        assertTrue(topology().node("server-1").isPresent());
        type(robot, "prop-id", "n".repeat(64));
        assertTrue(topology().node("n".repeat(64)).isPresent(), "64 characters are allowed");
    }

    @Test
    void aNumberOutsideItsLimitsIsRefusedWithTheRange(FxRobot robot) {
        robot.clickOn("#node-weather");
        type(robot, "prop-rate", "1e40");
        assertEquals("Rate /s: use 0 (as fast as possible) or 0.001 up to 10000000 messages a second", status());
        type(robot, "prop-send-hwm", "20000000");
        assertEquals("Send HWM: use 0 (no limit) up to 10000000 messages", status());
        var weather = (SocketNode) topology().node("weather").orElseThrow();
        assertEquals(10, ((Behaviour.Generator) weather.behaviour()).rate());
        assertEquals(1000, weather.socket(dev.zmqstudio.model.Side.MAIN).options().sendHwm());
    }

    @Test
    void aWireOffersItsEndpointAndInproc(FxRobot robot) {
        fx(() -> window.editor().selection().selectOnly("w-zip"));
        assertEquals("tcp://127.0.0.1:5556", find(robot, "#prop-endpoint", TextField.class).getText());
        @SuppressWarnings("unchecked")
        ComboBox<String> transport = find(robot, "#prop-transport", ComboBox.class);
        fx(() -> transport.getSelectionModel().select("inproc"));
        var t = topology();
        assertEquals("inproc://weather", t.wire("w-zip").orElseThrow().endpoint());
        var binds = t.node("weather").orElseThrow().socket(dev.zmqstudio.model.Side.MAIN).binds();
        assertTrue(binds.contains("inproc://weather") && binds.contains("tcp://127.0.0.1:5556"), binds.toString());
    }
}
