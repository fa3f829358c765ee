package dev.zmqstudio.ui;

import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.generate.GeneratorSpec;
import dev.zmqstudio.ui.canvas.LevelOfDetail;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File > New from Generator: the form asks only what its kind needs, and its answer becomes a new document. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class NewFromGeneratorTest extends DesignerFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theMenuItemMakesANewUnsavedDocumentFittedToTheWindow(FxRobot robot) {
        prompts.generated = Optional.of(GeneratorSpec.defaults("pipeline").withWorkers(499).generate());
        robot.clickOn("#menu-file").clickOn("#menu-new-generated");
        assertEquals(1000, fx(() -> window.editor().topology().nodes().size()));
        assertEquals("pipeline-499", fx(() -> window.editor().topology().name()));
        waitUntil(10, () -> fx(() -> window.canvas().detail()) == LevelOfDetail.MAP);
        assertTrue(fx(() -> window.stage().getTitle()).contains("pipeline-499"), fx(() -> window.stage().getTitle()));
        assertTrue(status().contains("Generated pipeline-499: 1000 nodes, 998 wires, 499 links"), status());
    }

    @Test
    void unsavedWorkIsAskedAboutFirstAndCancellingTheFormKeepsIt(FxRobot robot) {
        robot.doubleClickOn("#palette-REQ");
        prompts.generated = Optional.of(GeneratorSpec.defaults("fanout").generate());
        robot.clickOn("#menu-file").clickOn("#menu-new-generated");
        assertEquals(1, prompts.asked, "asked about the unsaved REQ");
        assertEquals(1, robot.lookup(".node-view").queryAll().size(), "answered Cancel: kept");

        prompts.answer = Prompts.Unsaved.DISCARD;
        prompts.generated = Optional.empty(); // the form cancelled
        robot.clickOn("#menu-file").clickOn("#menu-new-generated");
        assertEquals(1, robot.lookup(".node-view").queryAll().size(), "nothing generated: the diagram stays");
    }

    @Test
    void theFormShowsTheNumbersOfItsKindAndWhatTheyMake(FxRobot robot) {
        GeneratorForm form = fx(() -> {
            GeneratorForm f = new GeneratorForm();
            Stage stage = new Stage();
            stage.setScene(new Scene(f));
            stage.show();
            return f;
        });
        Label summary = robot.lookup("#gen-summary").queryAs(Label.class);
        assertEquals("pipeline-3: 8 nodes, 6 wires, 3 links", fx(summary::getText));
        assertTrue(onScreen(robot, "#gen-workers"));
        assertFalse(onScreen(robot, "#gen-topics"), "a pipeline has no topics");

        @SuppressWarnings("unchecked")
        ChoiceBox<String> kind = robot.lookup("#gen-kind").queryAs(ChoiceBox.class);
        fx(() -> kind.setValue("fanout"));
        assertFalse(onScreen(robot, "#gen-workers"));
        assertTrue(onScreen(robot, "#gen-topics"));
        assertFalse(onScreen(robot, "#gen-broker"), "a fan-out has no broker");
        @SuppressWarnings("unchecked")
        Spinner<Integer> subscribers = robot.lookup("#gen-subscribers").queryAs(Spinner.class);
        fx(() -> subscribers.getValueFactory().setValue(10));
        assertEquals(11, fx(() -> form.topologyProperty().get().nodes().size()), "1 publisher, 10 subscribers");
        assertTrue(fx(summary::getText).startsWith("fanout-1x10: 11 nodes"), fx(summary::getText));

        fx(() -> kind.setValue("pubsub"));
        CheckBox broker = robot.lookup("#gen-broker").queryAs(CheckBox.class);
        assertTrue(onScreen(robot, "#gen-broker"));
        fx(() -> broker.setSelected(true));
        Topology t = fx(() -> form.topologyProperty().get());
        assertEquals(1, t.nodes().stream().filter(n -> n instanceof DeviceNode).count(), "one FORWARDER in the middle");
        Node workers = robot.lookup("#gen-workers").query();
        assertFalse(fx(workers::isManaged), "hidden rows take no room");

        fx(() -> kind.setValue("tree"));
        assertTrue(onScreen(robot, "#gen-depth") && onScreen(robot, "#gen-fanout") && onScreen(robot, "#gen-hop-ms"));
        assertFalse(onScreen(robot, "#gen-publishers"), "a tree's hosts are half publishers, half subscribers");
        @SuppressWarnings("unchecked")
        Spinner<Integer> depth = robot.lookup("#gen-depth").queryAs(Spinner.class);
        fx(() -> depth.getValueFactory().setValue(3));
        assertEquals("tree-d3-f2-broker: 9 nodes, 8 wires, 0 links", fx(summary::getText), "8 hosts and the broker");
        fx(() -> broker.setSelected(false));
        assertEquals("tree-d3-f2-direct: 8 nodes, 16 wires, 0 links", fx(summary::getText));
    }
}
